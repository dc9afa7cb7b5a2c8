import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, daysInMonth, fromDayNumber, isInstant, Period, PeriodError } from '../src/index.ts';
import { mulberry32, randInt } from './helpers/toy.ts';

describe('Period.parse', () => {
  it('parses a year', () => {
    const p = Period.parse('2013');
    expect([p.unit, p.start, p.size, p.stop, p.key]).toEqual(['year', '2013-01-01', 1, '2013-12-31', '2013']);
    expect(Period.parse(2013).key).toBe('2013');
  });

  it('parses a month', () => {
    const p = Period.parse('2013-04');
    expect([p.unit, p.start, p.size, p.stop, p.key]).toEqual(['month', '2013-04-01', 1, '2013-04-30', '2013-04']);
    expect(Period.parse('2012-02').stop).toBe('2012-02-29');
    expect(Period.parse('2013-02').stop).toBe('2013-02-28');
    expect(Period.parse('2013-12').stop).toBe('2013-12-31');
  });

  it('parses a day', () => {
    const p = Period.parse('2013-04-15');
    expect([p.unit, p.start, p.size, p.stop, p.key]).toEqual(['day', '2013-04-15', 1, '2013-04-15', '2013-04-15']);
  });

  it('parses month and year ranges', () => {
    const q = Period.parse('month:2013-01:3');
    expect([q.unit, q.start, q.size, q.stop, q.key]).toEqual(['month', '2013-01-01', 3, '2013-03-31', 'month:2013-01:3']);
    const y = Period.parse('year:2012:2');
    expect([y.unit, y.start, y.size, y.stop, y.key]).toEqual(['year', '2012-01-01', 2, '2013-12-31', 'year:2012:2']);
    const d = Period.parse('day:2013-04-15:10');
    expect([d.unit, d.start, d.size, d.stop, d.key]).toEqual(['day', '2013-04-15', 10, '2013-04-24', 'day:2013-04-15:10']);
    // A range without a size is one unit.
    expect(Period.parse('month:2013-11').key).toBe('2013-11');
    // A month range may start at a year (its January); a range across the year end.
    expect(Period.parse('month:2013:3').key).toBe('month:2013-01:3');
    expect(Period.parse('month:2013-11:3').stop).toBe('2014-01-31');
  });

  it('parses eternity', () => {
    const e = Period.parse('eternity');
    expect(e).toBe(Period.ETERNITY);
    expect(Period.parse('ETERNITY')).toBe(Period.ETERNITY);
    expect([e.unit, e.key, e.stop]).toEqual(['eternity', 'eternity', '9999-12-31']);
  });

  it('returns a Period unchanged', () => {
    const p = Period.parse('2013');
    expect(Period.parse(p)).toBe(p);
  });

  it.each([
    '2013-13',
    '2013-00',
    '2013-02-30',
    '2013-02-29',
    '2013-04-31',
    'abc',
    '',
    '13',
    '2013-4',
    '2013/04',
    'month:2013-01:0',
    'month:2013-01:',
    'year:2013-04:2',
    'year:2013-04-01',
    'month:2013-04-15:2',
    'week:2013-01',
  ])('rejects %j with a PeriodError', (text) => {
    expect(() => Period.parse(text)).toThrow(PeriodError);
  });

  it('explains what a period looks like', () => {
    expect(() => Period.parse('abc')).toThrow(/'abc' is not a period: use YYYY, YYYY-MM, YYYY-MM-DD/);
    try {
      Period.parse('2013-02-30');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PeriodError);
      expect((e as PeriodError).code).toBe('period');
      expect((e as PeriodError).message).toContain('2013-02-30');
    }
  });

  it('round-trips keys', () => {
    for (const text of [
      '2013',
      '2013-04',
      '2013-04-15',
      'month:2013-01:3',
      'year:2012:2',
      'day:2013-04-15:10',
      'eternity',
      '2000-02-29',
      'month:1999-12:13',
    ]) {
      const p = Period.parse(text);
      expect(p.key).toBe(text);
      expect(String(p)).toBe(text);
      const again = Period.parse(p.key);
      expect([again.unit, again.start, again.size]).toEqual([p.unit, p.start, p.size]);
    }
  });
});

describe('Period.of and Period.year', () => {
  it('builds checked periods', () => {
    expect(Period.of('month', '2013-03-01', 2).key).toBe('month:2013-03:2');
    expect(Period.year(2013).key).toBe('2013');
    expect(() => Period.of('month', '2013-03-02')).toThrow(PeriodError);
    expect(() => Period.of('year', '2013-03-01')).toThrow(PeriodError);
    expect(() => Period.of('day', '2013-03-01', 1.5)).toThrow(PeriodError);
    expect(() => Period.of('day', '2013-03-01', -1)).toThrow(PeriodError);
  });
});

describe('Period arithmetic', () => {
  it('stop is the last day, inclusive', () => {
    expect(Period.parse('2013').stop).toBe('2013-12-31');
    expect(Period.parse('month:2012-12:3').stop).toBe('2013-02-28');
    expect(Period.parse('day:2012-02-28:2').stop).toBe('2012-02-29');
    expect(Period.parse('day:2013-02-28:2').stop).toBe('2013-03-01');
  });

  it('contains', () => {
    const y = Period.parse('2013');
    expect(y.contains(Period.parse('2013-04'))).toBe(true);
    expect(y.contains(Period.parse('2013-12-31'))).toBe(true);
    expect(y.contains(Period.parse('month:2013-01:12'))).toBe(true);
    expect(y.contains(Period.parse('month:2013-12:2'))).toBe(false);
    expect(y.contains(Period.parse('2012-12-31'))).toBe(false);
    expect(y.contains(Period.parse('year:2013:2'))).toBe(false);
    expect(Period.parse('2013-04').contains(y)).toBe(false);
    expect(Period.ETERNITY.contains(y)).toBe(true);
    expect(y.contains(Period.ETERNITY)).toBe(false);
    expect(y.includes('2013-06-30')).toBe(true);
    expect(y.includes('2014-01-01')).toBe(false);
    expect(Period.ETERNITY.includes('1900-01-01')).toBe(true);
  });

  it('offset moves by the period’s own unit', () => {
    expect(Period.parse('2013').offset(-1).key).toBe('2012');
    expect(Period.parse('2013').offset(3).key).toBe('2016');
    expect(Period.parse('2013-01').offset(-1).key).toBe('2012-12');
    expect(Period.parse('2013-11').offset(3).key).toBe('2014-02');
    expect(Period.parse('2013-12-31').offset(1).key).toBe('2014-01-01');
    expect(Period.parse('2012-03-01').offset(-1).key).toBe('2012-02-29');
    expect(Period.parse('month:2013-01:3').offset(1).key).toBe('month:2013-02:3');
    expect(Period.parse('year:2012:2').offset(1).key).toBe('year:2013:2');
    expect(Period.parse('2013-01-31').offset(1, 'month').key).toBe('2013-02-28');
    expect(Period.ETERNITY.offset(5)).toBe(Period.ETERNITY);
  });

  it('offset by another unit must keep the period on its boundaries', () => {
    expect(Period.parse('2013').offset(12, 'month').key).toBe('2014');
    expect(Period.parse('2013-04').offset(1, 'year').key).toBe('2014-04');
    // April moved by one day is not a month: its key would say 2013-04.
    expect(() => Period.parse('2013-04').offset(1, 'day')).toThrow(PeriodError);
    expect(() => Period.parse('2013').offset(1, 'month')).toThrow(PeriodError);
  });

  it('split into months and days', () => {
    const months = Period.parse('2013').split('month');
    expect(months.map((p) => p.key)).toEqual([
      '2013-01',
      '2013-02',
      '2013-03',
      '2013-04',
      '2013-05',
      '2013-06',
      '2013-07',
      '2013-08',
      '2013-09',
      '2013-10',
      '2013-11',
      '2013-12',
    ]);
    expect(months.every((m) => m.unit === 'month' && m.size === 1)).toBe(true);
    expect(
      Period.parse('month:2013-11:3')
        .split('month')
        .map((p) => p.key),
    ).toEqual(['2013-11', '2013-12', '2014-01']);
    const days = Period.parse('2012-02').split('day');
    expect(days).toHaveLength(29);
    expect(days[28].key).toBe('2012-02-29');
    expect(Period.parse('2012').split('day')).toHaveLength(366);
    expect(Period.parse('2013').monthStarts[11]).toBe('2013-12-01');
    expect(() => Period.ETERNITY.split('month')).toThrow(PeriodError);
    // A day is not made of months: the piece would carry the key 2013-04 but start on the 15th.
    expect(() => Period.parse('2013-04-15').split('month')).toThrow("'2013-04-15' cannot be split into months");
    expect(() => Period.parse('day:2013-04-01:30').split('month')).toThrow(PeriodError);
    expect(
      Period.parse('day:2013-04-01:3')
        .split('day')
        .map((p) => p.key),
    ).toEqual(['2013-04-01', '2013-04-02', '2013-04-03']);
  });

  it('splits equal periods once: the parts are shared, and other periods (a quarter, a range of days) get their own', () => {
    const year = Period.parse('2013').split('day');
    expect(Period.year(2013).split('day')).toBe(year);
    expect(Period.parse('2014').split('day')).not.toBe(year);
    expect(Period.parse('2014').split('day')[0].key).toBe('2014-01-01');
    // Same start, other size or unit: other parts.
    expect(
      Period.parse('month:2013-01:3')
        .split('month')
        .map((p) => p.key),
    ).toEqual(['2013-01', '2013-02', '2013-03']);
    expect(Period.parse('month:2013-01:2').split('month')).toHaveLength(2);
    expect(Period.parse('2013-01').split('day')).toHaveLength(31);
    expect(Period.parse('day:2013-01-01:31').split('day')).toHaveLength(31);
    expect(Period.parse('day:2013-01-01:31').split('day')).not.toBe(year);
  });

  it('counts days', () => {
    expect(Period.parse('2012').days).toBe(366);
    expect(Period.parse('2013').days).toBe(365);
    expect(Period.parse('2000').days).toBe(366);
    expect(Period.parse('1900').days).toBe(365);
    expect(Period.parse('2012-02').days).toBe(29);
    expect(Period.parse('2013-02').days).toBe(28);
    expect(Period.parse('month:2013-01:3').days).toBe(90);
    expect(Period.parse('year:2012:2').days).toBe(731);
    expect(Period.parse('day:2013-04-15:10').days).toBe(10);
    expect(Period.parse('2013').year).toBe(2013);
  });
});

describe('instants', () => {
  it('validates calendar dates', () => {
    expect(isInstant('2012-02-29')).toBe(true);
    expect(isInstant('2013-02-29')).toBe(false);
    expect(isInstant('2000-02-29')).toBe(true);
    expect(isInstant('1900-02-29')).toBe(false);
    expect(isInstant('2013-04-31')).toBe(false);
    expect(isInstant('2013-4-1')).toBe(false);
    expect(isInstant(20130401)).toBe(false);
    expect(daysInMonth(2012, 2)).toBe(29);
    expect(daysInMonth(2013, 12)).toBe(31);
  });

  it('day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(fromDayNumber(15_706)).toBe('2013-01-01');
    expect(addDays('2012-12-31', 1)).toBe('2013-01-01');
    expect(addDays('2013-03-01', -1)).toBe('2013-02-28');
    expect(addMonths('2013-01-31', 1)).toBe('2013-02-28');
    expect(addMonths('2013-01-01', -13)).toBe('2011-12-01');
  });

  it('day numbers round-trip for every year 0001–9999 (seeded sample)', () => {
    const rand = mulberry32(20130415);
    for (let k = 0; k < 5000; k++) {
      const y = randInt(rand, 1, 9999);
      const m = randInt(rand, 1, 12);
      const d = randInt(rand, 1, daysInMonth(y, m));
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(isInstant(text)).toBe(true);
      expect(fromDayNumber(dayNumber(text))).toBe(text);
      expect(fromDayNumber(dayNumber(text) + 1)).toBe(addDays(text, 1));
    }
    // Years below 100 are real years, not 1900–1999.
    expect(dayNumber('0050-01-01')).toBeLessThan(dayNumber('1950-01-01'));
    expect(isInstant('0004-02-29')).toBe(true);
    expect(isInstant('0100-02-29')).toBe(false);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(Period.parse('0001').days).toBe(365);
  });
});
