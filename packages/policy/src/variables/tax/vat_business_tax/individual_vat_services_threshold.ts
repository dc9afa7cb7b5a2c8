import { defineVariable } from '../../../model-api.ts';
import { requireThreshold } from './individual-threshold.ts';
import { MOF_DECREE_65, VAT_REGULATIONS_END } from './vat-references.ts';

/**
 * VAT threshold on an individual's monthly sales of taxable services (range 5,000–20,000 yuan). The
 * province's figure inside the national range (财政部令第65号): the one encoded for the province, else the
 * one given; an error naming the province where there is neither.
 */
export const individual_vat_services_threshold = defineVariable({
  id: 'individual_vat_services_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '销售应税劳务增值税起征点（月销售额）',
    ko: '과세용역 증치세 징수기준(월 판매액)',
    en: 'VAT threshold on taxable services (monthly)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  formulas: [{ from: '2011-11-01', formula: (ctx) => requireThreshold(ctx, 'vat_services_monthly') }, VAT_REGULATIONS_END],
});
