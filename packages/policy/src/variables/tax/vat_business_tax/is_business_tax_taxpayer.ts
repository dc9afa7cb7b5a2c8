import { defineVariable } from '../../../model-api.ts';
import { CAISHUI_2013_52 } from './vat-references.ts';

/**
 * A business-tax taxpayer (营业税纳税人) in the year: the exemption of 财税〔2013〕52号 covers enterprises and
 * non-enterprise units paying business tax whose turnover stays within the threshold. Given per year.
 */
export const is_business_tax_taxpayer = defineVariable({
  id: 'is_business_tax_taxpayer',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '营业税纳税人', ko: '영업세 납세인', en: 'Business-tax taxpayer' },
  reference: [CAISHUI_2013_52],
  measures: ['gf2012-14/02.1'],
  default: false,
});
