import { defineVariable, vector } from '../../../model-api.ts';
import {
  CAIKU_2007_2,
  CAIKU_2011_181,
  COMPREHENSIVE,
  PROCUREMENT_END_NOTE,
  PROCUREMENT_FROM,
  PROCUREMENT_UNTIL,
} from '../procurement-references.ts';
import { rankWithinGroups } from '../rank-within-groups.ts';

const { enumIs, mul, where } = vector;

/**
 * The bid's place among the compliant bids of its tender (1 = best; 0 = not ranked, non-compliant).
 * Lowest-price method: by evaluated price, lowest first. Comprehensive scoring: by total score, highest
 * first. Ties (the documents are silent; the usual rule of evaluation reports): lower evaluated price, then
 * higher technical score, then the order the bids were given in.
 */
export const bid_rank = defineVariable({
  id: 'bid_rank',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '评审排名', ko: '평가 순위', en: 'Rank' },
  reference: [CAIKU_2007_2, { ...CAIKU_2011_181, article: '第五条' }],
  measures: ['gf2012-14/05.2'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const tender = ctx.link('tender');
        const evaluated = ctx.number('bid_evaluated_price');
        const comprehensive = enumIs(tender.enum('tender_evaluation_method'), COMPREHENSIVE);
        return rankWithinGroups(tender.number('tender_index'), ctx.bool('bid_compliant'), [
          { values: where(comprehensive, mul(ctx.number('bid_total_score'), -1), evaluated) },
          { values: evaluated },
          { values: ctx.number('bid_technical_score'), descending: true },
        ]);
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
