import { defineVariable } from '../../../model-api.ts';
import { STAMP_DUTY_LAW, STAMP_DUTY_REGULATIONS } from './stamp-duty-references.ts';

/** 借款金额: the amount lent under the contract, on which the duty is levied. */
export const loan_contract_amount = defineVariable({
  id: 'loan_contract_amount',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '借款金额', ko: '대출금액', en: 'Loan amount' },
  reference: [
    { ...STAMP_DUTY_REGULATIONS, article: '印花税税目税率表' },
    { ...STAMP_DUTY_LAW, article: '印花税税目税率表' },
  ],
  measures: ['gf2012-14/02.4'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
