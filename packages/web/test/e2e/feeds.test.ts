import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL, demoEnterpriseId } from '@xiaowei/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Department feeds end to end (issue 13 §2) against the real service and store: human resources (hr.qd, Qingdao)
 * uploads a file of graduate hires → the batch is accepted, its recompute job runs to the end on the page → the
 * enterprise's entitlements include the graduate social-insurance subsidy (item 25.2). A file with one bad row is
 * refused with the row, column and reason, and changes nothing.
 */
const e2e = useRegistryE2E({ enterprises: 20, feedWorkers: { pollIntervalMs: 200 } });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xw-feeds-e2e-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Demo enterprise 14: Qingdao (370202), figures 2012–2015.
const ENTERPRISE = demoEnterpriseId(13);
const HEADER =
  'enterprise_id,year,hire_id,hire_date,graduation_year,contract_months,social_insurance_paid_in_full,insured_months,local_average_monthly_wage';

const fileOf = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  return path;
};

const subsidy = async () => {
  const [row] = await e2e.server.store.entitlements.get(ENTERPRISE, { scope: ALL, year: 2013 });
  return row?.detail.components.find((c) => c.measure === 'gf2012-14/25.2');
};

const hrSignIn = (page: Page) => signIn(page, e2e.server, 'hr.qd', '/feeds');

describe('department feeds', () => {
  it('hr uploads hires → the batch completes → the enterprise’s entitlements change', async () => {
    expect((await subsidy())?.eligible).not.toBe(true);
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await hrSignIn(page);
    await page.getByTestId('feed-file').setInputFiles(fileOf('hires.csv', [`${ENTERPRISE},2013,H-1,2013-07-01,2013,24,true,6,3500`]));
    await page.getByTestId('feed-upload').click();
    await page.getByTestId('feed-accepted').waitFor();
    const batch = (await e2e.server.store.feeds.list({ regionPrefix: '3702' }))[0];
    await page.locator(`[data-testid="batch-state-${batch.id}"][data-state="completed"]`).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('feed-batches').textContent()).toContain('1 of 1');
    await screenshot(page, 'feeds-accepted-en');
    expect(await subsidy()).toMatchObject({ eligible: true, valueFen: 3654_00 });
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it('a file with one bad row is refused with row, column and reason, and changes nothing', async () => {
    const before = await e2e.server.store.db.selectFrom('feed_members').select('member_key').execute();
    const batches = (await e2e.server.store.feeds.list({ regionPrefix: null })).length;
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    await hrSignIn(page);
    await page
      .getByTestId('feed-file')
      .setInputFiles(
        fileOf('bad.csv', [
          `${ENTERPRISE},2013,H-2,2013-07-01,2013,24,true,6,3500`,
          `${ENTERPRISE},2013,H-3,2013-02-30,2013,24,true,6,3500`,
        ]),
      );
    await page.getByTestId('feed-upload').click();
    await page.getByTestId('feed-error').waitFor();
    const problems = await page.getByTestId('feed-problems').textContent();
    expect(problems).toContain('3');
    expect(problems).toContain('hire_date');
    await screenshot(page, 'feeds-rejected-zh');
    expect(await e2e.server.store.db.selectFrom('feed_members').select('member_key').execute()).toEqual(before);
    expect((await e2e.server.store.feeds.list({ regionPrefix: null })).length).toBe(batches);
    await context.close();
  }, 120_000);
});
