import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/**
 * The part of small_micro_loan_balance lent to borrowers whose total credit line is at most 5,000,000 yuan
 * (parameter finance.bank_lending.small_credit_line_limit), the focus of 94号.
 */
export const small_micro_loan_balance_small_lines = defineVariable({
  id: 'small_micro_loan_balance_small_lines',
  entity: 'bank',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '单户授信500万元以下小型微型企业贷款余额',
    ko: '단일 여신한도 500만 위안 이하 소규모 기업 대출 잔액',
    en: 'Small/micro loans to borrowers with credit lines up to 5,000,000 yuan, balance',
  },
  reference: [{ ...CBRC_2011_94 }],
  unit: 'yuan',
  measures: ['gf2012-14/07.1'],
  default: 0,
  min: 0,
});
