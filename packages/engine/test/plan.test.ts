/**
 * Plan vs Simulation conformance: the compiled, chunked, arena-allocated plan must give exactly the
 * columns the lazy simulation gives, for any population, chunk size and period (Hono's shared
 * conformance suite idea: one check, run against each configuration).
 */
import { describe, expect, it } from 'vitest';
import {
  type Column,
  DEFAULT_CHUNK,
  DefinitionError,
  dayNumber,
  EngineError,
  Plan,
  Simulation,
  type TaxBenefitSystem,
} from '../src/index.ts';
import { PLAN_OUTPUTS, populationOf, randomHouseholds, toySystem } from './helpers/toy.ts';

const system = toySystem();

/** Fails with the variable, member and both values at the first difference (bit-exact, -0 ≠ 0). */
function expectSameColumn(id: string, got: Column, want: Column): void {
  expect(got.constructor.name, id).toBe(want.constructor.name);
  expect(got.length, id).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (!Object.is(got[i], want[i])) expect({ id, member: i, value: got[i] }).toEqual({ id, member: i, value: want[i] });
  }
}

/** The conformance check: every output of the plan equals the simulation's column, for each chunk size. */
export function checkConformance(
  sys: TaxBenefitSystem,
  n: number,
  seed: number,
  period: string,
  chunks: readonly (number | undefined)[],
): void {
  const columns = randomHouseholds(n, seed, period);
  const sim = new Simulation(sys, populationOf(sys, n, period, columns));
  const plan = Plan.compile(sys, { entity: 'household', period, outputs: PLAN_OUTPUTS });
  const expected = Object.fromEntries(PLAN_OUTPUTS.map((id) => [id, sim.calculate(id, period)]));
  for (const chunk of chunks) {
    const got = chunk === undefined ? plan.run(columns, n) : plan.run(columns, n, chunk);
    expect(Object.keys(got).sort()).toEqual([...PLAN_OUTPUTS].sort());
    for (const id of PLAN_OUTPUTS) expectSameColumn(`${id} (chunk ${chunk ?? 'default'})`, got[id], expected[id]);
  }
}

describe('Plan ≡ Simulation', () => {
  it.each(['2013', '2016'])('10,000 random households in %s, chunks 1, 7, 4096 and default', (period) => {
    checkConformance(system, 10_000, 2013, period, [1, 7, 4096, undefined]);
  });

  it.each([0, 1, 2, 4095, 4096, 4097])('n = %i', (n) => {
    checkConformance(system, n, 7 + n, '2014', [1, 3, DEFAULT_CHUNK, undefined]);
  });

  it('n = 0 gives empty columns of the right types', () => {
    const plan = Plan.compile(system, { entity: 'household', period: 2013, outputs: ['tax', 'band', 'is_poor'] });
    const out = plan.run({}, 0);
    expect(out.tax).toEqual(new Float64Array(0));
    expect(out.band).toEqual(new Uint8Array(0));
    expect(out.is_poor).toEqual(new Uint8Array(0));
  });

  it('n = 1, one household by hand', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['net_income', 'benefit', 'band'] });
    const out = plan.run(
      { income: Float64Array.of(500_000), size: Float64Array.of(2), region: Uint8Array.of(1), owner_age: Float64Array.of(70) },
      1,
    );
    expect(out.net_income).toEqual(Float64Array.of(580_055));
    expect(out.benefit).toEqual(Float64Array.of(130_055));
    expect(out.band).toEqual(Uint8Array.of(0));
  });

  it('a missing input takes its default, as in a simulation', () => {
    const n = 500;
    const all = randomHouseholds(n, 99, '2013');
    const { owner_age: _age, region: _region, size: _size, ...columns } = all;
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: PLAN_OUTPUTS });
    const got = plan.run(columns, n, 64);
    const sim = new Simulation(system, populationOf(system, n, '2013', columns));
    for (const id of PLAN_OUTPUTS) expectSameColumn(id, got[id], sim.calculate(id, '2013'));
    // Default owner age 40 < 60 and not disabled: senior only where disabled.
    expectSameColumn('senior', got.senior, all.disabled);
  });

  it('an input at another period is only taken from `id@period`, never from the plain id', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['income_change'] });
    const income = Float64Array.of(500_000, 100);
    // No income for 2012 given: it takes the default 0, as a simulation would.
    expect(plan.run({ income }, 2).income_change).toEqual(Float64Array.of(500_000, 100));
    expect(new Simulation(system, populationOf(system, 2, '2013', { income })).calculate('income_change', 2013)).toEqual(
      Float64Array.of(500_000, 100),
    );
    expect(plan.run({ income, 'income@2012': Float64Array.of(400_000, 300) }, 2).income_change).toEqual(Float64Array.of(100_000, -200));
    expect(plan.run({ 'income@2013': income }, 2).income_change).toEqual(Float64Array.of(500_000, 100));
  });

  it('eternal inputs are taken by their plain id', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['years_since_founded'] });
    const founded = Int32Array.of(dayNumber('2003-06-01'), dayNumber('2012-12-31'));
    expect(plan.run({ founded }, 2).years_since_founded).toEqual(Float64Array.of(9, 0));
    expect(plan.run({ 'founded@eternity': founded }, 2).years_since_founded).toEqual(Float64Array.of(9, 0));
  });

  it('lists its inputs with their periods and its outputs', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['annual_rent', 'tax'] });
    expect(plan.period.key).toBe('2013');
    expect(plan.outputs.map((v) => v.id)).toEqual(['annual_rent', 'tax']);
    const inputs = plan.inputs.map((i) => `${i.variable.id}@${i.period.key}`);
    expect(inputs.filter((k) => k.startsWith('rent@'))).toHaveLength(12);
    expect(inputs).toContain('rent@2013-07');
    expect(inputs).toContain('income@2013');
    expect(inputs).toContain('size@2013');
    expect(inputs).toHaveLength(14);
  });

  it('rejects outputs that follow links with code plan_links', () => {
    for (const [entity, output] of [
      ['person', 'household_income'],
      ['person', 'household_poor'],
      ['person', 'has_household'],
      ['household', 'member_count'],
      ['household', 'has_child'],
    ]) {
      let error: unknown;
      try {
        Plan.compile(system, { entity, period: '2013', outputs: [output] });
      } catch (e) {
        error = e;
      }
      expect(error, output).toBeInstanceOf(EngineError);
      expect((error as EngineError).code, output).toBe('plan_links');
      expect((error as EngineError).message).toContain(output);
    }
  });

  it('rejects outputs of another entity, unknown outputs, bad periods and inputs of the wrong length', () => {
    expect(() => Plan.compile(system, { entity: 'person', period: '2013', outputs: ['tax'] })).toThrow(DefinitionError);
    expect(() => Plan.compile(system, { entity: 'household', period: '2013', outputs: ['nope'] })).toThrow("unknown variable 'nope'");
    expect(() => Plan.compile(system, { entity: 'household', period: '2013-05', outputs: ['tax'] })).toThrow('tax is defined per year');
    expect(() => Plan.compile(system, { entity: 'household', period: '2020', outputs: ['tax'] })).toThrow('not defined for 2020');
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['tax'] });
    let error: unknown;
    try {
      plan.run({ income: Float64Array.of(1, 2) }, 3);
    } catch (e) {
      error = e;
    }
    expect((error as EngineError).code).toBe('input_length');
    expect((error as EngineError).message).toBe('input income: 2 values for 3 members');
  });
});

describe('arena reuse', () => {
  it('a plan run twice gives identical results', () => {
    const n = 3000;
    const columns = randomHouseholds(n, 5, '2013');
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: PLAN_OUTPUTS });
    for (const chunk of [7, 1024, DEFAULT_CHUNK]) {
      const first = plan.run(columns, n, chunk);
      const second = plan.run(columns, n, chunk);
      for (const id of PLAN_OUTPUTS) {
        expect(second[id]).not.toBe(first[id]);
        expectSameColumn(id, second[id], first[id]);
      }
    }
  });

  it('the results of a run are not changed by the next run', () => {
    const n = 1000;
    const a = randomHouseholds(n, 1, '2013');
    const b = randomHouseholds(n, 2, '2013');
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: PLAN_OUTPUTS });
    for (const chunk of [n, 7, DEFAULT_CHUNK]) {
      const first = plan.run(a, n, chunk);
      const snapshot = Object.fromEntries(Object.entries(first).map(([id, col]) => [id, col.slice()]));
      const second = plan.run(b, n, chunk);
      for (const id of PLAN_OUTPUTS) expectSameColumn(id, first[id], snapshot[id] as Column);
      // And the second run is right, not a leftover of the first.
      const sim = new Simulation(system, populationOf(system, n, '2013', b));
      for (const id of PLAN_OUTPUTS) expectSameColumn(id, second[id], sim.calculate(id, '2013'));
    }
  });

  it('outputs are copies: inputs are never aliased or modified', () => {
    const columns = randomHouseholds(10, 3, '2013');
    const income = columns.income as Float64Array;
    const before = income.slice();
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: ['income', 'tax'] });
    const out = plan.run(columns, 10);
    expect(out.income).not.toBe(income);
    expectSameColumn('income', out.income, before);
    (out.income as Float64Array).fill(0);
    expectSameColumn('income', income, before);
  });

  it('runs of different sizes on one plan do not interfere', () => {
    const plan = Plan.compile(system, { entity: 'household', period: '2013', outputs: PLAN_OUTPUTS });
    const big = randomHouseholds(100, 8, '2013');
    const small = randomHouseholds(3, 9, '2013');
    const bigFirst = plan.run(big, 100, 16);
    plan.run(small, 3, 16);
    const bigAgain = plan.run(big, 100, 16);
    for (const id of PLAN_OUTPUTS) expectSameColumn(id, bigAgain[id], bigFirst[id]);
  });
});
