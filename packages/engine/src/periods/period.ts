import { PeriodError } from '../errors.ts';
import { addDays, addMonths, daysInMonth, type Instant, isInstant } from './instant.ts';
import { PERIOD_MESSAGES, periodMessage, UNIT_NAMES } from './messages.ts';

export type PeriodUnit = 'day' | 'month' | 'year' | 'eternity';

/**
 * A span of time: `size` consecutive units starting at `start` (OpenFisca's model).
 * `2013` is the year 2013, `2013-04` April 2013, `2013-04-15` one day; `month:2013-01:3` the first
 * quarter of 2013; `eternity` is for values that never change (an enterprise's founding date).
 */
export class Period {
  private constructor(
    readonly unit: PeriodUnit,
    readonly start: Instant,
    readonly size: number,
  ) {}

  static readonly ETERNITY = new Period('eternity', '0001-01-01', 1);

  /** The calendar year `year`. */
  static year(year: number): Period {
    return new Period('year', `${String(year).padStart(4, '0')}-01-01`, 1);
  }

  /** `size` units starting at `start` (which must be the first day of the unit). */
  static of(unit: Exclude<PeriodUnit, 'eternity'>, start: Instant, size = 1): Period {
    if (!isInstant(start)) throw new PeriodError(`'${start}' is not a calendar date`, undefined, start);
    if (!Number.isInteger(size) || size < 1) throw new PeriodError(`period size must be a positive integer`, undefined, start);
    if (unit !== 'day' && start.slice(8) !== '01') throw new PeriodError(`a ${unit} starts on the 1st`, undefined, start);
    if (unit === 'year' && start.slice(5, 7) !== '01') throw new PeriodError('a year starts on 1 January', undefined, start);
    return new Period(unit, start, size);
  }

  /**
   * Parses `2013`, `2013-04`, `2013-04-15`, `eternity` and the ranges `year:2013:2`, `month:2013-01:3`,
   * `day:2013-04-15:10`. Anything else is a {@link PeriodError}.
   * @example Period.parse('2013-04').stop // '2013-04-30'
   */
  static parse(text: string | number | Period): Period {
    if (text instanceof Period) return text;
    const s = String(text).trim();
    if (s.toLowerCase() === 'eternity') return Period.ETERNITY;
    if (/^\d{4}$/.test(s)) return Period.year(Number(s));
    if (/^\d{4}-\d{2}$/.test(s)) return Period.of('month', `${s}-01`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Period.of('day', s);
    const range = /^(year|month|day):([\d-]+)(?::(\d+))?$/.exec(s);
    if (range) {
      const unit = range[1] as 'year' | 'month' | 'day';
      const base = Period.parse(range[2]);
      const size = range[3] === undefined ? 1 : Number(range[3]);
      if (base.unit !== 'day' && rank(base.unit) < rank(unit)) {
        const labels = periodMessage(PERIOD_MESSAGES.range_boundary, { text: s, unit: UNIT_NAMES[unit] });
        throw new PeriodError(labels.en, undefined, s, labels);
      }
      return Period.of(unit, base.start, size);
    }
    const labels = periodMessage(PERIOD_MESSAGES.not_a_period, { text: s });
    throw new PeriodError(labels.en, undefined, s, labels);
  }

  /** Last day of the period, inclusive. */
  // Periods are immutable, so derived values are computed once (formulas ask for them on every call).
  private stopCache: Instant | undefined;
  private readonly splitCache = new Map<string, Period[]>();

  get stop(): Instant {
    this.stopCache ??= this.computeStop();
    return this.stopCache;
  }

  private computeStop(): Instant {
    if (this.unit === 'eternity') return '9999-12-31';
    if (this.unit === 'day') return addDays(this.start, this.size - 1);
    const months = this.unit === 'year' ? 12 * this.size : this.size;
    return addDays(addMonths(this.start, months), -1);
  }

  /** Calendar year of the start. */
  get year(): number {
    return Number(this.start.slice(0, 4));
  }

  /** Canonical text form; parsing it gives the same period. Used as a cache key. */
  get key(): string {
    if (this.unit === 'eternity') return 'eternity';
    const base = this.unit === 'year' ? this.start.slice(0, 4) : this.unit === 'month' ? this.start.slice(0, 7) : this.start;
    return this.size === 1 ? base : `${this.unit}:${base}:${this.size}`;
  }

  toString(): string {
    return this.key;
  }

  /** True when every day of `other` lies in this period. */
  contains(other: Period): boolean {
    if (this.unit === 'eternity') return true;
    return other.start >= this.start && other.stop <= this.stop;
  }

  /** True when `instant` lies in this period. */
  includes(instant: Instant): boolean {
    return this.unit === 'eternity' || (instant >= this.start && instant <= this.stop);
  }

  /** The period of the same shape moved by `n` of its own units (`2013`.offset(-1) is `2012`). */
  offset(n: number, unit: Exclude<PeriodUnit, 'eternity'> = this.unit === 'eternity' ? 'year' : this.unit): Period {
    if (this.unit === 'eternity') return this;
    const start = unit === 'day' ? addDays(this.start, n) : addMonths(this.start, unit === 'year' ? 12 * n : n);
    // Checked: a month moved by days no longer starts on the 1st, and its key would name another month.
    return Period.of(this.unit, start, this.size);
  }

  /** The consecutive periods of one `unit` that make up this one (a year's twelve months). */
  split(unit: 'month' | 'day'): readonly Period[] {
    let parts = this.splitCache.get(unit);
    if (parts === undefined) {
      // Shared by equal periods too: each request parses its period anew, and a year split into days
      // (daily parameters, months of rent) was a fifth of an entitlements assessment.
      const key = `${this.unit}:${this.start}:${this.size}>${unit}`;
      parts = SPLITS.get(key);
      if (parts === undefined) {
        parts = this.computeSplit(unit);
        if (SPLITS.size >= MAX_SPLITS) SPLITS.clear();
        SPLITS.set(key, parts);
      }
      this.splitCache.set(unit, parts);
    }
    return parts;
  }

  private computeSplit(unit: 'month' | 'day'): Period[] {
    if (this.unit === 'eternity') throw new PeriodError('eternity cannot be split', undefined, this.key);
    // Days cannot be split into months: the pieces would not be calendar months, yet carry month keys.
    if (rank(unit) > rank(this.unit)) throw new PeriodError(`'${this.key}' cannot be split into ${unit}s`, undefined, this.key);
    const out: Period[] = [];
    const stop = this.stop;
    for (let s = this.start; s <= stop; s = unit === 'day' ? addDays(s, 1) : addMonths(s, 1)) {
      out.push(new Period(unit, s, 1));
    }
    return out;
  }

  /** The months of this period, each as its first instant. */
  get monthStarts(): Instant[] {
    return this.split('month').map((p) => p.start);
  }

  /** Number of days in the period. */
  get days(): number {
    if (this.unit === 'day') return this.size;
    let total = 0;
    for (const m of this.monthStarts) total += daysInMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)));
    return total;
  }
}

/** Splits of periods, by period and unit: a few in practice (the years and months asked), bounded whatever is asked. */
const SPLITS = new Map<string, Period[]>();
const MAX_SPLITS = 512;

function rank(unit: PeriodUnit): number {
  return unit === 'day' ? 0 : unit === 'month' ? 1 : unit === 'year' ? 2 : 3;
}
