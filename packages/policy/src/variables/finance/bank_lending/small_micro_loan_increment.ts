import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * 小型微型企业贷款增量: the increase of small/micro loans in the period ending this month, as the bank
 * reports it. The base the increment is measured from is the report's (the documents read do not define it),
 * so it is an input, not recomputed from balances. May be negative.
 */
export const small_micro_loan_increment = defineVariable({
  id: 'small_micro_loan_increment',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '小型微型企业贷款增量', ko: '소규모 기업 대출 증가량', en: 'Small/micro enterprise loans, increment' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
});
