import { defineVariable } from '../../../model-api.ts';
import { filingPeriodAmount } from './filing-period.ts';
import { BUSINESS_TAX_END, SAT_2013_49 } from './vat-references.ts';

/**
 * The turnover the exemption is judged on, for the filing period containing the month: the month's own
 * for monthly filers, the sum of the calendar quarter's three months for quarterly filers (公告2013年第49号).
 */
export const business_tax_filing_period_turnover = defineVariable({
  id: 'business_tax_filing_period_turnover',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '纳税期营业额', ko: '납세기간 영업액', en: 'Turnover of the business-tax filing period' },
  reference: [SAT_2013_49],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [
    { from: '2013-08-01', formula: (ctx) => filingPeriodAmount(ctx, 'business_tax_turnover', 'business_tax_filing_frequency') },
    BUSINESS_TAX_END,
  ],
});
