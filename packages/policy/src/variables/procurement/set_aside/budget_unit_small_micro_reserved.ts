import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Of the SME set-aside, the part reserved for small and micro enterprises. */
export const budget_unit_small_micro_reserved = defineVariable({
  id: 'budget_unit_small_micro_reserved',
  entity: 'budget_unit',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '其中面向小型微型企业预留的份额', ko: '그중 소형·영세기업 대상 유보액', en: 'Of which reserved for small and micro' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
