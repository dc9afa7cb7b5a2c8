import { defineVariable } from '../../../model-api.ts';
import { filingPeriodThreshold } from './filing-period.ts';
import { BUSINESS_TAX_END, CAISHUI_2013_52, CAISHUI_2014_71, SAT_2013_49 } from './vat-references.ts';

/**
 * The highest turnover of the filing period that is still exempt, in force on the month's first day:
 * 20,000 a month or 60,000 a quarter from 2013-08-01 (财税〔2013〕52号, 公告2013年第49号); 30,000 or 90,000
 * from 2014-10-01 to 2015-12-31 (财税〔2014〕71号, secondary source).
 */
export const business_tax_exemption_threshold = defineVariable({
  id: 'business_tax_exemption_threshold',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '纳税期免征营业税营业额上限',
    ko: '납세기간 영업세 면제 영업액 상한',
    en: 'Business-tax exemption threshold of the filing period',
  },
  reference: [CAISHUI_2013_52, SAT_2013_49, CAISHUI_2014_71],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2013-08-01', formula: (ctx) => filingPeriodThreshold(ctx, 'business_tax_filing_frequency') }, BUSINESS_TAX_END],
});
