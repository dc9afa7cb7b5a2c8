import { defineVariable, vector } from '../../../model-api.ts';
import { dutyPerParty } from './stamp-duty-at-signing.ts';
import { CAISHUI_2011_105, CAISHUI_2014_78, STAMP_DUTY_REGULATIONS } from './stamp-duty-references.ts';

/**
 * The stamp duty each party pays on its own copy of the contract (POLICY-FACTS §3: each party pays on its
 * own copy, V): 0.05‰ of the loan amount (secondary source), 0 where the contract is exempt. The borrower
 * and the lender each owe this amount; the contract's total is twice it. Rounded once to the fen (ADR
 * 0001); the stamp-duty rules on rounding to the jiao are not in POLICY-FACTS and are not applied.
 */
export const loan_contract_stamp_duty = defineVariable({
  id: 'loan_contract_stamp_duty',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '借款合同印花税（每方）', ko: '대출계약 인지세(당사자별)', en: 'Stamp duty on the loan contract (each party)' },
  reference: [{ ...STAMP_DUTY_REGULATIONS, article: '印花税税目税率表' }, CAISHUI_2011_105, CAISHUI_2014_78],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  formulas: [{ from: '2012-01-01', formula: (ctx) => vector.where(ctx.bool('loan_contract_stamp_duty_exempt'), 0, dutyPerParty(ctx)) }],
});
