import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/**
 * The province's business-tax threshold per transaction or day, for a province whose figure is not encoded (only Shandong's figure was found).
 * 0 means not given: a real figure is at least the national minimum. A given figure must lie inside the
 * national range, and must equal the encoded one where there is one (checked by the formulas using it).
 */
export const individual_local_business_tax_per_transaction_threshold = defineVariable({
  id: 'individual_local_business_tax_per_transaction_threshold',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: {
    'zh-CN': '本省按次纳税营业税起征点（每次（日））',
    ko: '해당 성의 건별 납세 영업세 징수기준(건(일)당)',
    en: 'Provincial business-tax threshold per transaction or day',
  },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（二）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
