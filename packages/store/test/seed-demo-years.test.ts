import { describe, expect, it } from 'vitest';
import { DEMO_SERVICE_YEARS, demoRows } from '../src/index.ts';

/**
 * The demo registry the service seeds reaches 2016 so that a what-if scenario of 2016 (the small low-profit
 * limit 300,000 → 500,000 yuan) has enterprises it changes; the years before stay exactly as the tests know them.
 */
describe('demo seed years', () => {
  it('adds 2016 without changing a figure of 2012–2015', () => {
    expect(DEMO_SERVICE_YEARS).toEqual([2012, 2016]);
    const before = [...demoRows(200, [2012, 2015])];
    const withYear = [...demoRows(200, DEMO_SERVICE_YEARS)];
    expect(withYear.filter((r) => r.year <= 2015)).toEqual(before);
    expect(withYear.filter((r) => r.year === 2016).length).toBe(200);
  });

  it('has 2016 enterprises between the two limits (taxable income over 300,000 and at most 500,000 yuan)', () => {
    const between = [...demoRows(200, DEMO_SERVICE_YEARS)].filter(
      (r) => r.year === 2016 && (r.taxableIncomeFen ?? 0) > 30_000_000 && (r.taxableIncomeFen ?? 0) <= 50_000_000,
    );
    expect(between.length).toBeGreaterThan(0);
  });
});
