import { describe, expect, it } from 'vitest';
import { defaultReportYear, reportYears } from '../../src/pages/public/entitlements/index.tsx';
import { sizeStandardYears } from '../../src/pages/public/self-check/index.tsx';

describe('the year the public pages start on', () => {
  it('is the current year, computed from the clock, not a year written in the code', () => {
    expect(defaultReportYear(new Date('2026-12-07T09:00:00Z'))).toBe('2026');
    expect(defaultReportYear(new Date('2031-01-01T12:00:00Z'))).toBe('2031');
    expect(defaultReportYear()).toBe(String(new Date().getFullYear()));
  });

  it('is the first of the years offered, which run back to the first year of each page', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(reportYears(now)[0]).toBe(defaultReportYear(now));
    expect(reportYears(now).at(-1)).toBe('2012');
    expect(sizeStandardYears(now)[0]).toBe('2026');
    expect(sizeStandardYears(now).at(-1)).toBe('2011');
  });
});
