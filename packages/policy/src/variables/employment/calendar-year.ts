/** Calendar arithmetic on whole date columns (day numbers), for counting months of a subsidy. */
import { fromDayNumber, type Instant } from '@xiaowei/engine';

/**
 * The calendar year of each day number (e.g. of a hire date).
 * @example yearOf(Int32Array.of(dayNumber('2013-07-01'))) // Float64Array [2013]
 */
export function yearOf(days: Int32Array): Float64Array {
  return Float64Array.from(days, (d) => Number(fromDayNumber(d).slice(0, 4)));
}

/**
 * A month as one number, year × 12 + month − 1, so that months can be subtracted.
 * @example monthIndex('2013-02-01') - monthIndex('2012-12-01') // 2
 */
export function monthIndex(instant: Instant): number {
  return Number(instant.slice(0, 4)) * 12 + Number(instant.slice(5, 7)) - 1;
}

/** {@link monthIndex} of each day number. */
export function monthIndexOf(days: Int32Array): Float64Array {
  return Float64Array.from(days, (d) => monthIndex(fromDayNumber(d)));
}
