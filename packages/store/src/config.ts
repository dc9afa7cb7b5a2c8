/** Reading a `DATABASE_URL`-style setting into the backend to open. */

/** The SQL language spoken: PGlite speaks PostgreSQL. */
export type SqlDialect = 'sqlite' | 'postgres';
/** What actually runs the SQL. */
export type Backend = 'sqlite' | 'postgres' | 'pglite';

export interface StoreConfig {
  /**
   * `postgres://…` / `postgresql://…` (PostgreSQL), `pglite:` (in memory) or `pglite:<dir>` (PGlite),
   * `:memory:` or a file path, optionally `sqlite:` / `file:` prefixed (SQLite). Default `./data/xiaowei.db`.
   */
  readonly url?: string;
  /** PostgreSQL only: schema to work in (created if missing, put first on `search_path`). */
  readonly schema?: string;
  /** PostgreSQL only: pool size (default 10). */
  readonly poolSize?: number;
  /** PostgreSQL job queue: how often pg-boss's maintenance retries jobs whose heartbeat expired (seconds; default 30). */
  readonly jobs?: { readonly maintenanceIntervalSeconds?: number };
}

export const DEFAULT_SQLITE_PATH = './data/xiaowei.db';

export type Target =
  | { readonly backend: 'postgres'; readonly url: string }
  | { readonly backend: 'pglite'; readonly dataDir: string | undefined }
  | { readonly backend: 'sqlite'; readonly path: string };

/**
 * Which backend a URL names.
 * @example parseTarget('postgres://postgres@127.0.0.1/xw') // { backend: 'postgres', url: … }
 * @example parseTarget(undefined) // { backend: 'sqlite', path: './data/xiaowei.db' }
 */
export function parseTarget(url: string | undefined): Target {
  const value = url?.trim() || DEFAULT_SQLITE_PATH;
  if (/^postgres(ql)?:\/\//i.test(value)) return { backend: 'postgres', url: value };
  if (/^pglite:/i.test(value)) {
    const dir = value.replace(/^pglite:(\/\/)?/i, '');
    return { backend: 'pglite', dataDir: dir === '' || dir === 'memory' ? undefined : dir };
  }
  const path = value.replace(/^(sqlite|file):(\/\/)?/i, '');
  return { backend: 'sqlite', path: path === '' ? DEFAULT_SQLITE_PATH : path };
}
