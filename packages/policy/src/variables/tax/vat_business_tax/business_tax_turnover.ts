import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2013_52 } from './vat-references.ts';

/** 营业额: the enterprise's turnover subject to business tax in the month. */
export const business_tax_turnover = defineVariable({
  id: 'business_tax_turnover',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '营业税月营业额', ko: '영업세 월 영업액', en: 'Monthly turnover for business tax' },
  reference: [CAISHUI_2013_52],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
