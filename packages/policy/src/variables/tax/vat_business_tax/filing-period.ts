import { type FormulaContext, Period, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';

const { add, enumIs, fill, isGiven, not, where } = vector;

/** Filing periods (纳税期限) of the small-enterprise exemption: a month or a quarter (公告2013年第49号). */
export const FILING_FREQUENCIES = ['monthly', 'quarterly'] as const;
const QUARTERLY = FILING_FREQUENCIES.indexOf('quarterly');

/** The calendar year of a month: taxpayer status and filing frequency are given per year. */
export function yearOf(month: Period): Period {
  return Period.year(month.year);
}

/** The three months of the calendar quarter containing `month`. */
export function quarterOf(month: Period): readonly Period[] {
  const m = Number(month.start.slice(5, 7));
  const first = m - ((m - 1) % 3);
  return Period.of('month', `${month.start.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, 3).split('month');
}

/** 1 where the member files quarterly in the month's year (`frequencyId` is a yearly enum input). */
export function filesQuarterly(ctx: FormulaContext, frequencyId: string): Uint8Array {
  return enumIs(ctx.enum(frequencyId, yearOf(ctx.period)), QUARTERLY);
}

/**
 * The amount of the filing period containing the month: the month's own for monthly filers, the sum of
 * the quarter's three months for quarterly filers (whose threshold is the quarterly one).
 */
export function filingPeriodAmount(ctx: FormulaContext, amountId: string, frequencyId: string): Float64Array {
  const months = quarterOf(ctx.period);
  let quarter = fill(ctx.n, 0);
  for (const month of months) quarter = add(quarter, ctx.number(amountId, month));
  const amount = where(filesQuarterly(ctx, frequencyId), quarter, ctx.number(amountId));
  // A month's amount that the input does not give (NaN, see the CLI's period inputs) is never counted as
  // 0: a quarterly filer is judged on the quarter's total (公告2013年第49号), so all three months are needed.
  failWhere(
    ctx,
    not(isGiven(amount)),
    (row) =>
      `${amountId} is not given for every month of the filing period ${filesQuarterly(ctx, frequencyId)[row] ? `(${frequencyId} quarterly: ${months.map((m) => m.key).join(', ')})` : ctx.period.key}; give it by month, e.g. {"${months[0].key}": …, "${months[1].key}": …, "${months[2].key}": …}`,
  );
  return amount;
}

/** The exemption threshold of each member's filing period, in force on the month's first day. */
export function filingPeriodThreshold(ctx: FormulaContext, frequencyId: string): Float64Array {
  const node = 'tax.vat_business_tax.small_scale_exemption';
  return where(filesQuarterly(ctx, frequencyId), ctx.param(`${node}.quarterly_threshold`), ctx.param(`${node}.monthly_threshold`));
}

/**
 * The exemption began on 2013-08-01 (财税〔2013〕52号), inside the third quarter of 2013. The documents read do
 * not say how a quarterly filer's July sales count in that quarter, so quarterly filers are not encoded
 * for August and September 2013: an error rather than a guess.
 */
export function refuseQuarterStraddlingStart(ctx: FormulaContext, frequencyId: string): void {
  failWhere(
    ctx,
    filesQuarterly(ctx, frequencyId),
    () =>
      `files quarterly (${frequencyId}) in ${ctx.period.key}: the exemption began on 2013-08-01 (财税〔2013〕52号), inside the quarter, and how that quarter's July sales count is not encoded`,
  );
}
