/** One row of a bulk import: an enterprise and its figures for one year (money in integer fen). */
import type { Labels } from '@xiaowei/engine';
import type { EnterpriseInput, EnterpriseYearInput } from '../enterprise-fields.ts';

export interface EnterpriseImportRow extends EnterpriseInput, EnterpriseYearInput {
  /** Row number in the source file, for messages. */
  readonly row?: number;
}

/** A problem with one value of an import file. */
export interface ImportProblem {
  /** Row number as the user sees it (the header is row `firstRow - 1`). */
  readonly row: number;
  /** The column as written in the file ('营业收入'); '' for the row as a whole. */
  readonly column: string;
  /** The field it maps to ('revenue'), or the column when unknown. */
  readonly field: string;
  readonly code: string;
  /** In the language asked for. */
  readonly message: string;
  readonly messages: Labels;
  readonly value?: unknown;
}
