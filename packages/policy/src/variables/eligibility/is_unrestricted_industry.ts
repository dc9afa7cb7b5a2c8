import { defineVariable, EIT_REGULATIONS, GUOFA_2012_14, vector } from '../../model-api.ts';

/** Not in a restricted, prohibited or backward-capacity industry: a condition of every enterprise entitlement (item 17). */
export const is_unrestricted_industry = defineVariable({
  id: 'is_unrestricted_industry',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종 비해당', en: 'Not in a restricted or prohibited industry' },
  reference: [
    { ...GUOFA_2012_14, article: '（十七）' },
    { ...EIT_REGULATIONS, article: '第九十二条' },
  ],
  measures: ['gf2012-14/17'],
  permanent:
    'item (十七) of 国发〔2012〕14号 excludes restricted and prohibited industries from support, without an end date; each measure it gates ends on its own date',
  formulas: [{ from: '2008-01-01', formula: (ctx) => vector.not(ctx.bool('restricted_industry')) }],
});
