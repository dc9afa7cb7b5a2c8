import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * 各项贷款增量: the increase of all loans in the period ending this month, as the bank reports it (on the
 * same base as small_micro_loan_increment; the documents read do not define the base). Reported beside the
 * small/micro increment for comparison; no target is set on it. May be negative.
 */
export const all_loan_increment = defineVariable({
  id: 'all_loan_increment',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '各项贷款增量', ko: '전체 대출 증가량', en: 'All loans, increment' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
});
