import { defineVariable, EIT_LAW } from '../../../model-api.ts';

/** 应纳税所得额: annual taxable income in yuan (negative for a loss). */
export const taxable_income = defineVariable({
  id: 'taxable_income',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '应纳税所得额', ko: '과세소득', en: 'Taxable income' },
  reference: [{ ...EIT_LAW, article: '第五条' }],
  unit: 'yuan',
});
