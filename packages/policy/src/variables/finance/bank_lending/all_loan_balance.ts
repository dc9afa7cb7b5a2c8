import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * 各项贷款余额: the bank's balance of all loans at the end of the month (a quarter is reported at its last
 * month).
 */
export const all_loan_balance = defineVariable({
  id: 'all_loan_balance',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '各项贷款余额', ko: '전체 대출 잔액', en: 'All loans, balance' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
