import { defineVariable } from '../../../model-api.ts';
import { MOF_DECREE_65 } from './vat-references.ts';

/** 营业额: turnover subject to business tax in the month, compared with the business-tax threshold. */
export const individual_business_tax_turnover = defineVariable({
  id: 'individual_business_tax_turnover',
  entity: 'individual',
  valueType: 'money',
  definitionPeriod: 'month',
  label: { 'zh-CN': '月营业额', ko: '월 영업액', en: 'Monthly turnover (business tax)' },
  reference: [{ ...MOF_DECREE_65, article: '《营业税暂行条例实施细则》第二十三条（一）' }],
  measures: ['gf2012-14/02.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
