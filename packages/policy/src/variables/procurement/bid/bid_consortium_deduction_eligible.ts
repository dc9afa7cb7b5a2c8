import { defineVariable, vector } from '../../../model-api.ts';
import { reason } from '../deduction-reasons.ts';
import { CAIKU_2011_181, PROCUREMENT_END_NOTE, PROCUREMENT_FROM, PROCUREMENT_UNTIL } from '../procurement-references.ts';

/** The bid gets the consortium price deduction (small/micro members hold ≥ 30%): see `bid_deduction_reason`. */
export const bid_consortium_deduction_eligible = defineVariable({
  id: 'bid_consortium_deduction_eligible',
  entity: 'bid',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '适用联合体价格扣除', ko: '컨소시엄 가격 공제 대상', en: 'Eligible for the consortium deduction' },
  reference: [CAIKU_2011_181],
  measures: ['gf2012-14/05.3'],
  formulas: [
    {
      from: PROCUREMENT_FROM,
      formula: (ctx) => vector.enumIs(ctx.enum('bid_deduction_reason'), reason('consortium_share')),
    },
    { from: PROCUREMENT_UNTIL, formula: null, note: PROCUREMENT_END_NOTE },
  ],
});
