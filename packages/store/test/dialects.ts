/**
 * The two dialects a store test runs on: SQLite in memory, and PostgreSQL — the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema (`prefix`_pid_time, dropped afterwards), else PGlite in process.
 */
import { createStore, type Store } from '../src/index.ts';

export type MakeStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

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
