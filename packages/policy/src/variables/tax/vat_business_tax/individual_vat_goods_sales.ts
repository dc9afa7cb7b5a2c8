import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/** 销售额: sales of goods in the month (excluding VAT), compared with the VAT threshold on goods. */
export const individual_vat_goods_sales = defineVariable({
  id: 'individual_vat_goods_sales',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '销售货物月销售额', ko: '재화 판매 월 판매액', en: 'Monthly sales of goods' },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（一）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
