/**
 * Fused plans (one generated loop, evaluation/fusion.ts) against the same plans run step by step: the
 * same columns bit for bit, for any population and with inputs left to their defaults; formulas the
 * fusion cannot follow leave the plan unfused and still right.
 */
import { describe, expect, it } from 'vitest';
import { type Column, dayNumber, Plan } from '../src/index.ts';
import { PLAN_OUTPUTS, randomHouseholds, toySystem } from './helpers/toy.ts';

const system = toySystem();

function expectSame(got: Record<string, Column>, want: Record<string, Column>): void {
  for (const id of Object.keys(want)) {
    expect(got[id].constructor.name, id).toBe(want[id].constructor.name);
    for (let i = 0; i < want[id].length; i++) {
      if (!Object.is(got[id][i], want[id][i])) expect({ id, member: i, value: got[id][i] }).toEqual({ id, member: i, value: want[id][i] });
    }
  }
}

describe('fused plans', () => {
  const fusable = PLAN_OUTPUTS.filter((id) => Plan.compile(system, { entity: 'household', period: 2013, outputs: [id] }).fused);

  it('fuse most of the toy outputs (each alone and all together)', () => {
    expect(fusable.length).toBeGreaterThan(PLAN_OUTPUTS.length / 2);
    expect(Plan.compile(system, { entity: 'household', period: 2013, outputs: fusable }).fused).toBe(true);
  });

  it.each([1, 2, 4097, 10_000])('give what the step-by-step run gives, n = %i', (n) => {
    for (const period of ['2013', '2014']) {
      const fused = Plan.compile(system, { entity: 'household', period, outputs: fusable });
      const stepwise = Plan.compile(system, { entity: 'household', period, outputs: fusable, fuse: false });
      const columns = randomHouseholds(n, n + 11, period);
      expectSame(fused.run(columns, n), stepwise.run(columns, n));
      // Inputs left to their defaults are read once, before the loop.
      const { owner_age: _a, region: _r, size: _s, ...fewer } = columns;
      expectSame(fused.run(fewer, n), stepwise.run(fewer, n));
    }
  });

  it('leave a formula that reads a column member by member to the step-by-step run', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['years_since_founded'] });
    expect(plan.fused).toBe(false);
    const founded = Int32Array.of(dayNumber('2003-06-01'), dayNumber('2012-12-31'));
    expect(plan.run({ founded }, 2).years_since_founded).toEqual(Float64Array.of(9, 0));
  });
});
