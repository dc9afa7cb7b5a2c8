import { MINOR_PER_MAJOR, parseMoney } from '../money/money.ts';
import { dayNumber, isInstant } from '../periods/instant.ts';
import { interpolate, type Labels } from '../text/labels.ts';
import { type Column, defaultCell, newColumn } from '../variables/column.ts';
import type { Variable } from '../variables/variable.ts';
import { INPUT_MESSAGES, type InputMessageCode } from './messages.ts';

/** One bad value in a batch of input records. `row` counts from `firstRow` (1 by default). */
export interface RowProblem {
  readonly row: number;
  readonly field: string;
  readonly code: string;
  readonly message: Labels;
  readonly value?: unknown;
}

export interface DecodeOptions {
  /** Row number of the first record in messages (2 for a CSV with a header line). Default 1. */
  readonly firstRow?: number;
  /** Fields that may appear in records without being decoded (e.g. `id`, `name`). */
  readonly passThrough?: readonly string[];
  /** Report fields that are neither variables nor pass-through. Default true. */
  readonly rejectUnknown?: boolean;
  /** Fields that must be present and non-empty. */
  readonly required?: readonly string[];
  /**
   * Columns only for the variables some record gives a value (the others are their default for every record):
   * for callers that read a column only where it is given. Default false: a column for every variable.
   */
  readonly givenOnly?: boolean;
}

export interface DecodeResult {
  readonly columns: Record<string, Column>;
  readonly problems: RowProblem[];
  readonly n: number;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是', '예', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '아니요', 'f']);

/**
 * Turns records (from JSON, CSV or a spreadsheet) into typed columns for `variables`, validating every
 * value and collecting every problem with its row and field, in every language. Empty values take the
 * variable's default. Callers write nothing when `problems` is not empty.
 * @example decodeRecords([employees, revenue], [{ employees: '80', revenue: '1,000.50' }]).columns.revenue // Float64Array [100050]
 */
export function decodeRecords(variables: readonly Variable[], records: readonly unknown[], options: DecodeOptions = {}): DecodeResult {
  return new RecordDecoder(variables, options).decode(records);
}

/**
 * A reusable {@link decodeRecords} for one set of variables and options: what can be prepared once
 * (the field table, required fields) is, so decoding one record at a time stays cheap.
 */
export class RecordDecoder {
  private readonly byId: ReadonlyMap<string, Variable>;
  private readonly passThrough: ReadonlySet<string>;
  private readonly required: readonly string[];
  private readonly defaults: ReadonlyMap<Variable, number | string>;
  /** Decoded texts by variable: a code such as an industry is validated once, not once per record (validate is a function of the value). */
  private readonly texts = new Map<Variable, Map<string, Decoded>>();

  constructor(
    readonly variables: readonly Variable[],
    private readonly options: DecodeOptions = {},
  ) {
    this.byId = new Map(variables.map((v) => [v.id, v]));
    this.passThrough = new Set(options.passThrough ?? []);
    // Variables marked `required` are required wherever they are decoded, besides any the caller names.
    this.required = [...new Set([...(options.required ?? []), ...variables.filter((v) => v.required).map((v) => v.id)])];
    this.defaults = new Map(variables.map((v) => [v, defaultCell(v)]));
  }

  decode(records: readonly unknown[]): DecodeResult {
    const n = records.length;
    const firstRow = this.options.firstRow ?? 1;
    const rejectUnknown = this.options.rejectUnknown !== false;
    const problems: RowProblem[] = [];
    const columns: Record<string, Column> = {};
    if (this.options.givenOnly !== true) for (const v of this.variables) columns[v.id] = this.column(v, n);
    for (let i = 0; i < n; i++) {
      const rec = records[i];
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        problems.push({ row: firstRow + i, field: '', code: 'not_an_object', message: INPUT_MESSAGES.not_an_object });
        continue;
      }
      const record = rec as Record<string, unknown>;
      for (const field of this.required) {
        if (isEmpty(record[field])) {
          problems.push({ row: firstRow + i, field, code: 'missing_value', message: INPUT_MESSAGES.missing_value });
        }
      }
      for (const field in record) {
        const raw = record[field];
        const variable = this.byId.get(field);
        if (variable === undefined) {
          if (rejectUnknown && !this.passThrough.has(field)) {
            const message = interpolate(INPUT_MESSAGES.unknown_field, { field });
            problems.push({ row: firstRow + i, field, code: 'unknown_field', message });
          }
          continue;
        }
        if (isEmpty(raw)) continue;
        const result = variable.valueType === 'string' && typeof raw === 'string' ? this.text(variable, raw) : decodeValue(variable, raw);
        if (typeof result === 'object') {
          problems.push({ row: firstRow + i, field, code: result.code, message: result.message, value: raw });
          continue;
        }
        (((columns[field] as Column | undefined) ?? (columns[field] = this.column(variable, n))) as unknown[])[i] = result;
      }
    }
    return { columns, problems, n };
  }

  private column(variable: Variable, n: number): Column {
    return newColumn(variable.valueType, n, this.defaults.get(variable) as number | string);
  }

  private text(variable: Variable, raw: string): Decoded {
    let memo = this.texts.get(variable);
    if (memo === undefined || memo.size > 10_000) this.texts.set(variable, (memo = new Map()));
    let result = memo.get(raw);
    if (result === undefined) {
      result = decodeValue(variable, raw);
      memo.set(raw, result);
    }
    return result;
  }
}

function isEmpty(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

type Decoded = number | string | { code: string; message: Labels };

function fail(code: InputMessageCode, params: Record<string, unknown>): Decoded {
  return { code, message: interpolate(INPUT_MESSAGES[code], params) };
}

/** Decodes one raw value for `variable` into column units, or returns the problem. */
export function decodeValue(variable: Variable, raw: unknown): Decoded {
  // An object or a list where one value belongs (e.g. values keyed by period): a clear problem, never
  // String(raw), which throws for objects without a prototype and prints "[object Object]" otherwise.
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) return fail('not_a_single_value', {});
  const text = typeof raw === 'string' ? raw.trim() : raw;
  let cell: number | string;
  let checked: string | number | boolean;
  switch (variable.valueType) {
    case 'number': {
      const num =
        typeof text === 'number'
          ? text
          : typeof text === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text.replace(/,/g, ''))
            ? Number(text.replace(/,/g, ''))
            : Number.NaN;
      if (!Number.isFinite(num)) return fail('not_a_number', { value: String(raw) });
      if (variable.integer && !Number.isInteger(num)) return fail('not_an_integer', { value: String(raw) });
      // The value as typed when it came as text (a double may not hold every digit of it).
      const shown = typeof text === 'string' ? text : num;
      if (variable.min !== undefined && num < variable.min) return fail('below_min', { value: shown, min: variable.min });
      if (variable.max !== undefined && num > variable.max) return fail('above_max', { value: shown, max: variable.max });
      cell = num;
      checked = num;
      break;
    }
    case 'money': {
      const fen = typeof text === 'number' || typeof text === 'string' ? parseMoney(text) : undefined;
      if (fen === undefined) return fail('not_an_amount', { value: String(raw) });
      // Bounds in fen, rounded: 0.29 × 100 is 28.999999999999996 in binary floating point.
      if (variable.min !== undefined && fen < Math.round(variable.min * MINOR_PER_MAJOR))
        return fail('below_min', { value: String(raw), min: variable.min });
      if (variable.max !== undefined && fen > Math.round(variable.max * MINOR_PER_MAJOR))
        return fail('above_max', { value: String(raw), max: variable.max });
      cell = fen;
      checked = fen / MINOR_PER_MAJOR;
      break;
    }
    case 'boolean': {
      const key = String(text).toLowerCase();
      if (TRUE.has(key)) cell = 1;
      else if (FALSE.has(key)) cell = 0;
      else return fail('not_a_boolean', { value: String(raw) });
      checked = cell === 1;
      break;
    }
    case 'enum': {
      const index = variable.enumIndex?.get(String(text));
      if (index === undefined) return fail('not_a_choice', { value: String(raw), choices: variable.possibleValues?.join(', ') });
      cell = index;
      checked = String(text);
      break;
    }
    case 'date': {
      if (!isInstant(text)) return fail('not_a_date', { value: String(raw) });
      cell = dayNumber(text);
      checked = text;
      break;
    }
    case 'string': {
      if (typeof text !== 'string' && typeof text !== 'number') return fail('not_a_text', {});
      cell = String(text);
      checked = cell;
      break;
    }
  }
  const extra = variable.validate?.(checked);
  return extra ?? cell;
}
