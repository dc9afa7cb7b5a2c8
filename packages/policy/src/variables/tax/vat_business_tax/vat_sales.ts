import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2013_52 } from './vat-references.ts';

/** 销售额: the enterprise's sales subject to VAT in the month, excluding VAT. */
export const vat_sales = defineVariable({
  id: 'vat_sales',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '增值税月销售额（不含税）', ko: '증치세 월 판매액(세금 제외)', en: 'Monthly sales for VAT (excluding VAT)' },
  reference: [CAISHUI_2013_52],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
