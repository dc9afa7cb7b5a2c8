import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Commitment fee (承诺费) the lender charged under the contract in the year. */
export const commitment_fee = defineVariable({
  id: 'commitment_fee',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '承诺费', ko: '약정수수료', en: 'Commitment fee' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }],
  unit: 'yuan',
  measures: ['gf2012-14/11.1'],
  default: 0,
  min: 0,
});
