import type { JsonValue } from './json-text.ts';

/** One value in every output form: JSON, CSV text, and table text (for people, in the chosen language). */
export interface Cell {
  readonly json: JsonValue;
  readonly csv: string;
  readonly table: string;
  /** Right-aligned in tables. */
  readonly numeric?: boolean;
}

export interface OutputColumn {
  /** Field name in JSON and the CSV header. */
  readonly key: string;
  /** Table header, in the chosen language. */
  readonly header: string;
  /** Only in these formats (default: all). */
  readonly only?: 'csv' | 'table';
}

export interface OutputRow {
  readonly cells: Readonly<Record<string, Cell>>;
  /** JSON-only fields (nested data such as a trace). */
  readonly extra?: Readonly<Record<string, JsonValue>>;
  /** Table-only lines printed under the row (a rendered trace). */
  readonly notes?: readonly string[];
}

/** The result of a command before it is written in the chosen format. */
export interface OutputTable {
  readonly columns: readonly OutputColumn[];
  readonly rows: readonly OutputRow[];
}
