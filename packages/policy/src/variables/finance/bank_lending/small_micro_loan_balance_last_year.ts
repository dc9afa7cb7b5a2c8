import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Balance of small and micro enterprise loans at the end of the same month of the previous year. */
export const small_micro_loan_balance_last_year = defineVariable({
  id: 'small_micro_loan_balance_last_year',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '上年同期小型微型企业贷款余额',
    ko: '전년 동기 소규모 기업 대출 잔액',
    en: 'Small/micro enterprise loans, balance a year earlier',
  },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
