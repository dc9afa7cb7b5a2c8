import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { ensureBuilt } from './build.ts';
import { type RunningServer, startServer } from './server.ts';

export interface E2E {
  server: RunningServer;
  browser: Browser;
}

/**
 * For one test file: builds the web app if needed, starts the real service with it on a random port,
 * and launches Chromium; all torn down after the file.
 */
export function useE2E(): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    await ensureBuilt();
    env.server = await startServer();
    env.browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
