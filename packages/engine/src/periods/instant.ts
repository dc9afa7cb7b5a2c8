/**
 * Instants are ISO calendar dates, `YYYY-MM-DD`, compared as strings (the format sorts chronologically).
 * Day numbers (days since 1970-01-01, UTC) are used where arithmetic is needed and in date columns.
 */
export type Instant = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2013-02-30). */
export function isInstant(value: unknown): value is Instant {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Milliseconds of a UTC calendar date. Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Number of days in month `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(instant: Instant): number {
  const y = Number(instant.slice(0, 4));
  const m = Number(instant.slice(5, 7));
  const d = Number(instant.slice(8, 10));
  return Math.round(utc(y, m - 1, d) / MS_PER_DAY);
}

/** ISO date of a day number. */
export function fromDayNumber(day: number): Instant {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `instant` moved by `days` (may be negative). */
export function addDays(instant: Instant, days: number): Instant {
  return fromDayNumber(dayNumber(instant) + days);
}

/** First day of the month `months` after the month of `instant`; only used on first-of-month instants. */
export function addMonths(instant: Instant, months: number): Instant {
  const y = Number(instant.slice(0, 4));
  const m = Number(instant.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(Number(instant.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The month of a day number as a month number (year × 12 + month − 1), by pure arithmetic (H. Hinnant's
 * civil-from-days), so months of dates can be compared and subtracted.
 */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
