import { toRational } from '@xiaowei/engine';
import { defineVariable, EIT_LAW, type FormulaContext, vector } from '../../../model-api.ts';
import { thresholdSegments } from './halving-segments.ts';
import { NOT_ENCODED_AFTER_2027, SLP_2019, SLP_2023 } from './small-low-profit-references.ts';

const { add, fill, lte, max, min, monthNumber, mul, mulRate, mulRatio, sub, where } = vector;
const P = 'tax.corporate_income_tax';

/**
 * Tax of a small low-profit enterprise, with the halving applied month by month: the income is
 * halved for the share of its months of operation in the year whose halving threshold (in force on
 * the month's first day) it does not exceed. In a year whose threshold does not change this is the
 * plain rule — all or nothing, a cliff, not a marginal band. In 2015 the threshold rose from 200,000
 * to 300,000 on 1 October (财税〔2015〕99号), and 国家税务总局公告2015年第61号 halves income between
 * 200,000 and 300,000 only for the months operated from October: tax = income × 20% × (k × 50% + (M − k)) / M,
 * k = halved months, M = months operated in the year (from the founding month). Computed as one exact
 * fraction of the income, rounded once to the fen.
 */
function smallLowProfitTax(ctx: FormulaContext, income: Float64Array): Float64Array {
  const foundedMonth = monthNumber(ctx.date('founded'));
  let operated = fill(ctx.n, 0);
  let halved = fill(ctx.n, 0);
  for (const segment of ctx.once('halving-segments', () => thresholdSegments(ctx))) {
    // Months of the segment from the founding month on: max(0, last − max(first, founded) + 1).
    const months = max(sub(segment.last + 1, max(foundedMonth, segment.first)), 0);
    operated = add(operated, months);
    halved = add(halved, where(lte(income, segment.threshold), months, 0));
  }
  const monthsOperated = max(operated, 1);
  const [rn, rd] = toRational(ctx.param(`${P}.small_low_profit.rate`));
  const [sn, sd] = toRational(ctx.param(`${P}.small_low_profit.halving.taxable_share`));
  // numerator rn × (k·sn + (M−k)·sd), denominator rd × sd × M: small integers, so the ratio is exact.
  const numerator = mul(add(mul(halved, sn), mul(sub(monthsOperated, halved), sd)), rn);
  return mulRatio(income, numerator, mul(monthsOperated, rd * sd));
}

/**
 * Tax of a small low-profit enterprise from 2019 (财税〔2019〕13号 art. 2): the portion of the income up to
 * 1,000,000 yuan counts at the first share, the portion above it (up to 3,000,000, the limit of the test) at
 * the second, and what counts is taxed at 20% — tiers, not a cliff. Shares: 25% and 50% (2019), 12.5% for the
 * first portion from 2021 (公告2021年第12号: a further halving), 25% for the second from 2022 (公告2022年第13号),
 * 25% for all from 2023 to 2027 (公告2023年第6号, 第12号). One exact fraction, rounded once to the fen.
 */
function tieredTax(ctx: FormulaContext, income: Float64Array): Float64Array {
  const T = `${P}.small_low_profit.tiers`;
  const limit = ctx.param(`${T}.first_portion_limit`);
  const first = min(income, limit);
  const second = max(sub(income, limit), 0);
  const [an, ad] = toRational(ctx.param(`${T}.first_portion_share`));
  const [bn, bd] = toRational(ctx.param(`${T}.second_portion_share`));
  const [rn, rd] = toRational(ctx.param(`${P}.small_low_profit.rate`));
  // counted = first × an/ad + second × bn/bd = (first·an·bd + second·bn·ad) / (ad·bd), taxed at rn/rd.
  const counted = add(mul(first, an * bd), mul(second, bn * ad));
  return mulRatio(counted, rn, rd * ad * bd);
}

/**
 * Enterprise income tax for the year, in yuan exact to the fen: 25% of taxable income (EIT Law
 * art. 4), or for a small low-profit enterprise 20% (art. 28) with the preferences of Guofa [2012] No. 14
 * item 02 and the documents that continued them: the halving with its cliff for tax years 2012–2018
 * (财税〔2011〕117号 to 财税〔2018〕77号), the tiers of 财税〔2019〕13号 for 2019–2027 (to 公告2023年第12号).
 * Not encoded after 2027-12-31.
 */
export const corporate_income_tax = defineVariable({
  id: 'corporate_income_tax',
  entity: 'enterprise',
  valueType: 'money',
  definitionPeriod: 'year',
  label: { 'zh-CN': '企业所得税', ko: '기업소득세', en: 'Enterprise income tax' },
  reference: [
    { ...EIT_LAW, article: '第四条、第二十八条' },
    { document: '财税〔2011〕117号' },
    { document: '财税〔2014〕34号' },
    { document: '财税〔2015〕34号' },
    { document: '财税〔2015〕99号' },
    { document: '财税〔2017〕43号' },
    { document: '财税〔2018〕77号' },
    SLP_2019,
    { document: '财政部 税务总局公告2021年第12号' },
    { document: '财政部 税务总局公告2022年第13号' },
    { document: '财政部 税务总局公告2023年第6号' },
    SLP_2023,
  ],
  unit: 'yuan',
  measures: ['gf2012-14/02.2'],
  formulas: [
    {
      from: '2012-01-01',
      formula: (ctx) => {
        const income = max(ctx.number('taxable_income'), 0);
        const general = mulRate(income, ctx.param(`${P}.general_rate`));
        return where(ctx.bool('is_small_low_profit'), smallLowProfitTax(ctx, income), general);
      },
    },
    {
      from: '2019-01-01',
      formula: (ctx) => {
        const income = max(ctx.number('taxable_income'), 0);
        const general = mulRate(income, ctx.param(`${P}.general_rate`));
        return where(ctx.bool('is_small_low_profit'), tieredTax(ctx, income), general);
      },
      reference: [SLP_2019],
    },
    NOT_ENCODED_AFTER_2027,
  ],
});
