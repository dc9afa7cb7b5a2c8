import { defineVariable, EIT_LAW, EIT_REGULATIONS, type FormulaContext, vector } from '../../../model-api.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019, SLP_2023 } from './small-low-profit-references.ts';

const { gt, not, or } = vector;

/**
 * The small low-profit test on the enterprise's figures: not small low-profit where it is in a restricted
 * industry or a given figure is above its limit — whatever the others; otherwise every figure is needed,
 * and one not given is an error naming it (never a 0).
 */
function smallLowProfit(ctx: FormulaContext): Uint8Array {
  const over = or(
    not(ctx.bool('is_unrestricted_industry')),
    gt(ctx.optional('taxable_income'), ctx.param('tax.corporate_income_tax.small_low_profit.taxable_income_limit')),
    gt(ctx.optional('employees'), ctx.number('small_low_profit_employees_limit')),
    gt(ctx.optional('total_assets'), ctx.number('small_low_profit_total_assets_limit')),
  );
  const open = not(over);
  ctx.require('taxable_income', open);
  ctx.require('employees', open);
  ctx.require('total_assets', open);
  return open;
}

/**
 * 小型微利企业: not in a restricted or prohibited industry, and annual taxable income, employees and total
 * assets each within its limit (every bound inclusive, 不超过). EIT Regulations art. 92: income ≤ 300,000
 * yuan; industrial enterprises ≤ 100 employees and ≤ 30,000,000 yuan of assets, others ≤ 80 and
 * ≤ 10,000,000. Income limit 500,000 from 2017 (财税〔2017〕43号 art. 1), 1,000,000 from 2018 (财税〔2018〕77号
 * art. 1). From 2019 one test for every industry: ≤ 3,000,000 yuan, ≤ 300 employees, ≤ 50,000,000 yuan
 * (财税〔2019〕13号 art. 2; 公告2023年第12号 art. 5 to 2027-12-31). The limits are the dated parameters and
 * limit variables; the test itself has not changed form.
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
    { document: '财税〔2017〕43号', article: '第一条' },
    { document: '财税〔2018〕77号', article: '第一条' },
    SLP_2019,
    SLP_2023,
  ],
  measures: ['gf2012-14/02.2'],
  formulas: [{ from: '2008-01-01', formula: smallLowProfit }, NOT_ENCODED_AFTER_2027],
});
