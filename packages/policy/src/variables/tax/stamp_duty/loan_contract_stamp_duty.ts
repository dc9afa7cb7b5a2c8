import { defineVariable, vector } from '../../../model-api.ts';
import { dutyPerParty } from './stamp-duty-at-signing.ts';
import { EXEMPTION_LINEAGE, STAMP_DUTY_LAW, STAMP_DUTY_REGULATIONS, STAMP_DUTY_RULES } from './stamp-duty-references.ts';

/**
 * The stamp duty each party pays on its own copy of the contract (the borrower and the lender each owe it;
 * the contract's total is twice it): 0.05‰ of the loan amount, rounded by the rule of the signing day
 * (施行细则 第二十四条 until 2022-06-30, the fen after), 0 where the contract is exempt and 0 where the lender
 * is not a financial institution (no taxable 借款合同).
 */
export const loan_contract_stamp_duty = defineVariable({
  id: 'loan_contract_stamp_duty',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '借款合同印花税（每方）', ko: '대출계약 인지세(당사자별)', en: 'Stamp duty on the loan contract (each party)' },
  reference: [
    { ...STAMP_DUTY_REGULATIONS, article: '印花税税目税率表' },
    { ...STAMP_DUTY_RULES, article: '第二十四条' },
    { ...STAMP_DUTY_LAW, article: '印花税税目税率表' },
    ...EXEMPTION_LINEAGE,
  ],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [
    {
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => vector.where(ctx.bool('loan_contract_stamp_duty_exempt'), 0, dutyPerParty(ctx)),
    },
  ],
});
