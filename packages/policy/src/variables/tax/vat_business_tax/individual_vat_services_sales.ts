import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/** 销售额: sales of taxable services (processing, repair and replacement) in the month, excluding VAT. */
export const individual_vat_services_sales = defineVariable({
  id: 'individual_vat_services_sales',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '销售应税劳务月销售额', ko: '과세용역 월 판매액', en: 'Monthly sales of taxable services' },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
