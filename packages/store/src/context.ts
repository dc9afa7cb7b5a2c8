/**
 * What every repository works with: the Kysely handle (the database, or the transaction it runs in),
 * the dialect, and for SQLite the raw better-sqlite3 handle the bulk import uses.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Backend, SqlDialect } from './config.ts';
import type { Database } from './schema.ts';

export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  readonly backend: Backend;
  /** SQLite only: the connection under Kysely (one connection; used inside Kysely's transaction). */
  readonly sqlite: BetterSqlite3.Database | undefined;
  /**
   * Where reads outside a transaction go: for a SQLite file a second connection (WAL lets it read while
   * an import holds the writer), else `db` itself.
   */
  readonly reader: Kysely<Database>;
  /** SQLite only: the database file (undefined in memory), for a bulk read on a connection of its own. */
  readonly sqliteFile?: string;
  /** Whether `db` is a transaction already: then a repository call joins it instead of opening one. */
  readonly inTransaction: boolean;
}

/**
 * Runs `fn` in a transaction: the caller's, when there is one, else a new one. Either everything `fn`
 * wrote — the change and its audit row — commits, or nothing does.
 */
export async function inTransaction<T>(ctx: StoreContext, fn: (tx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx, inTransaction: true }));
}

/** The handle for a read: the transaction when in one (to see its own writes), else the reader. */
export function readerOf(ctx: StoreContext): Kysely<Database> {
  return ctx.inTransaction ? ctx.db : ctx.reader;
}
