import { defineVariable, vector } from '../../../model-api.ts';
import { reason } from '../deduction-reasons.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/** The bid gets the small/micro price deduction (181号 art. 2 and 5): see `bid_deduction_reason`. */
export const bid_small_micro_deduction_eligible = defineVariable({
  id: 'bid_small_micro_deduction_eligible',
  entity: 'bid',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '适用小型微型企业价格扣除', ko: '소형·영세기업 가격 공제 대상', en: 'Eligible for the small/micro deduction' },
  reference: [{ ...CAIKU_2011_181, article: '第二条、第五条' }],
  measures: ['gf2012-14/05.2'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => vector.isIn(ctx.enum('bid_deduction_reason'), [reason('small_micro'), reason('consortium_all_small_micro')]),
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
