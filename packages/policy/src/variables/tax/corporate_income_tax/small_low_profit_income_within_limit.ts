import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';

/** Annual taxable income not above 300,000 yuan (art. 92: 年度应纳税所得额不超过30万元). */
export const small_low_profit_income_within_limit = defineVariable({
  id: 'small_low_profit_income_within_limit',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '应纳税所得额不超过上限', ko: '과세소득 상한 이내', en: 'Taxable income within the limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }],
  measures: ['gf2012-14/02.2'],
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.lte(ctx.number('taxable_income'), ctx.param('tax.corporate_income_tax.small_low_profit.taxable_income_limit')),
    },
  ],
});
