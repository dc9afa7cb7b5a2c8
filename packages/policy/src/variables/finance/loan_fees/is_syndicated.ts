import { defineVariable } from '../../../model-api.ts';
import { CBRC_2011_94 } from '../finance-references.ts';

/** Whether the loan is a syndicated loan (银团贷款), which 银监发〔2011〕94号 art. 6 excepts from the fee ban. */
export const is_syndicated = defineVariable({
  id: 'is_syndicated',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'eternity',
  label: { 'zh-CN': '银团贷款', ko: '신디케이트론(은행단 대출)', en: 'Syndicated loan' },
  reference: [{ ...CBRC_2011_94, article: '第六条' }],
  measures: ['gf2012-14/11.1'],
  default: false,
});
