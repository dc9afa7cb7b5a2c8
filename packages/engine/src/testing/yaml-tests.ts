import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { EngineError } from '../errors.ts';
import { Population } from '../evaluation/population.ts';
import { Simulation } from '../evaluation/simulation.ts';
import { MINOR_PER_MAJOR, parseMoney } from '../money/money.ts';
import { dayNumber } from '../periods/instant.ts';
import { Period } from '../periods/period.ts';
import { decodeValue } from '../records/decode-records.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import { type Column, cellValue, defaultColumn } from '../variables/column.ts';
import type { Variable } from '../variables/variable.ts';

/**
 * A legislation test, OpenFisca style:
 * ```yaml
 * - name: industry, 300 employees and 20,000,000 yuan revenue is medium   # the sentence
 *   period: 2013
 *   input: { industry: C, employees: 300, revenue: 20000000 }
 *   output: { size_class: medium }
 *   absolute_error_margin: 0.01   # optional, in the output's unit (yuan for money)
 * ```
 * Inputs of several entities: `input: { tenders: { t1: { … } }, bids: { b1: { tender: t1, … } } }`,
 * outputs likewise by entity and id. A value may be given per period: `revenue: { 2012: 1, 2013: 2 }`.
 * `error: text` expects the evaluation to fail with a message containing `text`.
 */
export interface YamlTestCase {
  readonly name: string;
  readonly period: string | number;
  readonly input?: Record<string, unknown>;
  readonly output?: Record<string, unknown>;
  readonly error?: string;
  readonly absolute_error_margin?: number;
  readonly relative_error_margin?: number;
  /** File the case comes from (relative to the loaded root) and its position in it. */
  readonly file: string;
  readonly index: number;
}

export interface YamlTestResult {
  readonly test: YamlTestCase;
  readonly ok: boolean;
  readonly failures: readonly string[];
}

/** Loads every case of a YAML file, or of every `.yaml` file below a folder (sorted, recursive). */
export function loadYamlTests(path: string, root = path): YamlTestCase[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => {
        const full = join(path, name);
        return statSync(full).isDirectory() || /\.ya?ml$/.test(name) ? loadYamlTests(full, root) : [];
      });
  }
  const data = parse(readFileSync(path, 'utf8')) as unknown;
  const list = Array.isArray(data) ? data : [data];
  const file = relative(root, path) || path;
  return list.map((raw, index) => {
    const c = raw as Partial<YamlTestCase>;
    if (!c || typeof c.name !== 'string' || c.period === undefined || (c.output === undefined && c.error === undefined)) {
      throw new EngineError(`${file} case ${index + 1}: a test needs name, period and output (or error)`, 'bad_test');
    }
    return { ...c, file, index } as YamlTestCase;
  });
}

/** Runs one case against a system. Never throws: failures are returned. */
export function runYamlTest(system: TaxBenefitSystem, test: YamlTestCase): YamlTestResult {
  const failures: string[] = [];
  try {
    const period = Period.parse(test.period);
    const { sim, ids } = buildSimulation(system, test, period);
    for (const [entity, index, variable, expected] of expectations(system, test, ids)) {
      for (const [p, value] of perPeriod(expected)) {
        const col = sim.calculate(variable.id, periodOf(variable, period, p));
        if (test.error !== undefined) continue;
        const problem = compare(variable, col, index, value, test);
        const who = ids.get(entity)?.length === 1 ? '' : `[${ids.get(entity)?.[index]}]`;
        if (problem) failures.push(`${variable.id}${who}<${p?.key ?? period.key}>: ${problem}`);
      }
    }
    if (test.error !== undefined) failures.push(`expected an error containing "${test.error}", but the evaluation succeeded`);
  } catch (e) {
    const message = `${(e as Error).name}: ${(e as Error).message}`;
    if (test.error === undefined) failures.push(message);
    else if (!message.includes(test.error)) failures.push(`expected an error containing "${test.error}", got ${message}`);
  }
  return { test, ok: failures.length === 0, failures };
}

function periodOf(variable: Variable, period: Period, p: Period | undefined): Period {
  return variable.definitionPeriod === 'eternity' ? Period.ETERNITY : (p ?? period);
}

/** Splits a value given per period (`{2012: …, 2013: …}`) from a plain value. */
function perPeriod(value: unknown): Array<[Period | undefined, unknown]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => /^\d{4}(-\d{2}){0,2}$/.test(k))) {
      return keys.map((k) => [Period.parse(k), (value as Record<string, unknown>)[k]]);
    }
  }
  return [[undefined, value]];
}

/** Entity → its records by id, whether the case uses the single-entity or the multi-entity form. */
function groupByEntity(system: TaxBenefitSystem, block: Record<string, unknown>): Map<string, Map<string, Record<string, unknown>>> {
  const byPlural = new Map([...system.entities.values()].map((e) => [e.plural, e.key]));
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  const single: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block)) {
    const entity = byPlural.get(key);
    if (entity) out.set(entity, new Map(Object.entries(value as Record<string, Record<string, unknown>>)));
    else single[key] = value;
  }
  if (Object.keys(single).length > 0) {
    const entity = system.variable(Object.keys(single)[0]).entity;
    const existing = out.get(entity) ?? new Map<string, Record<string, unknown>>();
    existing.set('_', { ...(existing.get('_') ?? {}), ...single });
    out.set(entity, existing);
  }
  return out;
}

function buildSimulation(system: TaxBenefitSystem, test: YamlTestCase, period: Period) {
  const inputs = groupByEntity(system, test.input ?? {});
  // Entities named only in outputs still need their members.
  for (const [entity, records] of groupByEntity(system, test.output ?? {})) {
    if (!inputs.has(entity)) inputs.set(entity, new Map([...records.keys()].map((id) => [id, {}])));
  }
  const population = new Population(system);
  const ids = new Map<string, string[]>();
  for (const [entity, records] of inputs) {
    const list = [...records.keys()];
    ids.set(entity, list);
    population.addEntity(entity, list.length, list);
  }
  for (const [entity, records] of inputs) {
    const def = system.entity(entity);
    const list = [...records.values()];
    const columns = new Map<string, Map<string, Column>>();
    for (let i = 0; i < list.length; i++) {
      for (const [field, raw] of Object.entries(list[i])) {
        const link = def.links?.[field];
        if (link) {
          const target = ids.get(link.entity)?.indexOf(String(raw)) ?? -1;
          if (target < 0) throw new EngineError(`${entity} ${ids.get(entity)?.[i]}: ${field} '${String(raw)}' not found`, 'bad_test');
          let col = population.entity(entity).links.get(field);
          if (!col) {
            col = new Int32Array(list.length).fill(-1);
            population.setLink(entity, field, col);
          }
          col[i] = target;
          continue;
        }
        const variable = system.variable(field);
        if (variable.entity !== entity) throw new EngineError(`${field} is a variable of ${variable.entity}, not ${entity}`, 'bad_test');
        for (const [p, value] of perPeriod(raw)) {
          const key = variable.definitionPeriod === 'eternity' ? 'eternity' : (p ?? period).key;
          let byPeriod = columns.get(field);
          if (!byPeriod) columns.set(field, (byPeriod = new Map()));
          let col = byPeriod.get(key);
          if (!col) byPeriod.set(key, (col = defaultColumn(variable, list.length)));
          const decoded = decodeValue(variable, value);
          if (typeof decoded === 'object') throw new EngineError(`input ${field}: ${decoded.message.en}`, decoded.code);
          (col as unknown[])[i] = decoded;
        }
      }
    }
    for (const [field, byPeriod] of columns) {
      for (const [key, col] of byPeriod) population.setInput(field, Period.parse(key), col);
    }
  }
  return { sim: new Simulation(system, population), ids };
}

function* expectations(
  system: TaxBenefitSystem,
  test: YamlTestCase,
  ids: Map<string, string[]>,
): Generator<[string, number, Variable, unknown]> {
  for (const [entity, records] of groupByEntity(system, test.output ?? {})) {
    for (const [id, fields] of records) {
      const index = id === '_' ? 0 : (ids.get(entity)?.indexOf(id) ?? -1);
      if (index < 0) throw new EngineError(`output for unknown ${entity} '${id}'`, 'bad_test');
      for (const [field, expected] of Object.entries(fields)) yield [entity, index, system.variable(field), expected];
    }
  }
}

function compare(variable: Variable, col: Column, i: number, expected: unknown, test: YamlTestCase): string | undefined {
  const actual = cellValue(variable, col, i);
  const abs = test.absolute_error_margin ?? 0;
  const rel = test.relative_error_margin ?? 0;
  switch (variable.valueType) {
    case 'money': {
      const want = typeof expected === 'number' || typeof expected === 'string' ? parseMoney(expected) : undefined;
      if (want === undefined) return `expected value ${String(expected)} is not an amount`;
      const diff = Math.abs((col[i] as number) - want);
      const allowed = Math.max(abs * MINOR_PER_MAJOR, rel * Math.abs(want));
      return diff <= allowed ? undefined : `expected ${String(expected)}, got ${String(actual)}`;
    }
    case 'number': {
      const want = Number(expected);
      const diff = Math.abs((col[i] as number) - want);
      return diff <= Math.max(abs, rel * Math.abs(want)) ? undefined : `expected ${String(expected)}, got ${String(actual)}`;
    }
    case 'date':
      return (col[i] as number) === dayNumber(String(expected)) ? undefined : `expected ${String(expected)}, got ${String(actual)}`;
    default:
      return actual === expected ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
}
