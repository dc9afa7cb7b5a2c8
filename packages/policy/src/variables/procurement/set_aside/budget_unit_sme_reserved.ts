import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Part of the annual procurement budget reserved for purchases from SMEs (专门面向中小企业采购), small and micro part included. */
export const budget_unit_sme_reserved = defineVariable({
  id: 'budget_unit_sme_reserved',
  entity: 'budget_unit',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '面向中小企业预留的采购份额', ko: '중소기업 대상 유보 구매액', en: 'Reserved for SMEs' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
