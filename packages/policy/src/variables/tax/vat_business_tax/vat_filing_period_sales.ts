import { defineVariable } from '../../../model-api.ts';
import { filingPeriodAmount } from './filing-period.ts';
import { SAT_2013_49, VAT_END } from './vat-references.ts';

/**
 * The sales the exemption is judged on, for the filing period containing the month: the month's own
 * for monthly filers, the sum of the calendar quarter's three months for quarterly filers (公告2013年第49号).
 */
export const vat_filing_period_sales = defineVariable({
  id: 'vat_filing_period_sales',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '纳税期增值税销售额', ko: '납세기간 증치세 판매액', en: 'Sales of the VAT filing period' },
  reference: [SAT_2013_49],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2013-08-01', formula: (ctx) => filingPeriodAmount(ctx, 'vat_sales', 'vat_filing_frequency') }, VAT_END],
});
