import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Fund-management fee (资金管理费) the lender charged under the contract in the year. */
export const fund_management_fee = defineVariable({
  id: 'fund_management_fee',
  entity: 'loan_contract',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '资金管理费', ko: '자금관리비', en: 'Fund-management fee' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }],
  unit: 'yuan',
  measures: ['gf2012-14/11.1'],
  default: 0,
  min: 0,
});
