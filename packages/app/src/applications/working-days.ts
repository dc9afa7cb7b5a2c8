/**
 * Working days on the Chinese calendar (法定节假日 and 调休 make-up workdays), for review and reply deadlines
 * counted "within N working days" (工作日). The holidays and make-up Saturdays/Sundays of each year are those of
 * the State Council General Office's annual notice (国务院办公厅关于<年>部分节假日安排的通知), as kept by the npm package `chinese-days`. A year the package has no notice for yet (it lists no
 * holiday in it) is counted Monday to Friday and the answer says the deadline is `estimated`, so a reader
 * knows to check it once the year's notice is out.
 */
import chineseDays from 'chinese-days';

// The package is CommonJS with an ES build: its default export holds the functions under both loaders.
const { getHolidaysInRange, isWorkday } = chineseDays;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the calendar holds the State Council's arrangement for `year` (at least one holiday listed). */
export function calendarCovers(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}
const covered = new Map<number, boolean>();

function checkDay(day: string): Date {
  const m = ISO_DAY.exec(day);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (date === undefined || date.toISOString().slice(0, 10) !== day) throw new RangeError(`not a calendar day: ${day}`);
  return date;
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Whether `day` (YYYY-MM-DD) is a working day: the notice's arrangement, else Monday to Friday. */
export function isWorkingDay(day: string): boolean {
  const date = checkDay(day);
  if (calendarCovers(date.getUTCFullYear())) return isWorkday(day);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A deadline: the last day, and whether a year without a notice was counted Monday to Friday. */
export interface WorkingDeadline {
  readonly date: string;
  readonly estimated: boolean;
}

/**
 * The day `n` working days after `start` (the start day itself not counted, as a period "within N working
 * days of receipt" runs from the next day): submitted on Wednesday 2026-09-30 with n = 1, the answer is
 * Thursday 2026-10-08 (National Day holidays 10-01 to 10-07); with n = 3 it is Saturday 2026-10-10, a make-up workday.
 * @example addWorkingDays('2026-09-30', 1) // { date: '2026-10-08', estimated: false }
 */
export function addWorkingDays(start: string, n: number): WorkingDeadline {
  if (!Number.isInteger(n) || n < 0 || n > 366) throw new RangeError(`working days must be 0–366: ${n}`);
  const date = checkDay(start);
  let estimated = false;
  let left = n;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = isoOf(date);
    if (!calendarCovers(date.getUTCFullYear())) estimated = true;
    if (isWorkingDay(day)) left--;
  }
  return { date: isoOf(date), estimated };
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`. Used for
 * "n working days left" and "overdue by n working days".
 * @example workingDaysBetween('2026-09-30', '2026-10-10') // 3 (10-08, 10-09 and the make-up Saturday 10-10)
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = checkDay(from);
  const b = checkDay(to);
  const sign = a <= b ? 1 : -1;
  const [lo, hi] = sign === 1 ? [a, b] : [b, a];
  let count = 0;
  const d = new Date(lo);
  while (d < hi) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(isoOf(d))) count++;
  }
  return sign * count;
}

/** The calendar day in China (UTC+8, no daylight saving) of an instant. */
export function chinaDay(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at) : at;
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
