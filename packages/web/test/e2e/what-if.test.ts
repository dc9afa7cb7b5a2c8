import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchBrowser, openContext, screenshot, seriousViolations } from './harness/browser.ts';
import { ensureBuilt } from './harness/build.ts';
import { DEMO_PASSWORD, type RegistryServer, startRegistryServer } from './harness/registry.ts';

/**
 * The what-if page end to end (issue 15 §1) against the real service and store, the demo registry with its 2016
 * figures: an analyst builds the scenario "the small low-profit limit 500,000 yuan instead of 300,000 in 2016"
 * from the parameter tree, saves it, runs it over the registry with a progress bar, reads the cost and the
 * beneficiaries (the figures of the API's run, shown exactly), opens a trace of a largest change and downloads
 * the PDF report.
 */
let server: RegistryServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  server = await startRegistryServer(150, [2015, 2016]);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LIMIT = 'tax.corporate_income_tax.small_low_profit.taxable_income_limit';
/** The session probe before sign-in answers 401: expected. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

describe('what-if simulation page', () => {
  it('builds the 500,000 yuan scenario for 2016, runs it over the registry and exports the PDF', async () => {
    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/login`);
    await page.locator('#username').fill('analyst.demo');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // Reached from the menu.
    await page.getByRole('link', { name: 'What-if simulation' }).click();
    await page.waitForURL(/\/what-if$/);
    await page.getByTestId('what-if-editor').waitFor();

    await page.locator('#what-if-name').fill('Small low-profit limit 500,000 yuan (2016)');
    expect(await page.locator('#what-if-base-year').inputValue()).toBe('2016');
    // The parameter from the tree, found by its path; its title carries the value in force on 2016-01-01.
    const label = await page.evaluate(
      async (path) => (await (await fetch(`/api/v1/parameters/${path}?lang=en`)).json()).label as string,
      LIMIT,
    );
    await page.locator('#change-1-path').click();
    await page.locator('#change-1-path').fill('small_low_profit.taxable_income_limit');
    const node = page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: `${label}: 300,000` });
    await node.first().click();
    // Its dated values, from the law: 300,000 in force for 2016, 500,000 later.
    const history = page.getByTestId('parameter-history');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/300,000.*500,000/s);
    await page.locator('#change-1-value').fill('500000');
    expect(await page.locator('#change-1-from').inputValue()).toBe('2016-01-01');
    expect(await page.locator('#change-1-until').inputValue()).toBe('2016-12-31');
    await page.getByTestId('what-if-save').click();
    await page.getByTestId('what-if-saved-note').waitFor();
    const saved = await page.evaluate(async () => (await (await fetch('/api/v1/scenarios')).json()) as { changes: unknown[] }[]);
    expect(saved.length).toBe(1);
    expect(saved[0].changes).toEqual([{ kind: 'parameter', path: LIMIT, value: '500000', from: '2016-01-01', until: '2016-12-31' }]);

    // Run over the registry for 2016: progress, then the result.
    await page.getByTestId('what-if-start').click();
    await page.getByTestId('what-if-progress').waitFor();
    const results = page.getByTestId('what-if-results');
    await results.waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('what-if-progress').getAttribute('data-status')).toBe('completed');
    const runId = await results.getAttribute('data-run-id');
    const run = await page.evaluate(async (id) => (await fetch(`/api/v1/simulation-runs/${id}?lang=en`)).json(), runId);
    const totals = run.result.totals;
    // The demo's 2016 figures have enterprises with taxable income between 300,000 and 500,000 yuan: they gain.
    expect(totals.gainers).toBeGreaterThan(0);
    expect(totals.losers).toBe(0);
    expect(totals.change).toBeGreaterThan(0);
    expect(totals.beneficiaries_reform).toBeGreaterThanOrEqual(totals.beneficiaries_baseline);
    const yuan = (v: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
    const fmtYuan = (v: number) => (Number.isInteger(v) ? new Intl.NumberFormat('en-US').format(v) : yuan(v));
    expect(await page.getByTestId('what-if-cost').textContent()).toContain(fmtYuan(totals.change));
    expect(await page.getByTestId('what-if-beneficiaries').textContent()).toBe(
      `${totals.beneficiaries_baseline} → ${totals.beneficiaries_reform}`,
    );
    expect(await page.getByTestId('what-if-gainers').textContent()).toContain(String(totals.gainers));
    // The chart is drawn; the breakdown by size class lists the gainers' classes.
    await page.locator('[data-testid=what-if-chart] svg').first().waitFor();
    // The largest change opens to both traces with the limit of each side.
    const first = page.locator('[data-testid=what-if-largest] details').first();
    await first.locator('summary').click();
    expect(await first.textContent()).toContain('Under the scenario');
    expect(await first.textContent()).toContain('500,000');
    await screenshot(page, 'what-if-en');

    // The PDF report of the run.
    const href = await page.getByTestId('what-if-pdf').getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await seriousViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  }, 300_000);
});
