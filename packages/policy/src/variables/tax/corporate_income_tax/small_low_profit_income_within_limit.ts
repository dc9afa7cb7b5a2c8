import { defineVariable, EIT_REGULATIONS, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019 } from './small-low-profit-references.ts';

/**
 * Annual taxable income not above the limit of the small low-profit test: 300,000 yuan (EIT Regulations
 * art. 92: 年度应纳税所得额不超过30万元), 500,000 from 2017 (财税〔2017〕43号), 1,000,000 from 2018 (财税〔2018〕77号),
 * 3,000,000 from 2019 (财税〔2019〕13号) — the dated parameter.
 */
export const small_low_profit_income_within_limit = defineVariable({
  id: 'small_low_profit_income_within_limit',
  entity: 'enterprise',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '应纳税所得额不超过上限', ko: '과세소득 상한 이내', en: 'Taxable income within the limit' },
  reference: [{ ...EIT_REGULATIONS, article: '第九十二条' }, { document: '财税〔2017〕43号' }, { document: '财税〔2018〕77号' }, SLP_2019],
  measures: ['gf2012-14/02.2'],
  formulas: [
    {
      from: '2008-01-01',
      formula: (ctx) =>
        vector.lte(ctx.number('taxable_income'), ctx.param('tax.corporate_income_tax.small_low_profit.taxable_income_limit')),
    },
    NOT_ENCODED_AFTER_2027,
  ],
});
