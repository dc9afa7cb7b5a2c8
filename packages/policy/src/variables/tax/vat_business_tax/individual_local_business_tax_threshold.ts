import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/**
 * The province's business-tax threshold (monthly turnover), for a province whose figure is not encoded (only Shandong's figure was found).
 * 0 means not given: a real figure is at least the national minimum. A given figure must lie inside the
 * national range, and must equal the encoded one where there is one (checked by the formulas using it).
 */
export const individual_local_business_tax_threshold = defineVariable({
  id: 'individual_local_business_tax_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '本省按期纳税营业税起征点（月营业额）',
    ko: '해당 성의 기간별 납세 영업세 징수기준(월 영업액)',
    en: 'Provincial business-tax threshold (monthly)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（一）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
