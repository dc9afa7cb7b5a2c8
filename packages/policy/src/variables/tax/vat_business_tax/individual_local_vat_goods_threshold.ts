import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/**
 * The province's VAT threshold on sales of goods (monthly sales), for a province whose figure is not encoded (only Shandong's figure was found).
 * 0 means not given: a real figure is at least the national minimum. A given figure must lie inside the
 * national range, and must equal the encoded one where there is one (checked by the formulas using it).
 */
export const individual_local_vat_goods_threshold = defineVariable({
  id: 'individual_local_vat_goods_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '本省销售货物增值税起征点（月销售额）',
    ko: '해당 성의 재화 판매 증치세 징수기준(월 판매액)',
    en: 'Provincial VAT threshold on goods (monthly)',
  },
  reference: [{ ...MOF_DECREE_65, article: '《增值税暂行条例实施细则》第三十七条（一）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
