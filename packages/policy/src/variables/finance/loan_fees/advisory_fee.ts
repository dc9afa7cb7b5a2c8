import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Financial-advisory fee (财务顾问费) the lender charged the borrower in connection with the loan in the year. */
export const advisory_fee = defineVariable({
  id: 'advisory_fee',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '财务顾问费', ko: '재무고문비', en: 'Financial-advisory fee' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }],
  unit: 'yuan',
  measures: ['gf2012-14/11.2'],
  default: 0,
  min: 0,
});
