import { type FeedWorkerOptions, startFeedWorkers } from '@xiaowei/store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { ensureBuilt } from './build.ts';
import { DEMO_PASSWORD, type RegistryServer, startRegistryServer } from './registry.ts';

export interface RegistryE2E {
  server: RegistryServer;
  browser: Browser;
}

export interface RegistryE2EOptions {
  /** Demo enterprises seeded (default 20). */
  readonly enterprises?: number;
  readonly years?: readonly [number, number];
  /** Start this process's worker of feed recomputes (as `npm start` does) with these options. */
  readonly feedWorkers?: FeedWorkerOptions;
}

/**
 * For one test file against the real service and store: builds the web app if needed, starts the service with
 * a seeded SQLite registry (every demo user's password is DEMO_PASSWORD) and launches Chromium; all torn down
 * after the file. The fields are filled in `beforeAll`.
 */
export function useRegistryE2E(options: RegistryE2EOptions = {}): RegistryE2E {
  const env = {} as RegistryE2E;
  beforeAll(async () => {
    await ensureBuilt();
    env.server = await startRegistryServer(options.enterprises ?? 20, options.years);
    if (options.feedWorkers) await startFeedWorkers(env.server.store, options.feedWorkers);
    env.browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Signs a staff user (officer, department, admin…) in through the sign-in page with DEMO_PASSWORD and waits to
 * leave it; `landing`: wait for this path instead (the role's first page).
 */
export async function signIn(page: Page, server: { url: string }, username: string, landing?: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => (landing === undefined ? !u.pathname.startsWith('/login') : u.pathname === landing));
}

/** Signs an enterprise in with its unified social credit code (the enterprise sign-in page); lands on its page. */
export async function enterpriseSignIn(page: Page, server: { url: string }, creditCode: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${server.url}/enterprise/login`);
  await page.locator('#credit_code').fill(creditCode);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/my-enterprise$/);
}

/** Signs a staff user in through the sign-in page asked for `next` (a path with its query) and waits to land there. */
export async function signInTo(page: Page, server: { url: string }, username: string, next: string): Promise<void> {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await fillSignIn(page, username);
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** Fills and submits the sign-in form the page is on (where a protected page sent the browser) with DEMO_PASSWORD. */
export async function fillSignIn(page: Page, username: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
}
