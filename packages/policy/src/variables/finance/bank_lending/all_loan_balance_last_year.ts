import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Balance of all loans at the end of the same month of the previous year (上年同期). */
export const all_loan_balance_last_year = defineVariable({
  id: 'all_loan_balance_last_year',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '上年同期各项贷款余额', ko: '전년 동기 전체 대출 잔액', en: 'All loans, balance a year earlier' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
