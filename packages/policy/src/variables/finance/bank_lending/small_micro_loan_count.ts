import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * 小型微型企业贷款户数: the number of small/micro borrowers with a loan outstanding at the end of the month,
 * as the bank reports it with its balance (银监发〔2011〕94号 asks banks to report small-enterprise lending
 * separately). Monitoring only: no target is set on it.
 */
export const small_micro_loan_count = defineVariable({
  id: 'small_micro_loan_count',
  entity: 'bank',
  valueType: 'number',
  integer: true,
  definitionPeriod: 'month',
  label: { 'zh-CN': '小型微型企业贷款户数', ko: '소규모 기업 대출 차주 수', en: 'Small/micro enterprise loans, number of borrowers' },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'count',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
