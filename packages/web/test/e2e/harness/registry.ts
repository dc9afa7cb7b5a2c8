import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, sessionAuthentication } from '@xiaowei/server';
import { createStore, type Store, seedDemo } from '@xiaowei/store';
import { type RunningServer, startServer } from './server.ts';

/** The one password of every demo user in the browser tests. */
export const DEMO_PASSWORD = 'xiaowei-e2e-demo';

export interface RegistryServer extends RunningServer {
  readonly store: Store;
}

/**
 * The real service with a real store: SQLite in a temporary directory, the demo registry and the demo
 * users (all with DEMO_PASSWORD; figures for `years`, default the seed's), and sign-in by session cookie + CSRF token as `npm start` has it.
 */
export async function startRegistryServer(enterprises = 60, years?: readonly [number, number]): Promise<RegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'xw-web-e2e-'));
  const store = await createStore({ url: join(dir, 'registry.db') });
  await store.migrate();
  const hash = await hashPassword(DEMO_PASSWORD);
  await seedDemo(store, { enterprises, passwordHash: hash, ...(years ? { years } : {}) });
  const server = await startServer({ store, authenticate: sessionAuthentication(store) });
  return {
    ...server,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
