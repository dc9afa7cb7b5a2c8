import { formatMoney, MINOR_PER_MAJOR } from '../money/money.ts';
import { dayNumber, fromDayNumber } from '../periods/instant.ts';
import type { ValueType, Variable } from './variable.ts';

/**
 * Values of one variable for every member of an entity, in a typed array:
 * number → Float64Array; money → Float64Array of integer minor units (fen); boolean → Uint8Array (0/1);
 * enum → Uint8Array of indices into `possibleValues`; date → Int32Array of day numbers; string → string[].
 */
export type Column = Float64Array | Uint8Array | Int32Array | string[];

/** A value as it leaves the engine: money in yuan as exact decimal text is produced by {@link formatValue}. */
export type ScalarValue = number | boolean | string;

/** A new column of `n` members of `type`, filled with `fill` (already in column units). */
export function newColumn(type: ValueType, n: number, fill: number | string = 0): Column {
  // New typed arrays are zeroed already; filling only when needed keeps one-member columns cheap.
  switch (type) {
    case 'number':
    case 'money':
      return fill === 0 ? new Float64Array(n) : filled(new Float64Array(n), fill as number);
    case 'boolean':
    case 'enum':
      return fill === 0 ? new Uint8Array(n) : filled(new Uint8Array(n), fill as number);
    case 'date':
      return fill === 0 ? new Int32Array(n) : filled(new Int32Array(n), fill as number);
    case 'string':
      return n <= SHORT ? filled(new Array<string>(n), fill as string) : new Array<string>(n).fill(fill as string);
  }
}

/** Columns this short are filled by a loop: the builtin `fill` costs more than it saves for a member or a few. */
const SHORT = 16;

function filled<T extends { length: number; fill(v: never): unknown; [i: number]: V }, V>(col: T, fill: V): T {
  if (col.length > SHORT) {
    col.fill(fill as never);
    return col;
  }
  for (let i = 0; i < col.length; i++) col[i] = fill;
  return col;
}

/**
 * The default of a variable in column units (fen for money, index for enums, day number for dates). A
 * number or money input without a default is absent: NaN (see {@link Variable.absentable}).
 */
export function defaultCell(variable: Variable): number | string {
  const d = variable.default;
  switch (variable.valueType) {
    case 'money':
      return typeof d === 'number' ? Math.round(d * MINOR_PER_MAJOR) : variable.absentable ? Number.NaN : 0;
    case 'number':
      return typeof d === 'number' ? d : variable.absentable ? Number.NaN : 0;
    case 'boolean':
      return d === true ? 1 : 0;
    case 'enum':
      return d === undefined ? 0 : (variable.enumIndex?.get(String(d)) ?? 0);
    case 'date':
      return typeof d === 'string' ? dayNumber(d) : 0;
    case 'string':
      return typeof d === 'string' ? d : '';
  }
}

/** A column of the variable's default for `n` members. */
export function defaultColumn(variable: Variable, n: number): Column {
  return newColumn(variable.valueType, n, defaultCell(variable));
}

/**
 * The value of member `i` in the form people and JSON see: money as a number of yuan (exact, at most
 * two decimals), enums by name, dates as ISO text, booleans as booleans.
 */
export function cellValue(variable: Variable, column: Column, i: number): ScalarValue {
  const v = column[i];
  switch (variable.valueType) {
    case 'money':
      // fen / 100, correctly rounded, is the double nearest the exact decimal: what parsing formatMoney's
      // text gives, without the text (one enterprise at a time reads every output so). Not for −0 or ±∞.
      return v === 0 ? 0 : Number.isFinite(v) ? (v as number) / MINOR_PER_MAJOR : Number(formatMoney(v as number));
    case 'boolean':
      return v === 1;
    case 'enum':
      return variable.possibleValues?.[v as number] ?? String(v);
    case 'date':
      return fromDayNumber(v as number);
    default:
      return v as number | string;
  }
}

/** Text of member `i` for tables and CSV; money keeps its exact decimal text. */
export function formatValue(variable: Variable, column: Column, i: number): string {
  if (variable.valueType === 'money') return formatMoney(column[i] as number);
  return String(cellValue(variable, column, i));
}
