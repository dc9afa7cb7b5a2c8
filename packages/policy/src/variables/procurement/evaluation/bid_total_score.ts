import { defineVariable, vector } from '../../../model-api.ts';
import { CAIKU_2007_2, COMPREHENSIVE, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';
import { roundScores } from '../score-arithmetic.ts';

const { add, and, enumIs, where } = vector;

/** Total score in comprehensive scoring: technical score + price score (rounded to 9 decimals); 0 otherwise. */
export const bid_total_score = defineVariable({
  id: 'bid_total_score',
  entity: 'bid',
  valueType: 'number',
  definitionPeriod: 'year',
  label: { 'zh-CN': '综合得分', ko: '종합 점수', en: 'Total score' },
  reference: [CAIKU_2007_2],
  measures: ['gf2012-14/05.2'],
  unit: 'point',
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => {
        const scored = and(enumIs(ctx.link('tender').enum('tender_evaluation_method'), COMPREHENSIVE), ctx.bool('bid_compliant'));
        return where(scored, roundScores(add(ctx.number('bid_technical_score'), ctx.number('bid_price_score'))), 0);
      },
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
