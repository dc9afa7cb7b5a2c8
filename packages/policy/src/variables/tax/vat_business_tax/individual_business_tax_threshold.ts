import { defineVariable } from '../../../model-api.ts';
import { requireThreshold } from './individual-threshold.ts';
import { BUSINESS_TAX_END, MOF_DECREE_65 } from './vat-references.ts';

/**
 * Business-tax threshold on an individual's monthly turnover (range 5,000–20,000 yuan). The province's
 * figure inside the national range (财政部令第65号): the one encoded for the province, else the one given;
 * an error naming the province where there is neither.
 */
export const individual_business_tax_threshold = defineVariable({
  id: 'individual_business_tax_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '按期纳税营业税起征点（月营业额）',
    ko: '기간별 납세 영업세 징수기준(월 영업액)',
    en: 'Business-tax threshold (monthly turnover)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（一）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2011-11-01', formula: (ctx) => requireThreshold(ctx, 'business_tax_monthly') }, BUSINESS_TAX_END],
});
