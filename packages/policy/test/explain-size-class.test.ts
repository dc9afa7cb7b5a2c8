import { cellValue, Period, Plan } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { explainSizeClass, getSystem, INDUSTRY_GROUPS, type IndustryGroup } from '../src/index.ts';

const system = getSystem();
const period = Period.parse('2013');

describe('size-class explanation', () => {
  it('names the indicator that decided, in every language', () => {
    const e = explainSizeClass(system, 'industry', { employees: 300, revenue: 1_999_999_900, total_assets: 0 }, period);
    expect(e.sizeClass).toBe('small');
    expect(e.decidingTier).toBe('medium');
    expect(e.checks).toEqual([{ indicator: 'revenue', value: 1_999_999_900, bound: 2_000_000_000, met: false }]);
    expect(e.text.en).toBe('small, not medium: revenue 19,999,999 yuan is below 20,000,000 yuan');
    expect(e.text['zh-CN']).toBe('小型，而非中型：营业收入 19,999,999 元 低于 20,000,000 元');
    expect(e.text.ko).toBe('소기업(중기업 아님): 영업수입 19,999,999위안이 20,000,000위안 미만');
  });

  it('explains the year 2011 with the bounds of 2011-06-18 (ADR 0004)', () => {
    const e = explainSizeClass(system, 'retail', { employees: 9, revenue: 100_000_000, total_assets: 0 }, Period.parse('2011'));
    expect(e.sizeClass).toBe('micro');
    expect(e.text.en).toBe('micro, not small: employees 9 is below 10');
  });

  it('lists every bound met by a large enterprise', () => {
    const e = explainSizeClass(system, 'retail', { employees: 300, revenue: 20_000_000_000, total_assets: 0 }, period);
    expect(e.sizeClass).toBe('large');
    expect(e.text.en).toBe('large: employees 300 ≥ 300, revenue 200,000,000 yuan ≥ 200,000,000 yuan');
  });

  it('explains micro by the small bounds missed', () => {
    const e = explainSizeClass(system, 'wholesale', { employees: 4, revenue: 500_000_00, total_assets: 0 }, period);
    expect(e.sizeClass).toBe('micro');
    expect(e.text.en).toBe('micro, not small: employees 4 is below 5, revenue 500,000 yuan is below 10,000,000 yuan');
  });

  it('against a smaller claimed class, names the bounds of its own tier that it meets', () => {
    // Agriculture: medium from revenue 5,000,000 yuan (300号). At the bound, one fen below, one fen above.
    const at = explainSizeClass(system, 'agriculture', { employees: 0, revenue: 500_000_000, total_assets: 0 }, period, 'small');
    expect(at.sizeClass).toBe('medium');
    expect(at.decidingTier).toBe('medium');
    expect(at.text.en).toBe('medium, not small: revenue 5,000,000 yuan ≥ 5,000,000 yuan');
    expect(at.text['zh-CN']).toBe('中型，而非小型：营业收入 5,000,000 元 ≥ 5,000,000 元');
    expect(at.text.ko).toBe('중기업(소기업 아님): 영업수입 5,000,000위안 ≥ 5,000,000위안');
    const above = explainSizeClass(system, 'agriculture', { employees: 0, revenue: 500_000_001, total_assets: 0 }, period, 'micro');
    expect(above.text.en).toBe('medium, not micro: revenue 5,000,000.01 yuan ≥ 5,000,000 yuan');
    // One fen below the bound the figures make it small: a "small" claim agrees, the usual reason stands.
    const below = explainSizeClass(system, 'agriculture', { employees: 0, revenue: 499_999_999, total_assets: 0 }, period, 'small');
    expect(below.sizeClass).toBe('small');
    expect(below.text.en).toBe('small, not medium: revenue 4,999,999.99 yuan is below 5,000,000 yuan');
    // A larger claim than the figures give keeps the reason it is not that tier.
    const bigger = explainSizeClass(system, 'agriculture', { employees: 0, revenue: 499_999_999, total_assets: 0 }, period, 'large');
    expect(bigger.text.en).toBe('small, not medium: revenue 4,999,999.99 yuan is below 5,000,000 yuan');
  });

  it('agrees with the size_class formula on a grid around every bound of every group', () => {
    const plan = Plan.compile(system, { entity: 'enterprise', period, outputs: ['size_class'] });
    const rows: { group: IndustryGroup; e: number; r: number; a: number }[] = [];
    const points = (b: number[]) => [...new Set(b.flatMap((x) => [x - 1, x, x + 1]).filter((x) => x >= 0))];
    for (const group of INDUSTRY_GROUPS) {
      const bounds = (ind: string) =>
        (['large', 'medium', 'small'] as const).flatMap((t) => {
          const p = `classification.size_standard.${group}.${t}.${ind}`;
          return system.parameters.find(p) ? [system.parameterAt(p, period.start).value as number] : [0];
        });
      for (const e of points(bounds('employees')))
        for (const r of points(bounds('revenue'))) for (const a of points(bounds('total_assets'))) rows.push({ group, e, r, a });
    }
    const n = rows.length;
    const result = plan.run(
      {
        industry: rows.map((x) => x.group),
        employees: Float64Array.from(rows, (x) => x.e),
        revenue: Float64Array.from(rows, (x) => x.r),
        total_assets: Float64Array.from(rows, (x) => x.a),
      },
      n,
    );
    const v = system.variable('size_class');
    let mismatches = 0;
    rows.forEach((x, i) => {
      const explained = explainSizeClass(system, x.group, { employees: x.e, revenue: x.r, total_assets: x.a }, period).sizeClass;
      if (explained !== cellValue(v, result.size_class, i)) mismatches++;
    });
    expect(n).toBeGreaterThan(1000);
    expect(mismatches).toBe(0);
  });
});
