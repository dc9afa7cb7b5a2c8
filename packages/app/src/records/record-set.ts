import type { Problem } from '../problems/problem.ts';

/**
 * Records as read, before any value is decoded: the rows of a CSV file, or JSON objects (a file, a
 * request body, stored rows). `rows[i]` is the row of record `i` in messages: its line in a CSV file
 * (the header is line 1), its 1-based position in JSON. `source` names them in messages: a file name,
 * or a request's batch key ('' for a request that is one record).
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
      readonly problems: readonly Problem[];
    }
  | {
      readonly kind: 'json';
      readonly source: string;
      readonly records: readonly unknown[];
      readonly rows: readonly number[];
      readonly problems: readonly Problem[];
    };

/**
 * JSON records (parsed exactly, see exact-json.ts, or as a request body), numbered from 1.
 * @example jsonRecords('enterprises', [{ id: 'E1', industry: 'C' }]).rows // [1]
 */
export function jsonRecords(source: string, records: readonly unknown[]): RecordSet {
  return { kind: 'json', source, records, rows: records.map((_, i) => i + 1), problems: [] };
}
