import {
  type Column,
  decodeRecords,
  INPUT_MESSAGES,
  interpolate,
  type Labels,
  type TaxBenefitSystem,
  type ValueProblem,
  type Variable,
} from '@xiaowei/engine';
import { InputError, type InputProblem } from './cli-error.ts';
import { fieldNames } from './field-names.ts';
import { messageLabels } from './messages.ts';
import { JsonNumberText } from './parse-json-exact.ts';
import type { RecordSet } from './record-set.ts';

/** A record's id as given: text, a JSON number (kept as written), or none. */
export type RecordId = string | JsonNumberText | null;

/** Input records turned into columns, every value checked. */
export interface DecodedInput {
  readonly source: string;
  readonly n: number;
  /** A column for every input variable of the entity (defaults where a value is not given). */
  readonly columns: Readonly<Record<string, Column>>;
  /** Input variables that at least one record gives. */
  readonly present: ReadonlySet<string>;
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
  if (set.kind === 'csv') {
    // Column problems are reported once, on the header line, not on every row.
    const fields = set.header.map(canonical);
    const keep: number[] = [];
    const seen = new Set<string>();
    fields.forEach((field, j) => {
      const unused = field === '' && set.records.every((r) => isBlank(r[j]));
      const problem = unused ? undefined : seen.has(field) ? messageLabels('duplicate_column', { field }) : fieldProblem(field);
      if (problem) problems.push({ row: 1, field: set.header[j], message: problem });
      else if (!unused) keep.push(j);
      seen.add(field);
    });
    const missing = required.filter((field) => !seen.has(field));
    for (const field of missing) problems.push({ row: 1, field, message: messageLabels('missing_column', { field }) });
    requiredPerRow = required.filter((field) => !missing.includes(field));
    records = set.records.map((record) => Object.fromEntries(keep.filter((j) => j < record.length).map((j) => [fields[j], record[j]])));
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
        record[field] = value instanceof JsonNumberText && variable ? (variable.valueType === 'money' ? value.text : value.value) : value;
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
  return {
    source: set.source,
    n,
    columns: decoded.columns,
    present,
    ids,
    names: names.some((name) => name !== null) ? names : undefined,
    rows: set.rows,
  };
}
