import { dayNumber, fromDayNumber } from '@xiaowei/engine';
import type { FormulaContext } from '../../model-api.ts';
import { P, UNSPECIFIED_TYPE, WORKS } from './procurement-references.ts';

/**
 * Checks a formula cannot express without looking at single members: they stop the calculation
 * (`ctx.fail`) at the first member that breaks a rule of the law, naming the values. A rate outside
 * its legal range is an error, never clamped: the tender documents are wrong, not the bid.
 */

/** Stops at the first member where `bad` is 1, with `message(row)`. */
export function failWhere(ctx: FormulaContext, bad: Uint8Array, message: (row: number) => string): void {
  // The engine lists every member that fails, so a registry sets them all aside in one pass.
  ctx.failWhere(bad, message);
}

/** Stops at the first member where `bad` is 1, with a message about its value in `values`. */
export function failWhereValue(ctx: FormulaContext, bad: Uint8Array, values: Float64Array, message: (value: number) => string): void {
  failWhere(ctx, bad, (row) => message(values[row]));
}

/**
 * The tender's date must fall inside the period evaluated: the supplier's size class and the period's
 * formulas are those of the tender's year.
 */
export function requireDatesInPeriod(ctx: FormulaContext, days: Int32Array, what: string): void {
  const period = ctx.period;
  const start = dayNumber(period.start);
  const stop = dayNumber(period.stop);
  const bad = new Uint8Array(days.length);
  for (let i = 0; i < days.length; i++) bad[i] = days[i] < start || days[i] > stop ? 1 : 0;
  failWhere(ctx, bad, (row) => `${what} is dated ${fromDayNumber(days[row])}, outside the period ${period.key} evaluated`);
}

/**
 * The legal range of a rate on each tender's date, from the dated `min`/`max` of `node` (goods and
 * services; every procurement under 财库〔2011〕181号) or of `worksNode` for works. A date with no rule
 * (before 2012-01-01 or after the encoded end) stops the calculation naming the date; so does a tender
 * whose rate is `needed` on a date when the ranges differ by type (from 2021-01-01, 财库〔2020〕46号) without
 * its procurement type.
 */
export function deductionRangeAtDates(
  ctx: FormulaContext,
  node: string,
  worksNode: string,
  days: Int32Array,
  needed: Uint8Array,
  what: string,
): { min: Float64Array; max: Float64Array } {
  const types = ctx.enum('tender_procurement_type');
  const byType = ctx.paramAtDates(P.byProcurementType, days, Number.NaN);
  const goods = [ctx.paramAtDates(`${node}.min`, days, Number.NaN), ctx.paramAtDates(`${node}.max`, days, Number.NaN)];
  const works = [ctx.paramAtDates(`${worksNode}.min`, days, Number.NaN), ctx.paramAtDates(`${worksNode}.max`, days, Number.NaN)];
  const n = days.length;
  const noRule = new Uint8Array(n);
  const noType = new Uint8Array(n);
  const min = new Float64Array(n);
  const max = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const isWorks = types[i] === WORKS;
    min[i] = isWorks ? works[0][i] : goods[0][i];
    max[i] = isWorks ? works[1][i] : goods[1][i];
    noRule[i] = Number.isNaN(byType[i]) || Number.isNaN(min[i]) || Number.isNaN(max[i]) ? 1 : 0;
    noType[i] = needed[i] && byType[i] === 1 && types[i] === UNSPECIFIED_TYPE ? 1 : 0;
  }
  failWhere(
    ctx,
    noRule,
    (row) =>
      `${what} is dated ${fromDayNumber(days[row])}: no rule is encoded for that date (财库〔2011〕181号 applies from 2012-01-01; the rules are encoded up to 2027-12-31)`,
  );
  failWhere(
    ctx,
    noType,
    (row) =>
      `${what} is dated ${fromDayNumber(days[row])}: its procurement type (goods, services or works) is needed, as 财库〔2020〕46号 sets other ranges for works`,
  );
  return { min, max };
}

/** Stops where `applies` and the rate lies outside [min, max] (bounds inclusive). */
export function requireRateInRange(
  ctx: FormulaContext,
  rate: Float64Array,
  range: { min: Float64Array; max: Float64Array },
  applies: Uint8Array,
  days: Int32Array,
  what: string,
): void {
  const bad = new Uint8Array(rate.length);
  for (let i = 0; i < rate.length; i++) bad[i] = applies[i] && (rate[i] < range.min[i] || rate[i] > range.max[i]) ? 1 : 0;
  failWhere(
    ctx,
    bad,
    (row) => `${what} ${rate[row]} is outside the range ${range.min[row]}–${range.max[row]} in force on ${fromDayNumber(days[row])}`,
  );
}

/** Stops at the first member whose `part` exceeds `whole` (amounts of which one is a part of the other). */
export function requireNotAbove(ctx: FormulaContext, part: Float64Array, whole: Float64Array, message: string): void {
  const bad = new Uint8Array(part.length);
  for (let i = 0; i < part.length; i++) bad[i] = part[i] > whole[i] ? 1 : 0;
  failWhere(ctx, bad, () => message);
}
