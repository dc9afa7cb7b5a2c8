import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchBrowser, openContext, SCREENSHOTS, screenshot, seriousViolations } from './harness/browser.ts';
import { ensureBuilt } from './harness/build.ts';
import { DEMO_PASSWORD, type RegistryServer, startRegistryServer } from './harness/registry.ts';

/**
 * The officer area against the real service with a real store (SQLite in a temporary directory, the
 * demo registry and users): sign-in, the registry, a rejected and an accepted import, the enterprise
 * page, the dashboard, the 403 page and sign-out.
 */
let server: RegistryServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  server = await startRegistryServer();
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Errors the page logged, without the browser's own notes on answers the test expects (401 before sign-in, 422 of the bad file). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|403|422)/.test(e));

const HEADER = '企业名称,统一社会信用代码,所属地区,行业,年度,从业人员,营业收入,资产总额';
const BAD = [
  HEADER,
  'E2E测试贸易有限公司,E2E-0001,370203,F52,2015,8,abc,500000',
  'E2E测试软件有限公司,E2E-0002,370211,I65,2015,20,3000000,2000000',
].join('\n');
const GOOD = BAD.replace(',abc,', ',800000,');

async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

async function registryCount(page: Page, query = ''): Promise<number> {
  await page.goto(`${server.url}/registry${query}`);
  const total = page.getByTestId('registry-total');
  await total.and(page.locator('[data-count]')).waitFor();
  await page.locator('[data-testid=registry-table] tbody tr').first().waitFor();
  return Number(await total.getAttribute('data-count'));
}

async function dashboardTotal(page: Page): Promise<{ year: number; total: number; smallOrMicro: number; value: number }> {
  await page.goto(`${server.url}/dashboard`);
  const d = page.getByTestId('dashboard');
  await d.waitFor();
  await page.locator('[data-testid=dashboard-size] svg').first().waitFor();
  await page.locator('[data-testid=dashboard-region-value] svg').first().waitFor();
  const n = async (name: string) => Number(await d.getAttribute(name));
  return {
    year: await n('data-year'),
    total: await n('data-total'),
    smallOrMicro: await n('data-small-or-micro'),
    value: await n('data-value'),
  };
}

describe('officer area', () => {
  it('sign-in, registry, import (rejected, then accepted), enterprise page, dashboard, sign-out', async () => {
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);

    // Nobody signed in: the registry sends to the sign-in page; the menu has no officer entries.
    await page.goto(`${server.url}/registry`);
    await page.waitForURL(/\/login\?next=%2Fregistry/);
    expect(await page.locator('nav a', { hasText: 'Registry' }).count()).toBe(0);
    await signIn(page, 'officer.qingdao', 'wrong password');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('wrong user name or password');
    await screenshot(page, 'officer-login-error-en');

    await signIn(page, 'officer.qingdao');
    await page.waitForURL(/\/registry$/);
    await page.getByTestId('signed-in-user').waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('青岛市中小企业局');
    for (const entry of ['Registry', 'Import', 'Dashboard']) expect(await page.locator('nav a', { hasText: entry }).count()).toBe(1);

    // The registry: the officer's region only, paged by the server's cursor.
    const before = await registryCount(page, '?year=2015');
    expect(before).toBeGreaterThan(0);
    const regions = await page.locator('[data-testid=registry-table] tbody tr td:nth-child(3)').allTextContents();
    expect(regions.every((r) => r.startsWith('3702'))).toBe(true);
    await screenshot(page, 'officer-registry-en');
    const all = await registryCount(page);
    const exported = await context.request.get(`${server.url}${await page.getByTestId('export-csv').getAttribute('href')}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toMatch(/^text\/csv/);
    const xlsx = await context.request.get(`${server.url}${await page.getByTestId('export-xlsx').getAttribute('href')}`);
    expect(xlsx.status()).toBe(200);

    const dashBefore = await dashboardTotal(page);
    expect(dashBefore.year).toBe(2015);
    expect(dashBefore.total).toBe(before);

    // A file with a bad row: the problems by row and column, nothing written.
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-rejected').waitFor();
    const problem = page.locator('[data-testid=import-problems] tbody tr').first();
    expect(await problem.locator('td').nth(0).textContent()).toBe('2');
    expect(await problem.locator('td').nth(1).textContent()).toBe('营业收入');
    expect(await problem.locator('td').nth(2).textContent()).toMatch(/not an amount/);
    await screenshot(page, 'officer-import-rejected-en');
    expect(await registryCount(page)).toBe(all);

    // The corrected file: imported, with its counts.
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-created').textContent()).toBe('2');
    expect(await page.getByTestId('import-rows').textContent()).toBe('2');
    await screenshot(page, 'officer-import-done-en');

    expect(await registryCount(page)).toBe(all + 2);
    expect(await registryCount(page, '?year=2015')).toBe(before + 2);
    await registryCount(page, '?q=E2E-0001');
    await page.locator('[data-testid=registry-table] a', { hasText: 'E2E测试贸易有限公司' }).click();
    await page.getByTestId('enterprise').waitFor();
    await page.locator('[data-testid=enterprise-entitlements] tbody tr').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('E2E测试贸易有限公司');
    expect(await page.locator('[data-testid=enterprise-years] tbody tr').first().textContent()).toContain('800,000');
    expect(await page.locator('[data-testid=enterprise-entitlements] tbody tr').first().textContent()).toContain('Micro');
    await screenshot(page, 'officer-enterprise-en');

    // Why: the server's trace of the year's size class and support total, down to the clause.
    await page.getByTestId('trace-open-2015').click();
    const sizeTrace = page.locator('[data-testid=trace-size_class][data-status=ok]');
    await sizeTrace.waitFor();
    // The file gave no taxable income: the income-tax measures need it (absent is never 0), so the total
    // cannot be computed, and the page names the missing figure instead of a generic failure.
    const totalTrace = page.locator('[data-testid=trace-total_support_value][data-status=missing]');
    await totalTrace.waitFor();
    expect(await totalTrace.getByTestId('trace-missing').getAttribute('data-fields')).toBe('taxable_income');
    expect(await totalTrace.textContent()).toContain('Cannot be computed for 2015: the year has no taxable income');
    expect(await page.getByTestId('enterprise-trace').locator('h2').textContent()).toBe('Why: the computation for 2015');
    // The label people read; the variable's id on hover only.
    expect(await sizeTrace.locator('.xw-trace-node').first().textContent()).toMatch(/Size class = Micro/);
    expect(await sizeTrace.locator('.xw-trace-node .xw-trace-label').first().getAttribute('title')).toBe('size_class');
    const smallEmployees = sizeTrace.locator('[data-path="classification.size_standard.retail.small.employees"]');
    const param = await smallEmployees.textContent();
    expect(param).toContain('= 10 persons');
    expect(param).toContain('2011-06-18 … in force');
    expect(param).toContain('工信部联企业〔2011〕300号 第四条（五）');
    expect(param).toContain('verified');
    expect(await sizeTrace.locator('[data-variable=revenue]').textContent()).toContain('800,000');
    await screenshot(page, 'officer-enterprise-trace-en');
    await page.getByTestId('enterprise-trace').screenshot({ path: join(SCREENSHOTS, 'officer-enterprise-trace-panel-en.png') });

    const dashAfter = await dashboardTotal(page);
    expect(dashAfter.total).toBe(dashBefore.total + 2);
    expect(dashAfter.smallOrMicro).toBeGreaterThanOrEqual(dashBefore.smallOrMicro);
    expect(dashAfter.value).toBeGreaterThanOrEqual(dashBefore.value);
    // The exact aggregates, not a sample: the region table (Qingdao's districts) adds up to the total.
    const regionCounts = await page.locator('[data-testid=dashboard-region-table] tbody tr td:nth-child(2)').allTextContents();
    expect(regionCounts.reduce((a, c) => a + Number(c.replace(/\D/g, '')), 0)).toBe(dashAfter.total);
    const regionNames = await page.locator('[data-testid=dashboard-region-table] tbody tr td:nth-child(1)').allTextContents();
    expect(regionNames.length).toBeGreaterThan(0);
    expect(regionNames.every((r) => /\b3702\d\d\b/.test(r))).toBe(true);
    expect(await page.getByTestId('dashboard-region-value').textContent()).toContain('Total support value');
    // Support value by measure: a bar chart with its table, one row per measure, titled from the catalogue.
    const byMeasure = page.getByTestId('dashboard-measure-value');
    await byMeasure.locator('svg').first().waitFor();
    expect(await byMeasure.textContent()).toContain('Support value by measure');
    expect(await page.locator('[data-testid=dashboard-measure-value-table] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'officer-dashboard-en');

    // Sign out (a state-changing request: it needs the CSRF token), then the registry asks for sign-in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${server.url}/registry`);
    await page.waitForURL(/\/login/);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('a role without the registry gets the 403 page in its language; sign-in errors in Korean', async () => {
    const context = await openContext(browser, 'ko');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/login`);
    await signIn(page, 'bank.demo', 'nope');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('사용자 이름 또는 비밀번호가 올바르지 않습니다');
    await signIn(page, 'bank.demo');
    // A bank lands on its own work, the lending reports.
    await page.waitForURL(`${server.url}/lending/reports`);
    expect(await page.locator('nav a', { hasText: '기업 명부' }).count()).toBe(0);
    await page.goto(`${server.url}/registry`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.locator('h1').textContent()).toBe('접근 권한이 없습니다');
    await screenshot(page, 'officer-forbidden-ko');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('the registry and the dashboard in Chinese, then in Korean; no serious axe violation', async () => {
    const context = await openContext(browser, 'zh-CN');
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, 'officer.qingdao');
    await page.waitForURL(/\/registry$/);
    await registryCount(page, '?year=2014');
    expect(await page.locator('h1').textContent()).toBe('企业名录');
    await screenshot(page, 'officer-registry-zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    await dashboardTotal(page);
    await screenshot(page, 'officer-dashboard-zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    // The language switcher on an officer page: its own strings follow (on a fresh page: axe's style stops antd's motion).
    await dashboardTotal(page);
    // A person whose click on the option does not take (the list still opening on a busy machine) clicks again:
    // up to three tries, each waiting 20 s for the Korean title.
    const korean = page.locator('h1', { hasText: '통계 대시보드' });
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('combobox', { name: /^(语言|언어)$/ }).click();
      const option = page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: '한국어' });
      await option.waitFor();
      await option.click();
      try {
        await korean.waitFor({ timeout: 20_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    await page.goto(`${server.url}/import`);
    await page.locator('h1', { hasText: '데이터 가져오기' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('an admin sees every region, paged by the server cursor (next, previous)', async () => {
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await signIn(page, 'admin');
    await page.waitForURL(/\/registry$/);
    const total = await registryCount(page);
    expect(total).toBeGreaterThan(40);
    const rows = page.locator('[data-testid=registry-table] tbody tr');
    expect(await rows.count()).toBe(20);
    const first = await rows.first().locator('td').first().textContent();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('registry-page').filter({ hasText: 'Page 2' }).waitFor();
    await page.waitForFunction((id) => document.querySelector('[data-testid=registry-table] tbody td')?.textContent !== id, first);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByTestId('registry-page').filter({ hasText: 'Page 1' }).waitFor();
    await page.waitForFunction((id) => document.querySelector('[data-testid=registry-table] tbody td')?.textContent === id, first);
    await context.close();
  });
});
