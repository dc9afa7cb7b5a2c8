import {
  type Column,
  decodeRecords,
  decodeValue,
  defaultColumn,
  INPUT_MESSAGES,
  interpolate,
  type Labels,
  Period,
  type TaxBenefitSystem,
  type ValueProblem,
  type Variable,
} from '@xiaowei/engine';
import { InputError, type InputProblem } from './cli-error.ts';
import { fieldNames } from './field-names.ts';
import { messageLabels } from './messages.ts';
import { JsonNumberText } from './parse-json-exact.ts';
import type { RecordSet } from './record-set.ts';

/** The values of one variable for one period, and which records give them. */
export interface PeriodValues {
  readonly column: Column;
  readonly given: Uint8Array;
}

/** A record's id as given: text, a JSON number (kept as written), or none. */
export type RecordId = string | JsonNumberText | null;

/** Input records turned into columns, every value checked. */
export interface DecodedInput {
  readonly source: string;
  readonly n: number;
  /** A column for every input variable of the entity (defaults where a value is not given). */
  readonly columns: Readonly<Record<string, Column>>;
  /** Input variables that at least one record gives as a single value (for the asked period). */
  readonly present: ReadonlySet<string>;
  /** For each variable of `present`, 1 for the records that give it as a single value. */
  readonly given: ReadonlyMap<string, Uint8Array>;
  /**
   * Values keyed by period (`"vat_sales": { "2014-11": 30000 }` in JSON, a column `vat_sales@2014-11` in
   * CSV): by variable, then by period key, the column and which records give it.
   */
  readonly byPeriod: ReadonlyMap<string, ReadonlyMap<string, PeriodValues>>;
  readonly ids: readonly RecordId[];
  /** Names, when any record has one. */
  readonly names: readonly (string | null)[] | undefined;
  /** Row number of each record in messages. */
  readonly rows: readonly number[];
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The text of a record id (a JSON number as written). */
export const recordIdText = (id: RecordId): string | null => (id instanceof JsonNumberText ? id.text : id);

/**
 * Checks and decodes the records of an input file for `entity`, reporting every problem of the whole
 * file at once: unknown or computed fields, duplicate columns and ids, values the variables reject,
 * missing `required` fields. Throws an {@link InputError} listing them all; nothing is computed then.
 * @example const input = decodeInput(system, 'enterprise', await readRecords('a.csv'), ['industry']);
 */
export function decodeInput(
  system: TaxBenefitSystem,
  entity: string,
  set: RecordSet,
  required: readonly string[],
  /** Further checks of given values by field, reported like the variables' own (e.g. the size standard's industries for classify). */
  checks: Readonly<Record<string, (value: string) => ValueProblem | undefined>> = {},
): DecodedInput {
  const variables = [...system.variables.values()].filter((v) => v.entity === entity && v.isInput);
  const inputs = new Map(variables.map((v) => [v.id, v]));
  const canonical = fieldNames(system, entity);
  const problems: InputProblem[] = [...set.problems];
  const fieldProblem = (field: string): Labels | undefined => {
    if (field === 'id' || field === 'name' || inputs.has(field)) return undefined;
    if (system.variables.get(field)?.entity === entity) return messageLabels('computed_field', { field });
    return interpolate(INPUT_MESSAGES.unknown_field, { field });
  };

  let records: unknown[];
  let requiredPerRow = required;
  const periodic: { i: number; field: string; key: string; raw: unknown; label: string }[] = [];
  if (set.kind === 'csv') {
    // Column problems are reported once, on the header line, not on every row.
    // `vat_sales@2014-11`: the variable's value for that period (see period-inputs.ts).
    const keyed = set.header.map((h) => splitPeriodField(h));
    const fields = keyed.map(([name, key]) => (key === undefined ? canonical(name) : `${canonical(name)}@${key}`));
    const keep: number[] = [];
    const seen = new Set<string>();
    fields.forEach((field, j) => {
      const unused = field === '' && set.records.every((r) => isBlank(r[j]));
      const [base, key] = keyed[j];
      const problem = unused
        ? undefined
        : seen.has(field)
          ? messageLabels('duplicate_column', { field })
          : key === undefined
            ? fieldProblem(field)
            : (fieldProblem(canonical(base)) ?? periodKeyProblem(inputs.get(canonical(base)), key));
      if (problem) problems.push({ row: 1, field: set.header[j], message: problem });
      else if (!unused) keep.push(j);
      seen.add(field);
    });
    const missing = required.filter((field) => !seen.has(field));
    for (const field of missing) problems.push({ row: 1, field, message: messageLabels('missing_column', { field }) });
    requiredPerRow = required.filter((field) => !missing.includes(field));
    records = set.records.map((record, i) => {
      const out: Record<string, unknown> = {};
      for (const j of keep.filter((j) => j < record.length)) {
        const [base, key] = keyed[j];
        if (key === undefined) out[fields[j]] = record[j];
        else if (!isBlank(record[j])) periodic.push({ i, field: canonical(base), key, raw: record[j], label: set.header[j] });
      }
      return out;
    });
  } else {
    records = set.records.map((raw, i) => {
      if (raw instanceof JsonNumberText) return raw.value;
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
      const record: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw)) {
        const field = canonical(key);
        const problem = Object.hasOwn(record, field) ? messageLabels('duplicate_column', { field }) : fieldProblem(field);
        if (problem) {
          problems.push({ row: set.rows[i], field: key, message: problem });
          continue;
        }
        // Amounts keep the digits as written (ids and names too); other numbers are read as numbers.
        const variable = inputs.get(field);
        if (variable && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof JsonNumberText)) {
          // Values keyed by period: each checked and decoded below.
          for (const [key, one] of Object.entries(value)) {
            const problem = periodKeyProblem(variable, key);
            if (problem) problems.push({ row: set.rows[i], field: `${field}.${key}`, message: problem });
            else if (!isBlank(one)) periodic.push({ i, field, key, raw: one, label: `${field}.${key}` });
          }
          continue;
        }
        record[field] = exactValue(variable, value);
      }
      return record;
    });
  }

  const n = records.length;
  const ids: RecordId[] = new Array(n).fill(null);
  const names: (string | null)[] = new Array(n).fill(null);
  const firstRowOf = new Map<string, number>();
  records.forEach((record, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
    const { id, name } = record as Record<string, unknown>;
    if (!isBlank(id)) {
      if (typeof id !== 'string' && !(id instanceof JsonNumberText)) {
        problems.push({ row: set.rows[i], field: 'id', message: messageLabels('bad_id') });
      } else {
        ids[i] = typeof id === 'string' ? id.trim() : id;
        const text = recordIdText(ids[i]) as string;
        const first = firstRowOf.get(text);
        if (first === undefined) firstRowOf.set(text, set.rows[i]);
        else problems.push({ row: set.rows[i], field: 'id', message: messageLabels('duplicate_id', { id: text, first }) });
      }
    }
    if (!isBlank(name)) {
      if (typeof name === 'string') names[i] = name.trim();
      else if (name instanceof JsonNumberText) names[i] = name.text;
      else problems.push({ row: set.rows[i], field: 'name', message: INPUT_MESSAGES.not_a_text });
    }
  });

  const decoded = decodeRecords(variables, records, {
    firstRow: 0,
    passThrough: ['id', 'name'],
    required: requiredPerRow,
    rejectUnknown: false,
  });
  for (const p of decoded.problems) problems.push({ row: set.rows[p.row], field: p.field, message: p.message });
  const byPeriod = new Map<string, Map<string, PeriodValues>>();
  for (const p of periodic) {
    const variable = inputs.get(p.field) as Variable;
    const key = Period.parse(p.key).key;
    const cell = decodeValue(variable, exactValue(variable, p.raw));
    if (typeof cell === 'object') {
      problems.push({ row: set.rows[p.i], field: p.label, message: cell.message });
      continue;
    }
    let periods = byPeriod.get(p.field);
    if (periods === undefined) byPeriod.set(p.field, (periods = new Map()));
    let values = periods.get(key);
    if (values === undefined) periods.set(key, (values = { column: defaultColumn(variable, n), given: new Uint8Array(n) }));
    (values.column as unknown[])[p.i] = cell;
    values.given[p.i] = 1;
  }
  const reported = new Set(decoded.problems.map((p) => `${p.row}\u0000${p.field}`));
  for (const [field, check] of Object.entries(checks)) {
    records.forEach((record, i) => {
      const raw = (record as Record<string, unknown> | null)?.[field];
      if (isBlank(raw) || reported.has(`${i}\u0000${field}`)) return;
      const problem = check(String(raw).trim());
      if (problem) problems.push({ row: set.rows[i], field, message: problem.message });
    });
  }
  if (problems.length > 0) {
    // Stable: the problems of one row keep the order they were found in.
    throw new InputError(
      set.source,
      problems
        .map((p, k) => [p, k] as const)
        .sort((a, b) => a[0].row - b[0].row || a[1] - b[1])
        .map(([p]) => p),
    );
  }
  const present = new Set(
    variables.filter((v: Variable) => records.some((r) => !isBlank((r as Record<string, unknown>)[v.id]))).map((v) => v.id),
  );
  const given = new Map(
    [...present].map((id) => [id, Uint8Array.from(records, (r) => (isBlank((r as Record<string, unknown>)[id]) ? 0 : 1))] as const),
  );
  return {
    source: set.source,
    n,
    columns: decoded.columns,
    present,
    given,
    byPeriod,
    ids,
    names: names.some((name) => name !== null) ? names : undefined,
    rows: set.rows,
  };
}

/** A JSON number as the variable reads it: amounts keep the digits as written, other numbers are numbers. */
function exactValue(variable: Variable | undefined, value: unknown): unknown {
  return value instanceof JsonNumberText && variable ? (variable.valueType === 'money' ? value.text : value.value) : value;
}

/** `vat_sales@2014-11` → [`vat_sales`, `2014-11`]; a name without `@` has no period. */
function splitPeriodField(name: string): [string, string | undefined] {
  const at = name.lastIndexOf('@');
  return at <= 0 ? [name, undefined] : [name.slice(0, at), name.slice(at + 1).trim()];
}

/** Why `key` cannot name a period of `variable` (a month for a monthly variable, a year for a yearly one). */
function periodKeyProblem(variable: Variable | undefined, key: string): Labels | undefined {
  if (variable === undefined) return undefined;
  if (variable.definitionPeriod === 'eternity') return messageLabels('eternal_by_period', { field: variable.id });
  let period: Period | undefined;
  try {
    period = Period.parse(key);
  } catch {
    period = undefined;
  }
  if (period !== undefined && period.unit === variable.definitionPeriod && period.size === 1) return undefined;
  const example = variable.definitionPeriod === 'month' ? '2014-10' : variable.definitionPeriod === 'year' ? '2014' : '2014-10-01';
  return messageLabels(`bad_period_key_${variable.definitionPeriod}` as 'bad_period_key_month', { key, field: variable.id, example });
}
