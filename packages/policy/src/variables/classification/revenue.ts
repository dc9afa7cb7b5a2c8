import { defineVariable, SIZE_STANDARD } from '../../model-api.ts';

/** 营业收入: operating revenue of the year, in yuan. */
export const revenue = defineVariable({
  id: 'revenue',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '营业收入', ko: '영업수입', en: 'Revenue' },
  reference: [{ ...SIZE_STANDARD, article: '第四条' }],
  unit: 'yuan',
  min: 0,
});
