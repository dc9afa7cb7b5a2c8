import { type Column, cellValue, decodeRecords, Period, Plan } from '@xiaowei/engine';
import { loadYamlTests, runYamlTest, type YamlTestCase } from '@xiaowei/engine/testing';
import { describe, expect, it } from 'vitest';
import { getSystem, TESTS_DIR } from '../src/index.ts';

const system = getSystem();
const cases = loadYamlTests(TESTS_DIR);
const files = [...new Set(cases.map((c) => c.file))];

describe('YAML legislation tests', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(300);
  });
  for (const file of files) {
    describe(file, () => {
      for (const c of cases.filter((x) => x.file === file)) {
        it(c.name, () => {
          expect(runYamlTest(system, c).failures).toEqual([]);
        });
      }
    });
  }
});

/** A single-enterprise case in the plain form, with its outputs (null for cases that expect an error). */
function singleCase(c: YamlTestCase): { input: Record<string, unknown>; output: Record<string, unknown> } | undefined {
  const plural = new Set([...system.entities.values()].map((e) => e.plural));
  const input = c.input ?? {};
  const output = c.output ?? {};
  if (c.error !== undefined || Object.keys(input).some((k) => plural.has(k)) || Object.keys(output).some((k) => plural.has(k)))
    return undefined;
  return { input, output };
}

// The compiled plan (chunked, arena-allocated) and the lazy simulation must agree on every case:
// the same law evaluated by both paths (the conformance idea of Hono's shared suite).
describe('plan and simulation agree on every legislation case', () => {
  const singles = cases.map((c) => [c, singleCase(c)] as const).filter(([, s]) => s !== undefined);
  it('has cases to compare', () => {
    expect(singles.length).toBeGreaterThan(250);
  });
  it('gives the expected outputs through a compiled plan', () => {
    const failures: string[] = [];
    let compared = 0;
    for (const [c, s] of singles) {
      if (!s) continue;
      // Outputs that aggregate other entities (a package summing fee events) need a simulation: plans
      // refuse them with 'plan_links', and those outputs are left to the YAML runner above.
      const outputs = Object.keys(s.output).filter((id) => system.variable(id).definitionPeriod !== 'eternity' && plannable(id, c.period));
      if (outputs.length === 0) continue;
      compared++;
      const plan = Plan.compile(system, { entity: 'enterprise', period: Period.parse(c.period), outputs });
      // Each input at the period the plan reads it: a value keyed by period (`{ 2015: true }`) gives that
      // period's, a plain value every period.
      const columns: Record<string, Column> = {};
      for (const input of plan.inputs) {
        const raw = s.input[input.variable.id];
        const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[input.period.key] : raw;
        if (value === undefined) continue;
        const { columns: one, problems } = decodeRecords([input.variable], [{ [input.variable.id]: value }]);
        expect(problems).toEqual([]);
        columns[input.key] = one[input.variable.id];
      }
      const result = plan.run(columns, 1);
      for (const id of outputs) {
        const got = cellValue(system.variable(id), result[id], 0);
        const want = s.output[id];
        const same = typeof got === 'number' ? got === Number(want) : got === want;
        if (!same) failures.push(`${c.file} / ${c.name}: ${id} plan gave ${String(got)}, expected ${String(want)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(250);
  });
});

/** Whether `id` can be compiled into a plan for `period` (it does not read other entities). */
function plannable(id: string, period: string | number): boolean {
  try {
    Plan.compile(system, { entity: 'enterprise', period: Period.parse(period), outputs: [id] });
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'plan_links') return false;
    throw e;
  }
}
