import { defineVariable, EIT_REGULATIONS, GUOFA_2012_14 } from '../../model-api.ts';

/**
 * Whether the enterprise is in a restricted or prohibited industry, or is a backward-capacity,
 * high-pollution or high-energy enterprise: such enterprises are not small low-profit enterprises
 * (EIT Regulations art. 92) and get no support under the Opinions (item 17).
 */
export const restricted_industry = defineVariable({
  id: 'restricted_industry',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '属于限制或禁止行业', ko: '제한·금지 업종 해당', en: 'In a restricted or prohibited industry' },
  reference: [
    { ...EIT_REGULATIONS, article: '第九十二条' },
    { ...GUOFA_2012_14, article: '（十七）' },
  ],
  measures: ['gf2012-14/17'],
  default: false,
});
