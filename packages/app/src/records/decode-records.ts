import {
  type Column,
  decodeValue,
  defaultColumn,
  INPUT_MESSAGES,
  interpolate,
  type Labels,
  Period,
  RecordDecoder,
  type TaxBenefitSystem,
  type ValueProblem,
  type Variable,
} from '@xiaowei/engine';
import { inputCode, type MessageCode, messageOf } from '../messages/catalogue.ts';
import type { Problem } from '../problems/problem.ts';
import { RecordsError } from '../problems/records-error.ts';
import { JsonNumberText } from './exact-json.ts';
import { fieldNames } from './field-names.ts';
import type { RecordSet } from './record-set.ts';

/** The values of one variable for one period, and which records give them. */
export interface PeriodValues {
  readonly column: Column;
  readonly given: Uint8Array;
}

/** A record's id as given: text, a JSON number (kept as written when parsed exactly), or none. */
export type RecordId = string | number | JsonNumberText | null;

/** Input records turned into columns, every value checked. */
export interface DecodedRecords {
  readonly entity: string;
  readonly source: string;
  readonly n: number;
  /**
   * A column for every input variable some record gives as a single value (each in `present`; defaults where a
   * record does not give it). A variable no record gives has no column: it is its default for every record.
   */
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

/**
 * The marks of a field that the one record of a single-record request gives: shared by every such request
 * (a new Uint8Array per field was a tenth of decoding one record). `given` is read, never written, outside
 * this file.
 */
const ONE_RECORD_GIVES = Uint8Array.of(1);
/** No values keyed by period (most requests): one empty map for them all, read only. */
const NO_PERIODS: ReadonlyMap<string, ReadonlyMap<string, PeriodValues>> = new Map();

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The text of a record id (a JSON number as written). */
export const recordIdText = (id: RecordId): string | null =>
  id instanceof JsonNumberText ? id.text : typeof id === 'number' ? String(id) : id;

/** How records are read besides their values. */
export interface DecodeOptions {
  /** Input variables each record must give (`required` in their definition, for the outputs asked). */
  readonly required?: readonly string[];
  /** Further checks of given values by field, reported like the variables' own (e.g. the size standard's industries for classify). */
  readonly checks?: Readonly<Record<string, (value: string) => ValueProblem | undefined>>;
  /** Further names of fields (an adapter's printed headers, so its tables can be read back). */
  readonly aliases?: Readonly<Record<string, string>>;
}

const problemOf = (row: number, field: string, code: MessageCode, params: Record<string, unknown> = {}, keys?: string[]): Problem => ({
  row,
  field,
  code,
  message: messageOf(code, params),
  ...(keys ? { keys } : {}),
});

/** The entity's input variables, listed once per system and entity (every request decodes with them). */
interface EntityInputs {
  readonly variables: Variable[];
  readonly inputs: Map<string, Variable>;
  /** Each input's place in `variables`. */
  readonly order: Map<string, number>;
}
const INPUTS = new WeakMap<TaxBenefitSystem, Map<string, EntityInputs>>();
function inputVariables(system: TaxBenefitSystem, entity: string): EntityInputs {
  let byEntity = INPUTS.get(system);
  if (byEntity === undefined) INPUTS.set(system, (byEntity = new Map()));
  let found = byEntity.get(entity);
  if (found === undefined) {
    const variables = [...system.variables.values()].filter((v) => v.entity === entity && v.isInput);
    byEntity.set(
      entity,
      (found = { variables, inputs: new Map(variables.map((v) => [v.id, v])), order: new Map(variables.map((v, i) => [v.id, i])) }),
    );
  }
  return found;
}

/**
 * The engine's decoder of the entity's inputs for a set of required fields, built once (its field table,
 * defaults and memo of decoded codes serve every request; building it was a fifth of decoding one record).
 */
const DECODERS = new WeakMap<readonly Variable[], Map<string, RecordDecoder>>();
function recordDecoder(variables: readonly Variable[], required: readonly string[]): RecordDecoder {
  let byRequired = DECODERS.get(variables);
  if (byRequired === undefined) DECODERS.set(variables, (byRequired = new Map()));
  const key = required.join('\u0000');
  let decoder = byRequired.get(key);
  if (decoder === undefined) {
    // A bounded cache: the required fields come from the outputs asked, a small set in practice.
    if (byRequired.size >= 256) byRequired.clear();
    decoder = new RecordDecoder(variables, {
      firstRow: 0,
      passThrough: ['id', 'name'],
      required: [...required],
      rejectUnknown: false,
      // Columns are read only where given (`present`): the 26 default columns an enterprise's record would
      // otherwise get were a fifth of decoding one record.
      givenOnly: true,
    });
    byRequired.set(key, decoder);
  }
  return decoder;
}

/**
 * Checks and decodes records of `entity` — a CSV file's rows or JSON objects — reporting every problem of
 * them all at once: unknown or computed fields, duplicate columns and ids, values the variables reject,
 * missing `required` fields, values keyed by a period the variable does not have. Amounts given as JSON
 * numbers parsed exactly keep their digits. Throws a {@link RecordsError} listing them all; nothing is
 * computed then.
 * @example const input = decodeRecords(system, 'enterprise', jsonRecords('', [{ industry: 'C3311' }]), { required: ['industry'] });
 */
export function decodeRecords(system: TaxBenefitSystem, entity: string, set: RecordSet, options: DecodeOptions = {}): DecodedRecords {
  const { required = [], checks = {} } = options;
  const { variables, inputs, order } = inputVariables(system, entity);
  const canonical = fieldNames(system, entity, options.aliases);
  const problems: Problem[] = set.problems.length > 0 ? [...set.problems] : [];

  let records: unknown[];
  let requiredPerRow = required;
  const periodic: { i: number; field: string; key: string; raw: unknown; label: string; keys?: string[] }[] = [];
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
          ? { code: 'XW_INPUT_DUPLICATE_COLUMN', message: messageOf('XW_INPUT_DUPLICATE_COLUMN', { field }) }
          : key === undefined
            ? fieldProblemOf(system, entity, inputs, field)
            : (fieldProblemOf(system, entity, inputs, canonical(base)) ?? periodKeyProblem(inputs.get(canonical(base)), key));
      if (problem) problems.push({ row: 1, field: set.header[j], ...problem });
      else if (!unused) keep.push(j);
      seen.add(field);
    });
    const missing = required.filter((field) => !seen.has(field));
    for (const field of missing) problems.push(problemOf(1, field, 'XW_INPUT_MISSING_COLUMN', { field }));
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
    records = new Array(set.records.length);
    for (let i = 0; i < set.records.length; i++) {
      const raw = set.records[i];
      if (raw instanceof JsonNumberText) {
        records[i] = raw.value;
        continue;
      }
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        records[i] = raw;
        continue;
      }
      const record: Record<string, unknown> = {};
      records[i] = record;
      for (const key in raw) {
        if (!Object.hasOwn(raw, key)) continue;
        const value = (raw as Record<string, unknown>)[key];
        const field = canonical(key);
        const problem = Object.hasOwn(record, field)
          ? { code: 'XW_INPUT_DUPLICATE_COLUMN', message: messageOf('XW_INPUT_DUPLICATE_COLUMN', { field }) }
          : fieldProblemOf(system, entity, inputs, field);
        if (problem) {
          problems.push({ row: set.rows[i], field: key, ...problem, keys: [key] });
          continue;
        }
        // Amounts keep the digits as written (ids and names too); other numbers are read as numbers.
        const variable = inputs.get(field);
        if (variable && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof JsonNumberText)) {
          // Values keyed by period: each checked and decoded below.
          for (const [periodKey, one] of Object.entries(value)) {
            const problem = periodKeyProblem(variable, periodKey);
            const place = { field: `${field}.${periodKey}`, keys: [key, periodKey] };
            if (problem) problems.push({ row: set.rows[i], ...place, ...problem });
            else if (!isBlank(one)) periodic.push({ i, field, key: periodKey, raw: one, label: place.field, keys: place.keys });
          }
          continue;
        }
        record[field] = exactValue(variable, value);
      }
    }
  }

  const n = records.length;
  const ids: RecordId[] = new Array(n).fill(null);
  const names: (string | null)[] = new Array(n).fill(null);
  let anyName = false;
  // Only batches can repeat an id.
  const firstRowOf = n > 1 ? new Map<string, number>() : undefined;
  for (let i = 0; i < n; i++) {
    const record = records[i];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    const { id, name } = record as Record<string, unknown>;
    if (!isBlank(id)) {
      if (typeof id !== 'string' && typeof id !== 'number' && !(id instanceof JsonNumberText)) {
        problems.push(problemOf(set.rows[i], 'id', 'XW_INPUT_BAD_ID', {}, jsonKeys(set, 'id')));
      } else {
        ids[i] = typeof id === 'string' ? id.trim() : id;
        if (firstRowOf !== undefined) {
          const text = recordIdText(ids[i]) as string;
          const first = firstRowOf.get(text);
          if (first === undefined) firstRowOf.set(text, set.rows[i]);
          else problems.push(problemOf(set.rows[i], 'id', 'XW_INPUT_DUPLICATE_ID', { id: text, first }, jsonKeys(set, 'id')));
        }
      }
    }
    if (!isBlank(name)) {
      anyName = true;
      if (typeof name === 'string') names[i] = name.trim();
      else if (name instanceof JsonNumberText || typeof name === 'number') names[i] = String(name);
      else
        problems.push({
          row: set.rows[i],
          field: 'name',
          code: inputCode('not_a_text'),
          message: INPUT_MESSAGES.not_a_text,
          ...(set.kind === 'json' ? { keys: ['name'] } : {}),
        });
    }
  }

  const decoded = recordDecoder(variables, requiredPerRow).decode(records);
  for (const p of decoded.problems) {
    problems.push({
      row: set.rows[p.row],
      field: p.field,
      code: inputCode(p.code),
      message: p.message,
      ...(set.kind === 'json' ? { keys: p.field === '' ? [] : [jsonKeyOf(set.records[p.row], p.field, canonical)] } : {}),
    });
  }
  let keyed: Map<string, Map<string, PeriodValues>> | undefined;
  for (const p of periodic) {
    const variable = inputs.get(p.field) as Variable;
    const key = Period.parse(p.key).key;
    const cell = decodeValue(variable, exactValue(variable, p.raw));
    if (typeof cell === 'object') {
      problems.push({
        row: set.rows[p.i],
        field: p.label,
        code: inputCode(cell.code),
        message: cell.message,
        ...(p.keys ? { keys: p.keys } : {}),
      });
      continue;
    }
    keyed ??= new Map();
    let periods = keyed.get(p.field);
    if (periods === undefined) keyed.set(p.field, (periods = new Map()));
    let values = periods.get(key);
    if (values === undefined) periods.set(key, (values = { column: defaultColumn(variable, n), given: new Uint8Array(n) }));
    (values.column as unknown[])[p.i] = cell;
    values.given[p.i] = 1;
  }
  const checked = Object.entries(checks);
  const reported = checked.length === 0 ? undefined : new Set(decoded.problems.map((p) => `${p.row}\u0000${p.field}`));
  for (const [field, check] of checked) {
    records.forEach((record, i) => {
      const raw = (record as Record<string, unknown> | null)?.[field];
      if (isBlank(raw) || reported?.has(`${i}\u0000${field}`)) return;
      const problem = check(String(raw).trim());
      if (problem) {
        const at = set.kind === 'json' ? { keys: [jsonKeyOf(set.records[i], field, canonical)] } : {};
        problems.push({ row: set.rows[i], field, code: inputCode(problem.code), message: problem.message, ...at });
      }
    });
  }
  if (problems.length > 0) throw new RecordsError('invalid', set.source, problems);
  // The fields the records give (a record holds a few of the entity's inputs), in the variables' order.
  // `given` marks, per field, the records that give it; `present` lists those fields in the variables' order.
  const given = new Map<string, Uint8Array>();
  for (let i = 0; i < n; i++) {
    const record = records[i] as Record<string, unknown>;
    for (const field in record) {
      if (!inputs.has(field) || isBlank(record[field])) continue;
      let marks = given.get(field);
      if (marks === undefined) given.set(field, (marks = n === 1 ? ONE_RECORD_GIVES : new Uint8Array(n)));
      if (marks !== ONE_RECORD_GIVES) marks[i] = 1;
    }
  }
  // In the variables' order; a record gives a few of the entity's many inputs, so those few are sorted.
  const present = new Set<string>(
    given.size * 8 < variables.length
      ? [...given.keys()].sort((a, b) => (order.get(a) as number) - (order.get(b) as number))
      : variables.filter((v) => given.has(v.id)).map((v) => v.id),
  );
  return {
    entity,
    source: set.source,
    n,
    columns: decoded.columns,
    present,
    given,
    byPeriod: keyed ?? NO_PERIODS,
    ids,
    names: anyName ? names : undefined,
    rows: set.rows,
  };
}

/** Where a problem of `field` is in a JSON record (its key), for the web to point at; none for CSV. */
function jsonKeys(set: RecordSet, field: string): string[] | undefined {
  return set.kind === 'json' ? [field] : undefined;
}

/** Why `field` is not a field of the entity's records (a computed variable, or no variable at all), if it is not. */

function fieldProblemOf(
  system: TaxBenefitSystem,
  entity: string,
  inputs: ReadonlyMap<string, Variable>,
  field: string,
): { code: string; message: Labels } | undefined {
  if (field === 'id' || field === 'name' || inputs.has(field)) return undefined;
  if (system.variables.get(field)?.entity === entity)
    return { code: 'XW_INPUT_COMPUTED_FIELD', message: messageOf('XW_INPUT_COMPUTED_FIELD', { field }) };
  return { code: inputCode('unknown_field'), message: interpolate(INPUT_MESSAGES.unknown_field, { field }) };
}

/** The key of a JSON record that gave `field` (an alias such as `营业收入` for `revenue`), or the field itself. */
function jsonKeyOf(record: unknown, field: string, canonical: (name: string) => string): string {
  if (record === null || typeof record !== 'object') return field;
  return Object.keys(record).find((key) => canonical(key) === field) ?? field;
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
function periodKeyProblem(variable: Variable | undefined, key: string): { code: string; message: Labels } | undefined {
  if (variable === undefined) return undefined;
  if (variable.definitionPeriod === 'eternity') {
    return { code: 'XW_INPUT_ETERNAL_BY_PERIOD', message: messageOf('XW_INPUT_ETERNAL_BY_PERIOD', { field: variable.id }) };
  }
  let period: Period | undefined;
  try {
    period = Period.parse(key);
  } catch {
    period = undefined;
  }
  if (period !== undefined && period.unit === variable.definitionPeriod && period.size === 1) return undefined;
  const example = variable.definitionPeriod === 'month' ? '2014-10' : variable.definitionPeriod === 'year' ? '2014' : '2014-10-01';
  const code = `XW_INPUT_BAD_PERIOD_KEY_${variable.definitionPeriod.toUpperCase()}` as 'XW_INPUT_BAD_PERIOD_KEY_MONTH';
  return { code, message: messageOf(code, { key, field: variable.id, example }) };
}
