import type { Labels } from '@xiaowei/engine';

/**
 * The one problem type of Xiaowei: what is wrong with one value of one record, wherever it came from (a CSV
 * line, a JSON position, a spreadsheet row, a stored row). Adapters add their own location (a JSON pointer, a
 * column as written in the file) around it; they never reword it.
 */
export interface Problem {
  /** The record's row as the user sees it (a CSV line, a JSON position from 1); absent for the request as a whole. */
  readonly row?: number;
  /** The policy's field name (`revenue`, `declared_size_class`); '' for the record as a whole. */
  readonly field: string;
  /** A stable code from the message catalogue (e.g. `XW_INPUT_NOT_A_NUMBER`). */
  readonly code: string;
  /** The message in every language. */
  readonly message: Labels;
  /** The value as given, when it helps the reader. */
  readonly value?: unknown;
  /**
   * Where the value is inside its record when the record is JSON: its keys from the record down
   * (`['borrower', 'industry']`, `['vat_sales', '2014-11']`); `[]` for the record as a whole. Absent
   * for CSV records, whose `field` is the column as written.
   */
  readonly keys?: readonly string[];
}
