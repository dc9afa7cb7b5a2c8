/**
 * Multi-row statements cut under the dialect's limit on bound values: SQLite refuses a statement with
 * more than 32,766 variables (SQLITE_MAX_VARIABLE_NUMBER since 3.32: "too many SQL variables"),
 * PostgreSQL's protocol more than 65,535 parameters. A 4,096-row audit write of 8 columns is 32,768
 * values: every `insert … values (…), (…)` and every `where … in (…)` list goes through here.
 */
import type { SqlDialect } from './config.ts';

/** Bound values one statement may carry, with room for the few a statement adds (a year, a scope prefix). */
export const MAX_VARIABLES: Readonly<Record<SqlDialect, number>> = { sqlite: 32_766 - 66, postgres: 65_535 - 135 };

/** Rows of `columns` values each that fit one statement (at most `cap`, default 1,000). */
export function rowsPerStatement(dialect: SqlDialect, columns: number, cap = 1000): number {
  return Math.max(1, Math.min(cap, Math.floor(MAX_VARIABLES[dialect] / Math.max(1, columns))));
}

/** `items` in consecutive slices of at most `size`. */
export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** `items` in slices that each fit one statement of `columns` values per item. */
export function statementBatches<T>(dialect: SqlDialect, items: readonly T[], columns: number, cap?: number): Generator<T[]> {
  return slices(items, rowsPerStatement(dialect, columns, cap));
}
