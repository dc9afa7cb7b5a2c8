import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * The small/micro loan increment of the same period of the previous year (上年同期), on the same basis as
 * small_micro_loan_increment. May be negative.
 */
export const small_micro_loan_increment_last_year = defineVariable({
  id: 'small_micro_loan_increment_last_year',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '上年同期小型微型企业贷款增量',
    ko: '전년 동기 소규모 기업 대출 증가량',
    en: 'Small/micro enterprise loans, increment a year earlier',
  },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
});
