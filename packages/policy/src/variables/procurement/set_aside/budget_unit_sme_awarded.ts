import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Contracts awarded to SMEs in the year (small and micro included), for monitoring. */
export const budget_unit_sme_awarded = defineVariable({
  id: 'budget_unit_sme_awarded',
  entity: 'budget_unit',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '授予中小企业的采购合同金额', ko: '중소기업에 수여된 구매 계약액', en: 'Awarded to SMEs' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
