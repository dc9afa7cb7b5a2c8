/**
 * Which months of the year asked for a hire's social-insurance subsidy covers (item 25.2). The subsidy
 * is "1年": the `months` months (12) counted from the month of hire, that month included, so a hire
 * of July 2012 is subsidised from July 2012 to June 2013, partly in each year.
 */
import type { FormulaContext, Period } from '../../model-api.ts';
import { vector } from '../../model-api.ts';
import { monthIndex, monthIndexOf } from './calendar-year.ts';

const { add, and, fill, gte, lt, sub, toNum } = vector;

export interface MonthColumn {
  readonly month: Period;
  readonly members: Uint8Array;
}

/**
 * For each month of the year, the hires whose window of `span` months from the month of hire covers it.
 * @example windowMonths(ctx, 12)[0].members // hires whose window includes January
 */
export function windowMonths(ctx: FormulaContext, span: Float64Array | number): MonthColumn[] {
  const hired = monthIndexOf(ctx.date('hire_date'));
  return ctx.period.split('month').map((month) => {
    const elapsed = sub(monthIndex(month.start), hired);
    return { month, members: and(gte(elapsed, 0), lt(elapsed, span)) };
  });
}

/**
 * The months of the year the subsidy pays for: months of an eligible hire's window, as many as the
 * months of contributions paid in the year (`insured_months`), from the first window month of the year
 * on — contributions are taken to run without a gap from there (a graduate who leaves stops them).
 * The window's length is the one in force on the hire date.
 */
export function subsidisedMonths(ctx: FormulaContext, span: Float64Array): MonthColumn[] {
  const eligible = ctx.bool('hire_social_insurance_subsidy_eligible');
  const insured = ctx.number('insured_months');
  let counted = fill(ctx.n, 0);
  const out: MonthColumn[] = [];
  for (const { month, members } of windowMonths(ctx, span)) {
    out.push({ month, members: and(eligible, members, lt(counted, insured)) });
    counted = add(counted, toNum(members));
  }
  return out;
}
