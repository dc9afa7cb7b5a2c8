import { toRational } from '@xiaowei/engine';
import { defineVariable, EIT_LAW, type FormulaContext, vector } from '../../../model-api.ts';
import { thresholdSegments } from './halving-segments.ts';

const { add, fill, lte, max, monthNumber, mul, mulRate, mulRatio, sub, where } = vector;
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
 * Enterprise income tax for the year, in yuan exact to the fen: 25% of taxable income (EIT Law
 * art. 4), or for a small low-profit enterprise 20% (art. 28) with the halving of Guofa [2012] No. 14
 * item 02 and its implementing documents. Encoded for tax years 2012–2017 (POLICY-FACTS §2).
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
      from: '2018-01-01',
      formula: null,
      note: 'the halving thresholds of POLICY-FACTS §2 end on 2017-12-31; later documents are not encoded',
    },
  ],
});
