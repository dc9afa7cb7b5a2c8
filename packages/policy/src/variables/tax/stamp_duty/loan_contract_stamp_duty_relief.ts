import { defineVariable, vector } from '../../../model-api.ts';
import { dutyPerParty } from './stamp-duty-at-signing.ts';
import { EXEMPTION_LINEAGE, STAMP_DUTY_REGULATIONS, STAMP_DUTY_RULES } from './stamp-duty-references.ts';

/** The duty the exemption saves each party on its own copy (the rounded duty of the signing day), where the contract is exempt. */
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
  reference: [
    ...EXEMPTION_LINEAGE,
    { ...STAMP_DUTY_REGULATIONS, article: '印花税税目税率表' },
    { ...STAMP_DUTY_RULES, article: '第二十四条' },
  ],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [
    {
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => vector.where(ctx.bool('loan_contract_stamp_duty_exempt'), dutyPerParty(ctx), 0),
    },
  ],
});
