/**
 * The periods a bulletin covers (item 29 of 国发〔2012〕14号: regular statistics): a calendar month `2013-05` or a
 * quarter `2013-Q2`, with their first and last days, the period before, and the latest quarter closed by the end
 * of the period (banks report lending by quarter: a month bulletin shows the quarter last closed).
 */
import { ValidationError } from '../errors.ts';

export type PeriodKind = 'month' | 'quarter';

export interface BulletinPeriod {
  readonly kind: PeriodKind;
  /** `2013-05` or `2013-Q2`. */
  readonly key: string;
  readonly year: number;
  /** First and last day, ISO dates. */
  readonly start: string;
  readonly end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthPeriod(year: number, month: number): BulletinPeriod {
  return {
    kind: 'month',
    key: `${year}-${pad(month)}`,
    year,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
  };
}

function quarterPeriod(year: number, quarter: number): BulletinPeriod {
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return {
    kind: 'quarter',
    key: `${year}-Q${quarter}`,
    year,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

const INVALID = (value: string) =>
  new ValidationError('period', {
    'zh-CN': `“${value}”不是统计期（月份如 2013-05，季度如 2013-Q2，1949–2100 年）`,
    ko: `“${value}”은(는) 통계 기간이 아닙니다(월: 2013-05, 분기: 2013-Q2, 1949~2100년)`,
    en: `"${value}" is not a period (a month such as 2013-05 or a quarter such as 2013-Q2, years 1949–2100)`,
  });

/**
 * Reads a period key; throws a ValidationError (field `period`) in three languages otherwise.
 * @example parsePeriod('2013-Q2').end // '2013-06-30'
 */
export function parsePeriod(key: string): BulletinPeriod {
  const m = MONTH.exec(key);
  const q = QUARTER.exec(key);
  const year = Number((m ?? q)?.[1]);
  if ((!m && !q) || year < MIN_YEAR || year > MAX_YEAR) throw INVALID(key);
  return m ? monthPeriod(year, Number(m[2])) : quarterPeriod(year, Number(q?.[2]));
}

/** The period just before (`2013-Q1` → `2012-Q4`, `2013-01` → `2012-12`). */
export function previousPeriod(p: BulletinPeriod): BulletinPeriod {
  if (p.kind === 'month') {
    const month = Number(p.key.slice(5));
    return month === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, month - 1);
  }
  const quarter = Number(p.key.slice(6));
  return quarter === 1 ? quarterPeriod(p.year - 1, 4) : quarterPeriod(p.year, quarter - 1);
}

/** The latest quarter whose last day is on or before the period's end (`2013-05` → 2013 Q1, `2013-06` → 2013 Q2). */
export function closedQuarter(p: BulletinPeriod): { readonly year: number; readonly quarter: number } {
  const month = Number(p.end.slice(5, 7));
  const quarter = Math.floor(month / 3);
  return quarter === 0 ? { year: p.year - 1, quarter: 4 } : { year: p.year, quarter };
}

/** The period a scheduled run on `day` publishes a draft for: the month, and on a quarter's first month the quarter, just ended. */
export function periodsEndedBefore(day: string): BulletinPeriod[] {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const lastMonth = month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  const out = [lastMonth];
  if (month % 3 === 1) out.push(month === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, (month - 1) / 3));
  return out;
}
