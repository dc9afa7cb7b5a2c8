import type { InputProblem } from './cli-error.ts';

/**
 * The records of an input file as read, before any value is decoded. `rows[i]` is the row number of
 * record `i` in messages: its line in a CSV file (the header is line 1), its 1-based position in JSON.
 */
export type RecordSet =
  | {
      readonly kind: 'csv';
      readonly source: string;
      /** Column names as written in the header line. */
      readonly header: readonly string[];
      readonly records: readonly (readonly string[])[];
      readonly rows: readonly number[];
      /** Problems found while reading (a row with the wrong number of fields). */
      readonly problems: readonly InputProblem[];
    }
  | {
      readonly kind: 'json';
      readonly source: string;
      readonly records: readonly unknown[];
      readonly rows: readonly number[];
      readonly problems: readonly InputProblem[];
    };
