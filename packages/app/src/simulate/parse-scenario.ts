import {
  formatMoney,
  type Instant,
  interpolate,
  isInstant,
  type Labels,
  type Parameter,
  type ParameterScalar,
  type ParameterUnit,
  parseMoney,
  type TaxBenefitSystem,
} from '@xiaowei/engine';
import { ENTITLEMENTS } from '@xiaowei/policy';
import type { Problem } from '../problems/problem.ts';
import { CHANGE_KINDS, type Scenario, type ScenarioChange } from './scenario.ts';
import { SCENARIO_MESSAGES, type ScenarioMessageCode } from './scenario-messages.ts';

export const MAX_CHANGES = 100;
export const MAX_NAME = 200;
/** Years a scenario may be meant for: the span of the encoded rules (the EIT law of 2008 to the 2020s) with room. */
export const SCENARIO_YEARS = [2008, 2035] as const;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point (as the store's names)
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The measures a scenario may switch off: those with computed entitlements. */
export function switchableMeasures(): string[] {
  return [...new Set(ENTITLEMENTS.map((e) => e.measure))];
}

function problem(code: ScenarioMessageCode, field: string, row: number | undefined, vars: Record<string, unknown> = {}): Problem {
  const template = SCENARIO_MESSAGES[code] as Labels;
  const message = interpolate(template, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v).slice(0, 200)])));
  return {
    ...(row === undefined ? {} : { row }),
    field,
    code: `XW_SCENARIO_${code.toUpperCase()}`,
    message,
    ...('value' in vars ? { value: vars.value } : {}),
  };
}

/** A parameter's new value in its unit, normalised (money as exact yuan text), or the problem with it. */
export function parameterValue(
  param: Pick<Parameter, 'metadata' | 'entries'>,
  raw: unknown,
  row: number | undefined,
): ParameterScalar | Problem {
  return valueInUnit(param.metadata.unit, param.entries, raw, row);
}

function valueInUnit(
  unit: ParameterUnit | undefined,
  entries: Parameter['entries'],
  raw: unknown,
  row: number | undefined,
): ParameterScalar | Problem {
  if (raw === undefined || raw === null || raw === '') return problem('value_required', 'value', row);
  const numeric = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : Number.NaN;
  switch (unit) {
    case 'currency': {
      const fen = typeof raw === 'number' || typeof raw === 'string' ? parseMoney(raw) : undefined;
      if (fen === undefined || fen < 0) return problem('not_an_amount', 'value', row, { value: raw });
      return formatMoney(fen);
    }
    case '/1': {
      // Rates of this law are fractions; a parameter whose history goes above 1 (an additional deduction of 100%) may too.
      const max = Math.max(1, ...entries.map((e) => (typeof e.value === 'number' ? e.value : 0)));
      if (!Number.isFinite(numeric) || numeric < 0 || numeric > max) return problem('not_a_rate', 'value', row, { value: raw, max });
      return numeric;
    }
    case 'person':
    case 'month':
    case 'year':
    case 'day':
    case 'count':
      if (!Number.isSafeInteger(numeric) || numeric < 0) return problem('not_a_count', 'value', row, { value: raw, unit });
      return numeric;
    case 'boolean':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      return problem('not_a_boolean', 'value', row, { value: raw });
    case 'code':
    case 'text':
      if (typeof raw !== 'string' || raw.trim() === '') return problem('not_text', 'value', row, { value: raw });
      return raw.trim();
    default: {
      // No unit: the type of the values in its history.
      const sample = entries.find((e) => e.value !== null)?.value;
      if (typeof sample === 'boolean') return valueInUnit('boolean', entries, raw, row);
      if (typeof sample === 'string') return valueInUnit('text', entries, raw, row);
      if (!Number.isFinite(numeric)) return problem('not_a_number', 'value', row, { value: raw });
      return numeric;
    }
  }
}

function date(raw: unknown, field: string, row: number, problems: Problem[]): Instant | undefined {
  if (isInstant(raw)) return raw;
  problems.push(problem('bad_date', field, row, { value: raw ?? '' }));
  return undefined;
}

function until(raw: unknown, from: Instant | undefined, row: number, problems: Problem[]): Instant | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const d = date(raw, 'until', row, problems);
  if (d !== undefined && from !== undefined && d < from) problems.push(problem('until_before_from', 'until', row, { value: d, from }));
  return d;
}

/** One change (row `row`, from 1), checked against the parameter tree and the measures. */
function parseChange(system: TaxBenefitSystem, raw: unknown, row: number, problems: Problem[]): ScenarioChange | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(problem('bad_kind', 'kind', row, { value: JSON.stringify(raw) ?? '', kinds: CHANGE_KINDS.join(', ') }));
    return undefined;
  }
  const r = raw as Record<string, unknown>;
  const before = problems.length;
  const from = date(r.from, 'from', row, problems);
  const end = until(r.until, from, row, problems);
  const span = { from: from as Instant, ...(end ? { until: end } : {}) };
  switch (r.kind) {
    case 'parameter': {
      const path = typeof r.path === 'string' ? r.path.trim().replace(/\//g, '.') : '';
      const item = path === '' ? undefined : system.parameters.find(path);
      if (item === undefined) {
        problems.push(problem('unknown_parameter', 'path', row, { value: r.path ?? '' }));
        return undefined;
      }
      if (item.kind !== 'parameter') {
        problems.push(problem('not_a_leaf', 'path', row, { value: path }));
        return undefined;
      }
      const value = parameterValue(item, r.value, row);
      if (typeof value === 'object') {
        problems.push(value);
        return undefined;
      }
      return problems.length === before ? { kind: 'parameter', path, value, ...span } : undefined;
    }
    case 'measure_off': {
      const known = switchableMeasures();
      if (typeof r.measure !== 'string' || !known.includes(r.measure)) {
        problems.push(problem('unknown_measure', 'measure', row, { value: r.measure ?? '', known: known.join(', ') }));
        return undefined;
      }
      return problems.length === before ? { kind: 'measure_off', measure: r.measure, ...span } : undefined;
    }
    case 'copy_values': {
      const source = date(r.source, 'source', row, problems);
      const path = typeof r.path === 'string' && r.path.trim() !== '' ? r.path.trim().replace(/\//g, '.') : undefined;
      const item = path === undefined ? system.parameters : system.parameters.find(path);
      if (item === undefined) {
        problems.push(problem('unknown_parameter', 'path', row, { value: path ?? '' }));
        return undefined;
      }
      if (
        source !== undefined &&
        copiedLeaves(item.kind === 'parameter' ? [item] : [...('leaves' in item ? item.leaves() : [])], source).length === 0
      ) {
        problems.push(problem('no_value_on_source', 'source', row, { value: source, path: path ?? '' }));
      }
      return problems.length === before
        ? { kind: 'copy_values', source: source as Instant, ...span, ...(path ? { path } : {}) }
        : undefined;
    }
    default:
      problems.push(problem('bad_kind', 'kind', row, { value: r.kind ?? '', kinds: CHANGE_KINDS.join(', ') }));
      return undefined;
  }
}

/** The leaves that have a value on `source` (those a copy_values change carries over). */
export function copiedLeaves(leaves: readonly Parameter[], source: Instant): Parameter[] {
  return leaves.filter((p) => {
    const entry = p.entryAt(source);
    return entry !== undefined && entry.value !== null;
  });
}

export interface ParsedScenario {
  /** The scenario when there is no problem. */
  readonly scenario?: Scenario;
  /** Every problem: `row` is the change's position from 1, absent for the scenario's own fields. */
  readonly problems: readonly Problem[];
}

/**
 * Reads a scenario as JSON or YAML give it (`{ name, description?, base_year, changes: [{ kind, … }] }`) and
 * checks it against the parameter tree of `system`: unknown paths, groups given as leaves, values of the wrong
 * unit or type, bad dates and unknown measures are problems with row (the change) and field, in every
 * language. All or nothing: a scenario with a problem is not returned.
 * @example parseScenario(getSystem(), { name: 'x', base_year: 2016, changes: [{ kind: 'parameter',
 *   path: 'tax.corporate_income_tax.small_low_profit.taxable_income_limit', value: 500000, from: '2016-01-01' }] })
 */
export function parseScenario(system: TaxBenefitSystem, raw: unknown): ParsedScenario {
  const problems: Problem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { problems: [problem('not_an_object', '', undefined)] };
  const r = raw as Record<string, unknown>;
  const name = typeof r.name === 'string' ? r.name.normalize('NFC').trim() : '';
  if (name === '') problems.push(problem('name_required', 'name', undefined));
  else if (name.length > MAX_NAME) problems.push(problem('name_too_long', 'name', undefined, { max: MAX_NAME }));
  else if (CONTROL.test(name)) problems.push(problem('name_control', 'name', undefined));
  const description = typeof r.description === 'string' && r.description.trim() !== '' ? r.description.trim().slice(0, 2000) : undefined;
  const yearRaw = r.base_year ?? r.baseYear;
  const year =
    typeof yearRaw === 'number' ? yearRaw : typeof yearRaw === 'string' && /^\d{4}$/.test(yearRaw.trim()) ? Number(yearRaw) : Number.NaN;
  if (!Number.isInteger(year) || year < SCENARIO_YEARS[0] || year > SCENARIO_YEARS[1]) {
    problems.push(problem('bad_year', 'base_year', undefined, { value: yearRaw ?? '', min: SCENARIO_YEARS[0], max: SCENARIO_YEARS[1] }));
  }
  const list = Array.isArray(r.changes) ? r.changes : [];
  if (list.length === 0) problems.push(problem('no_changes', 'changes', undefined));
  if (list.length > MAX_CHANGES) problems.push(problem('too_many_changes', 'changes', undefined, { max: MAX_CHANGES }));
  const changes = list.slice(0, MAX_CHANGES).map((c, i) => parseChange(system, c, i + 1, problems));
  if (problems.length > 0) return { problems };
  return {
    scenario: { name, ...(description ? { description } : {}), baseYear: year, changes: changes as ScenarioChange[] },
    problems,
  };
}
