/**
 * The two dialects a store test runs on: SQLite in memory, and PostgreSQL — the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema (`prefix`_pid_time, dropped afterwards), else PGlite in process.
 */
import { afterAll, beforeAll } from 'vitest';
import { createStore, type Store } from '../src/index.ts';

export type MakeStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

/**
 * A store of `make`, opened and migrated before the tests of the enclosing `describe` (given to `use`) and
 * cleaned up after them.
 * @example let store: Store; migratedStore(make, (s) => { store = s; });
 */
export function migratedStore(make: MakeStore, use: (store: Store) => void): void {
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const made = await make();
    cleanup = made.cleanup;
    use(made.store);
    await made.store.migrate();
  }, 120_000);
  afterAll(async () => cleanup?.());
}

export function dialects(prefix: string, poolSize = 4): [string, MakeStore][] {
  const url = process.env.XIAOWEI_TEST_DATABASE_URL;
  return [
    [
      'SQLite',
      async () => {
        const store = await createStore(':memory:');
        return { store, cleanup: () => store.close() };
      },
    ],
    [
      url ? 'PostgreSQL' : 'PGlite',
      async () => {
        if (!url) {
          const store = await createStore({ url: 'pglite:' });
          return { store, cleanup: () => store.close() };
        }
        const schema = `${prefix}_${process.pid}_${Date.now()}`;
        const store = await createStore({ url, schema, poolSize });
        return {
          store,
          cleanup: async () => {
            await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
            await store.close();
          },
        };
      },
    ],
  ];
}

export type MakeSharedStore = () => Promise<{
  store: Store;
  /** Another store on the same database (a second process, as far as the database can tell). */
  reopen: () => Promise<Store>;
  cleanup: () => Promise<void>;
}>;

/**
 * As {@link dialects}, for tests that open the same database twice (restart, a second worker): SQLite in a
 * temporary file, PostgreSQL in a fresh schema (PGlite has one connection per process: left out).
 */
export function sharedDialects(prefix: string): [string, MakeSharedStore][] {
  const url = process.env.XIAOWEI_TEST_DATABASE_URL;
  const list: [string, MakeSharedStore][] = [
    [
      'SQLite',
      async () => {
        const { mkdtempSync, rmSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
        const file = join(dir, 'store.db');
        const opened: Store[] = [];
        const open = async () => {
          const s = await createStore(file);
          opened.push(s);
          return s;
        };
        const store = await open();
        return {
          store,
          reopen: open,
          cleanup: async () => {
            for (const s of opened) await s.close().catch(() => {});
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    ],
  ];
  if (url)
    list.push([
      'PostgreSQL',
      async () => {
        const schema = `${prefix}_${process.pid}_${Date.now()}`;
        const opened: Store[] = [];
        const open = async () => {
          const s = await createStore({ url, schema, poolSize: 4, jobs: { maintenanceIntervalSeconds: 1 } });
          opened.push(s);
          return s;
        };
        const store = await open();
        return {
          store,
          reopen: open,
          cleanup: async () => {
            for (const s of opened.slice(1)) await s.close().catch(() => {});
            await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
            await store.close();
          },
        };
      },
    ]);
  return list;
}
