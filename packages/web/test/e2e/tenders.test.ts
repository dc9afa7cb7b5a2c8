import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, collectErrors, launchBrowser, openContext, screenshot, seriousViolations } from './harness/browser.ts';
import { ensureBuilt } from './harness/build.ts';
import { DEMO_PASSWORD, type RegistryServer, startRegistryServer } from './harness/registry.ts';

/**
 * A procurement officer runs a tender end to end against the real service and store: creates it, fixes
 * the rate inside the legal range shown for its date, adds a bid by hand and two from Excel (a bad file
 * first: its row and column problems, nothing added), evaluates, reads each deduction's reason and the
 * flag on the declaration the registry contradicts, publishes, and finds the tender locked.
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

/** The browser's notes on answers the test expects (the rejected file: 422). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (422)/.test(e));

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('bids');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('bid-import-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByTestId('bid-import-upload').click();
}

describe('tender evaluation', () => {
  it('create, bids by hand and by Excel, evaluate with reasons and a declaration flag, publish, locked', async () => {
    // A registry enterprise whose 2015 class is not small: declared small, the registry contradicts it.
    const row = await server.store.db
      .selectFrom('entitlements as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .select(['e.id', 'e.name', 'n.size_class'])
      .where('n.year', '=', 2015)
      .where('n.size_class', 'in', ['medium', 'large', 'micro'])
      .orderBy('n.size_class')
      .orderBy('e.id')
      .executeTakeFirstOrThrow();

    const context = await openContext(browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/login?next=%2Ftenders`);
    await page.locator('#username').fill('procurement.demo');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/tenders$/);
    await page.getByTestId('tender-table').waitFor();
    expect(await page.locator('nav a', { hasText: 'Tenders' }).count()).toBe(1);

    // A draft can be deleted.
    await page.getByTestId('tender-new-name').fill('E2E throwaway');
    await page.getByTestId('tender-new-date').fill('2014-01-02');
    await page.getByTestId('tender-create-submit').click();
    await page.waitForURL(/\/tenders\/TD-/);
    await page.getByTestId('tender-delete').click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous, .ant-popconfirm .ant-btn-primary').first().click();
    await page.waitForURL(/\/tenders$/);
    await page.getByTestId('tender-table').waitFor();
    expect(await page.locator('[data-testid=tender-table] tbody tr', { hasText: 'E2E throwaway' }).count()).toBe(0);

    // A new tender, then its rate inside the legal range shown for its date.
    await page.getByTestId('tender-new-name').fill('E2E office furniture');
    await page.getByTestId('tender-new-date').fill('2015-05-10');
    await page.getByTestId('tender-create-submit').click();
    await page.waitForURL(/\/tenders\/TD-/);
    await page.getByTestId('tender-page').waitFor();
    await expect.poll(() => page.getByTestId('legal-range').textContent()).toContain('small/micro 6%–10%, consortium 2%–3%');
    await page.getByTestId('tender-rate').fill('8');
    await page.getByTestId('tender-consortium-rate').fill('2');
    // Linked to the unit's open 2015 project that has no award yet: publishing will write it.
    await chooseOption(page, '[data-testid=tender-project]', '', '专用设备购置');
    await page.getByTestId('tender-save').click();
    await expect.poll(() => page.getByTestId('tender-rate').inputValue()).toBe('8');

    // One bid by hand: the supplier declares small.
    await page.getByTestId('bid-id').fill('B01');
    await page.getByTestId('bid-supplier').fill(row.name);
    await page.getByTestId('bid-supplier-id').fill(row.id);
    await page.getByTestId('bid-price').fill('1000000');
    await chooseOption(page, '[data-testid=bid-class]', '', row.size_class === 'micro' ? 'Medium' : 'Small');
    await page.getByTestId('bid-add-submit').click();
    await page.locator('[data-testid=bids-table] tbody tr', { hasText: 'B01' }).waitFor();

    // A bad Excel file: every problem by row and column, nothing added.
    const header = ['bid_id', 'supplier_name', 'price (yuan)', 'declared_size_class', 'consortium'];
    await upload(
      page,
      'bad.xlsx',
      await xlsx([header, ['B02', 'Large Co', 990000, 'large', null], ['B03', 'Small Co', 'lots', 'tiny', null]]),
    );
    await page.getByTestId('bid-import-rejected').waitFor();
    const problems = await page.locator('[data-testid=bid-import-problems] tbody tr').allTextContents();
    expect(problems.some((p) => p.startsWith('3') && p.includes('price (yuan)'))).toBe(true);
    expect(problems.some((p) => p.includes('declared_size_class') && p.includes('"tiny" is not a size class'))).toBe(true);
    await screenshot(page, 'tender-import-rejected-en');
    expect(await page.locator('[data-testid=bids-table] tbody tr').count()).toBe(1);

    // The corrected file: a large supplier and a consortium whose small/micro members hold 40%.
    await upload(
      page,
      'good.xlsx',
      await xlsx([
        header,
        ['B02', 'Large Co', 990000, 'large', null],
        ['B03', 'Joint bid', '1010000.50', null, 'Alpha|XW-DEMO-000003|large|60%;Beta||micro|40%'],
      ]),
    );
    await page.getByTestId('bid-import-done').waitFor();
    expect(await page.locator('[data-testid=bids-table] tbody tr').count()).toBe(3);

    // Evaluate: each bid's deduction and why, and the flag on the contradicted declaration.
    await page.getByTestId('tender-evaluate').click();
    await page.getByTestId('tender-report').waitFor();
    const reasons = await page.locator('[data-testid=bid-reason]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')));
    expect(reasons.sort()).toEqual(
      (row.size_class === 'micro'
        ? ['consortium_share', 'not_small_micro', 'not_small_micro']
        : ['consortium_share', 'not_small_micro', 'small_micro']
      ).sort(),
    );
    const reportText = await page.getByTestId('report-table').textContent();
    expect(reportText).toContain('Large Co');
    const flag = page.locator('[data-testid=declaration-flag][data-status=contradicted]');
    await flag.first().waitFor();
    const explanation = await page.locator('[data-testid=declaration-explanation]').first().textContent();
    // A budget unit's staff have no enterprise in their registry scope: the registry's class for the
    // tender's year, never the figures behind it.
    const declared = row.size_class === 'micro' ? 'medium' : 'small';
    expect(explanation).toBe(`declared ${declared}, but the registry classes it ${row.size_class} for 2015`);
    expect(await page.getByTestId('tender-report').textContent()).not.toMatch(/figures make it|employees [0-9]/);
    // Marked in the ranking itself, on the contradicted bidder's row; the time in words, never raw ISO.
    const marked = page.locator('[data-testid=report-table] tbody tr', { has: page.getByTestId('rank-contradicted') });
    expect(await marked.filter({ hasText: row.name }).count()).toBe(1);
    expect(await page.getByTestId('tender-report').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    await screenshot(page, 'tender-report-en');
    // Judged at rest: not under the pointer that just clicked a button.
    await page.mouse.move(0, 0);
    expect(await seriousViolations(page)).toEqual([]);

    // Publish: locked, no more editing.
    await page.getByTestId('tender-publish').click();
    await page.getByTestId('tender-publish-confirm').click();
    await page.getByTestId('tender-locked').waitFor();
    expect(await page.getByTestId('tender-page').getAttribute('data-status')).toBe('published');
    expect(await page.getByTestId('tender-evaluate').count()).toBe(0);
    expect(await page.getByTestId('bid-add').count()).toBe(0);
    expect(await page.getByTestId('tender-rate').isDisabled()).toBe(true);
    // The project's award: the winner (rank 1) at its original bid price, not the evaluated one.
    const project = await server.store.db
      .selectFrom('procurement_projects')
      .selectAll()
      .where('budget_unit_id', '=', 'BU-DEMO-370200')
      .where('name', '=', '2015 年专用设备购置')
      .executeTakeFirstOrThrow();
    const winner = await page.locator('[data-testid=report-table] tbody tr').first().getByTestId('ranked-supplier').textContent();
    expect(project.awarded_supplier_name).toBe(winner);
    expect(project.tender_id).toMatch(/^TD-/);
    expect([100_000_000, 99_000_000, 101_000_050]).toContain(Number(project.awarded_amount_fen));
    const pdf = await context.request.get(`${server.url}${await page.getByTestId('report-pdf').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await screenshot(page, 'tender-published-en');
    // The list shows it published (the accessibility check last: it freezes the page's animations).
    await page.goto(`${server.url}/tenders`);
    const listed = page.locator('[data-testid=tender-table] tbody tr', { hasText: 'E2E office furniture' });
    await listed.waitFor();
    expect(await listed.locator('[data-testid=tender-status]').getAttribute('data-status')).toBe('published');
    expect(await seriousViolations(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});
