import { defineVariable, SIZE_STANDARD } from '../../model-api.ts';

/** 资产总额: total assets, in yuan (for the income-tax test, the average of opening and closing: 国税函〔2008〕251号). */
export const total_assets = defineVariable({
  id: 'total_assets',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '资产总额', ko: '자산총액', en: 'Total assets' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  unit: 'yuan',
  min: 0,
});
