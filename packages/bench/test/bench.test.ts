import { getSystem, SIZE_CLASSES } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { asOutputs, checkEdgeCases, compileBenchPlan } from '../src/engine.ts';
import { firstDifference, groupIndex, groupIndexOfCodes, handLoop, handParams } from '../src/hand.ts';
import { caseRecords, checkCases } from '../src/per-case.ts';
import { EDGE_CASES, engineColumns, generatePopulation, industryStrings } from '../src/population.ts';

// Not a timed test: the generator, the engine and the hand loop must agree exactly.
describe('bench: engine and hand loop agree', () => {
  const n = 20_000;
  const pop = generatePopulation(n);
  const columns = engineColumns(pop);
  const plan = compileBenchPlan(2013);
  const engine = asOutputs(plan.run(columns, n));
  const params = handParams(getSystem(), 2013);
  const hand = handLoop(params, { ...columns, group: groupIndexOfCodes(params, pop.industryIndex) }, n);

  it('gives identical size_class, is_small_low_profit and corporate_income_tax for 20,000 enterprises', () => {
    expect(firstDifference(hand, engine, n)).toBeUndefined();
  });

  it('pre-decodes the same group index from the industry texts as from the population codes', () => {
    expect(groupIndex(params, industryStrings(pop.industryIndex))).toEqual(groupIndexOfCodes(params, pop.industryIndex));
  });

  it('gets the exact-precision edge cases right (bounds, 10^12 yuan, half-fen rounding)', () => {
    expect(() => checkEdgeCases(engine, n, 'engine')).not.toThrow();
    expect(() => checkEdgeCases(hand, n, 'hand loop')).not.toThrow();
  });

  it('is deterministic for a seed and spreads over every size class and both sides of the small low-profit test', () => {
    const again = generatePopulation(n);
    expect(again.taxable_income).toEqual(pop.taxable_income);
    expect(again.industryIndex).toEqual(pop.industryIndex);
    const counts = SIZE_CLASSES.map((_, k) => engine.size_class.filter((c) => c === k).length);
    expect(counts.every((c) => c > n / 50)).toBe(true);
    const slp = engine.is_small_low_profit.reduce((s, v) => s + v, 0);
    expect(slp).toBeGreaterThan(n / 20);
    expect(slp).toBeLessThan(n - n / 20);
  });

  it('gives the same answers one enterprise at a time (decodeRecords → plan.run(…, 1) → cellValue)', () => {
    const count = EDGE_CASES.length + 200;
    expect(() => checkCases(plan, caseRecords(pop, count), hand)).not.toThrow();
  });
});
