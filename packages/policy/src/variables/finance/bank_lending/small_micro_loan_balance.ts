import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * Balance of loans to small and micro enterprises (300号 classification, including operating loans to
 * individual businesses) at the end of the month.
 */
export const small_micro_loan_balance = defineVariable({
  id: 'small_micro_loan_balance',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '小型微型企业贷款余额', ko: '소규모 기업 대출 잔액', en: 'Small/micro enterprise loans, balance' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
