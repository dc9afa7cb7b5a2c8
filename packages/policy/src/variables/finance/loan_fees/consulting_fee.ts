import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Consulting fee (咨询费) the lender charged the borrower in connection with the loan in the year. */
export const consulting_fee = defineVariable({
  id: 'consulting_fee',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '咨询费', ko: '자문비', en: 'Consulting fee' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }],
  unit: 'yuan',
  measures: ['gf2012-14/11.2'],
  default: 0,
  min: 0,
});
