import { defineVariable } from '../../../model-api.ts';
import { FILING_FREQUENCIES } from './filing-period.ts';
import { SAT_2013_49 } from './vat-references.ts';

/**
 * How often the enterprise files business tax (纳税期限) in the year: monthly or quarterly. A quarterly filer
 * is exempt on the quarter's total against the quarterly threshold (公告2013年第49号). Given per year.
 */
export const business_tax_filing_frequency = defineVariable({
  id: 'business_tax_filing_frequency',
  entity: 'enterprise',
  valueType: 'enum',
  possibleValues: FILING_FREQUENCIES,
  definitionPeriod: 'year',
  label: { 'zh-CN': '营业税纳税期限', ko: '영업세 납세기간', en: 'Business-tax filing period' },
  reference: [SAT_2013_49],
  measures: ['gf2012-14/02.1'],
  default: 'monthly',
});
