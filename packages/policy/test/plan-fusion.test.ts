import { Categorical, type Column, Plan } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { getSystem } from '../src/index.ts';

// A fused plan (one generated loop) must give exactly what the same plan gives step by step: the same
// columns, and the same error (message, member, field) where the step-by-step run stops.
const system = getSystem();
const enterpriseFormulas = [...system.variables.values()].filter((v) => v.entity === 'enterprise' && v.formulas !== undefined);
const YEARS = [2011, 2013, 2015, 2017, 2019, 2022, 2027];
const INDUSTRIES = ['C3311', 'industry', 'F5211', 'retail', 'K7010', 'E4700', 'L', 'I6510', 'other', 'B0610', 'agriculture', 'J6610'];

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inputs of `plan` for `n` members, drawn around the bounds of the rules; `industries` chooses the industry codes. */
function inputsFor(plan: Plan, n: number, seed: number, industries: readonly string[]): Record<string, Column | Categorical> {
  const rand = rng(seed);
  const columns: Record<string, Column | Categorical> = {};
  for (const input of plan.inputs) {
    const v = input.variable;
    const key = input.plain ? v.id : input.key;
    switch (v.valueType) {
      case 'number':
        columns[key] = Float64Array.from({ length: n }, () => Math.floor(rand() * 400) + (rand() < 0.1 ? 0.5 : 0));
        break;
      case 'money':
        columns[key] = Float64Array.from({ length: n }, () => Math.round((rand() - 0.1) * 10 ** (2 + rand() * 10)));
        break;
      case 'boolean':
        columns[key] = Uint8Array.from({ length: n }, () => (rand() < 0.2 ? 1 : 0));
        break;
      case 'enum':
        columns[key] = Uint8Array.from({ length: n }, () => Math.floor(rand() * (v.possibleValues?.length ?? 1)));
        break;
      case 'date':
        // 2005-01-01 to about 2027.
        columns[key] = Int32Array.from({ length: n }, () => 12784 + Math.floor(rand() * 8400));
        break;
      case 'string':
        if (v.id === 'industry') {
          const texts = Array.from({ length: n }, () => industries[Math.floor(rand() * industries.length)]);
          columns[key] = seed % 2 === 0 ? texts : Categorical.encode(texts);
        }
        break;
    }
  }
  return columns;
}

function outcome(plan: Plan, columns: Record<string, Column | Categorical>, n: number) {
  try {
    return { result: plan.run(columns, n) };
  } catch (e) {
    return { error: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) };
  }
}

describe('fused plans ≡ step-by-step plans', () => {
  it('fuses the bench outputs and the income-tax relief (a change that stops it shows here, not only in the bench)', () => {
    for (const year of [2013, 2015, 2019]) {
      const plan = Plan.compile(system, {
        entity: 'enterprise',
        period: year,
        outputs: ['size_class', 'is_small_low_profit', 'corporate_income_tax', 'corporate_income_tax_relief'],
      });
      expect(plan.fused, String(year)).toBe(true);
    }
  });

  it('gives the same columns or the same error for every enterprise formula, in every encoded era', () => {
    let compared = 0;
    let fusedCount = 0;
    for (const year of YEARS) {
      for (const v of enterpriseFormulas) {
        let fused: Plan;
        let stepwise: Plan;
        try {
          fused = Plan.compile(system, { entity: 'enterprise', period: year, outputs: [v.id] });
          stepwise = Plan.compile(system, { entity: 'enterprise', period: year, outputs: [v.id], fuse: false });
        } catch {
          continue; // not encoded for the year, or follows links: no plan either way
        }
        if (fused.fused) fusedCount++;
        expect(stepwise.fused).toBe(false);
        // Valid codes (some outside the size standard: finance), then members with an absent figure.
        for (const [seed, n] of [
          [year * 10 + 1, 3000],
          [year * 10 + 2, 1],
          [year * 10 + 3, 5000],
        ] as const) {
          const columns = inputsFor(fused, n, seed, seed % 10 === 3 ? INDUSTRIES.slice(0, 8) : INDUSTRIES);
          if (seed % 10 === 3) {
            for (const input of fused.inputs) {
              const col = columns[input.plain ? input.variable.id : input.key];
              if (input.variable.absentable && col instanceof Float64Array) col[4321] = Number.NaN;
            }
          }
          const a = outcome(fused, columns, n);
          const b = outcome(stepwise, columns, n);
          expect(a, `${v.id} ${year} seed ${seed}`).toEqual(b);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(fusedCount).toBeGreaterThan(50);
  });

  it('falls back to the step-by-step run for the exact error: a code outside the size standard, an absent figure', () => {
    const plan = Plan.compile(system, { entity: 'enterprise', period: 2013, outputs: ['size_class', 'corporate_income_tax'] });
    expect(plan.fused).toBe(true);
    const n = 10_000;
    const industry = new Categorical(new Uint8Array(n), ['C3311', 'J6610']);
    industry.codes[7777] = 1;
    const figures = () => Float64Array.from({ length: n }, (_, i) => 100 * (i + 1));
    const columns = { industry, employees: figures(), revenue: figures(), total_assets: figures(), taxable_income: figures() };
    expect(() => plan.run(columns, n)).toThrow(/member 7777/);
    industry.codes[7777] = 0;
    columns.revenue[9000] = Number.NaN;
    expect(() => plan.run(columns, n)).toThrow(/revenue/);
  });
});
