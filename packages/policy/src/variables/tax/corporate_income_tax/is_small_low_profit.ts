import { defineVariable, EIT_LAW, EIT_REGULATIONS, vector } from '../../../model-api.ts';

/**
 * 小型微利企业 (EIT Regulations art. 92): not in a restricted or prohibited industry, annual taxable
 * income ≤ 300,000 yuan, and — industrial enterprises — ≤ 100 employees and ≤ 30,000,000 yuan of assets,
 * or — other enterprises — ≤ 80 employees and ≤ 10,000,000 yuan. Every bound is inclusive (不超过).
 */
export const is_small_low_profit = defineVariable({
  id: 'is_small_low_profit',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '是否小型微利企业', ko: '소형 저이윤 기업 여부', en: 'Small low-profit enterprise' },
  reference: [
    { ...EIT_REGULATIONS, article: '第九十二条' },
    { ...EIT_LAW, article: '第二十八条' },
  ],
  measures: ['gf2012-14/02.2'],
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.and(
          ctx.bool('is_unrestricted_industry'),
          ctx.bool('small_low_profit_income_within_limit'),
          ctx.bool('small_low_profit_employees_within_limit'),
          ctx.bool('small_low_profit_assets_within_limit'),
        ),
    },
  ],
});
