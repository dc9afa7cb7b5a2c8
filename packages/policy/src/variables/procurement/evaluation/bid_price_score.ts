import { defineVariable, vector } from '../../../model-api.ts';
import {
  CAIKU_2007_2,
  CAIKU_2011_181,
  COMPREHENSIVE,
  PROCUREMENT_END_NOTE,
  PROCUREMENT_FROM,
  PROCUREMENT_UNTIL,
} from '../procurement-references.ts';
import { priceScores } from '../score-arithmetic.ts';

const { and, enumIs } = vector;

/**
 * Price score in comprehensive scoring (财库〔2007〕2号, secondary): benchmark price / evaluated price ×
 * price weight — the bid's own price taken after the deduction (181号 art. 5). Rounded to 9 decimals
 * (score-arithmetic.ts). 0 under the lowest-price method and for non-compliant bids.
 */
export const bid_price_score = defineVariable({
  id: 'bid_price_score',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '价格得分', ko: '가격 점수', en: 'Price score' },
  reference: [CAIKU_2007_2, { ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2'],
  unit: 'point',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const tender = ctx.link('tender');
        const scored = and(enumIs(tender.enum('tender_evaluation_method'), COMPREHENSIVE), ctx.bool('bid_compliant'));
        return priceScores(
          ctx.number('bid_benchmark_price'),
          ctx.number('bid_evaluated_price'),
          tender.number('tender_price_weight'),
          scored,
          (row) => ctx.fail(row, 'a compliant bid with an evaluated price of 0 cannot be given a price score'),
        );
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
