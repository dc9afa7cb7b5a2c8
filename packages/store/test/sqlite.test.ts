import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../src/index.ts';
import { storeSuite } from './store-suite.ts';

storeSuite('SQLite (temporary file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'xiaowei-store-'));
  const store = await createStore({ url: join(dir, 'nested', 'test.db') });
  return {
    store,
    concurrentReads: true,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

storeSuite('SQLite (:memory:)', async () => {
  const store = await createStore({ url: ':memory:' });
  return { store, concurrentReads: false, cleanup: () => store.close() };
});
