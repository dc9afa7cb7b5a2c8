import { defineVariable, GUOFA_2012_14 } from '../../../model-api.ts';
import { CAIKU_2011_181 } from '../procurement-references.ts';

/** Of the contracts awarded to SMEs, those awarded to small and micro enterprises. */
export const budget_unit_small_micro_awarded = defineVariable({
  id: 'budget_unit_small_micro_awarded',
  entity: 'budget_unit',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '其中授予小型微型企业的合同金额', ko: '그중 소형·영세기업에 수여된 계약액', en: 'Of which awarded to small and micro' },
  reference: [CAIKU_2011_181, { ...GUOFA_2012_14, article: '（五）' }],
  measures: ['gf2012-14/05.1'],
  unit: 'yuan',
  default: 0,
  min: 0,
});
