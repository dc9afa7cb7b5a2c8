import { defineVariable, vector } from '../../../model-api.ts';
import { dutyPerParty } from './stamp-duty-at-signing.ts';
import { CAISHUI_2011_105, CAISHUI_2014_78, STAMP_DUTY_REGULATIONS } from './stamp-duty-references.ts';

/** The duty the exemption saves each party on its own copy (0.05‰ of the amount), where the contract is exempt. */
export const loan_contract_stamp_duty_relief = defineVariable({
  id: 'loan_contract_stamp_duty_relief',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: {
    'zh-CN': '借款合同免征的印花税（每方）',
    ko: '대출계약 면제 인지세(당사자별)',
    en: 'Stamp duty exempted on the loan contract (each party)',
  },
  reference: [CAISHUI_2011_105, CAISHUI_2014_78, { ...STAMP_DUTY_REGULATIONS, article: '印花税税目税率表' }],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [{ from: '2012-01-01', formula: (ctx) => vector.where(ctx.bool('loan_contract_stamp_duty_exempt'), dutyPerParty(ctx), 0) }],
});
