import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot, seriousViolations } from './harness/browser.ts';
import { signInTo, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * The set-aside monitoring in a real browser against the real service and store (item 05): the
 * procurement user of BU-DEMO-370200 adds a project and records why 2015 stays below the line; the
 * Qingdao officer sees the dashboard of the region's units with the chart and downloads the Excel file.
 */
const e2e = useRegistryE2E({ enterprises: 20 });

/** The browser's notes on answers the test expects are not errors of the page. */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|403)/.test(e));

const signIn = (page: Page, username: string, next: string) => signInTo(page, e2e.server, username, next);

describe('set-aside monitoring', () => {
  it('procurement.demo records a project and a reason for the shortfall', async () => {
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'procurement.demo', '/procurement/my-unit?year=2015');
    await page.getByTestId('budget-unit').waitFor();
    expect(await page.getByTestId('budget-unit').getAttribute('data-unit')).toBe('BU-DEMO-370200');
    expect(await page.locator('nav a', { hasText: '本预算单位' }).count()).toBe(1);
    const state = page.locator('[data-testid=set-aside-status] [data-testid=set-aside-state]');
    await state.waitFor();
    expect(await state.getAttribute('data-state')).toBe('below_without_reason');
    // 2015: 28% for SMEs, 17% for small and micro — below both lines, shown exactly.
    expect(await page.getByTestId('share-sme').getAttribute('data-share')).toBe('0.280000');
    expect(await page.getByTestId('share-sme').textContent()).toContain('28.0000%');
    const rows = page.locator('[data-testid=projects-table] tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();

    // A new open project: the table and the status follow.
    await page.getByTestId('add-project').click();
    await page.getByTestId('project-form').waitFor();
    await page.locator('#project-name').fill('E2E 会议服务');
    await page.locator('#project-budget').fill('120000.50');
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-form').waitFor({ state: 'detached' });
    await page.locator('[data-testid=projects-table] tbody tr', { hasText: 'E2E 会议服务' }).waitFor();
    expect(await rows.count()).toBe(before + 1);
    expect(await page.locator('[data-testid=projects-table] tbody tr', { hasText: 'E2E 会议服务' }).textContent()).toContain('120,000.50');

    // The explanation is the engine's trace, down to the 30% parameter and its document.
    await page.locator('[data-testid=set-aside-explanation] summary').click();
    expect(await page.getByTestId('set-aside-trace').textContent()).toContain('财库〔2011〕181号');
    expect(await page.locator('[data-testid=trace-parameter]').count()).toBeGreaterThan(0);

    // The reason: empty is refused with the field named, then recorded.
    await page.getByTestId('save-reason').click();
    await page.locator('[data-testid=shortfall-reason] [data-testid=problems]').waitFor();
    expect(await page.locator('[data-testid=shortfall-reason] [data-testid=problems]').textContent()).toContain('reason');
    await page.locator('#shortfall-reason-text').fill('2015 年集中采购大型设备，中小企业供应商不足（E2E）');
    await page.getByTestId('save-reason').click();
    await page.locator('[data-testid=set-aside-status] [data-state=below_with_reason]').waitFor();
    expect(await page.locator('#shortfall-reason-text').inputValue()).toBe('2015 年集中采购大型设备，中小企业供应商不足（E2E）');
    await screenshot(page, 'set-aside-unit-zh-CN');
    expect(await seriousViolations(page)).toEqual([]);

    const status = await e2e.server.store.setAside.status('BU-DEMO-370200', 2015, { scope: { all: true } });
    expect(status.shortfallReason).toBe('2015 年集中采购大型设备，中小企业供应商不足（E2E）');
    const projects = await e2e.server.store.procurementProjects.list('BU-DEMO-370200', { scope: { all: true }, year: 2015 });
    expect(projects.find((p) => p.name === 'E2E 会议服务')).toMatchObject({ budgetFen: 12_000_050, reservedFor: 'none' });
    // The unit reaches neither another unit nor the officers' dashboard.
    await page.goto(`${e2e.server.url}/procurement/budget-units/BU-DEMO-440300`);
    await page.locator('[data-testid=api-error][data-status="404"]').waitFor();
    // 400: the empty reason refused above; 404: the other unit.
    expect(unexpected(errors).filter((e) => !/status of (400|404)/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it('officer.qingdao sees the dashboard of the region and downloads the Excel file', async () => {
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'officer.qingdao', '/procurement/set-aside?year=2013');
    const dashboard = page.getByTestId('set-aside-dashboard');
    await dashboard.waitFor();
    await page.locator('[data-testid=set-aside-chart] svg').first().waitFor();
    expect(await dashboard.getAttribute('data-region')).toBe('3702');
    expect(Number(await dashboard.getAttribute('data-units'))).toBe(3);
    expect(Number(await dashboard.getAttribute('data-below-without-reason'))).toBe(1);
    const rows = page.locator('[data-testid=set-aside-table] tbody tr');
    expect(await rows.count()).toBe(3);
    const regions = await page.locator('[data-testid=set-aside-table] tbody tr td:nth-child(2)').allTextContents();
    expect(regions.every((r) => r.startsWith('3702'))).toBe(true);
    // The unit below the line without a reason is highlighted; one that meets is not.
    const below = page.locator('[data-testid=set-aside-table] tbody tr', { has: page.locator('[data-state=below_without_reason]') });
    const meets = page.locator('[data-testid=set-aside-table] tbody tr', { has: page.locator('[data-state=meets]') }).first();
    const background = (row: typeof below) =>
      row
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background(below)).toBe('rgb(255, 241, 240)');
    expect(await background(meets)).not.toBe('rgb(255, 241, 240)');
    // BU-DEMO-370200 in 2013: exactly on the lines.
    expect(await page.locator('[data-testid=set-aside-table] tbody tr', { hasText: '青岛市政府采购中心' }).textContent()).toContain(
      '30.0000%',
    );
    await screenshot(page, 'set-aside-dashboard-en');
    expect(await seriousViolations(page)).toEqual([]);

    const href = await page.getByTestId('download-xlsx').getAttribute('href');
    const file = await context.request.get(`${e2e.server.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Budget unit id');
    expect(sheet.rowCount).toBe(3 + 2);
    const pdf = await context.request.get(`${e2e.server.url}${await page.getByTestId('download-pdf').getAttribute('href')}`);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);

    // Publishing makes version 1, listed with its files.
    await page.getByTestId('publish').click();
    await page.getByTestId('published').waitFor();
    await page.locator('[data-testid=set-aside-versions-table] tbody tr', { hasText: 'v1' }).waitFor();
    // The published version, as published: its own page with the chart and the same units.
    await page.locator('[data-testid=set-aside-versions-table] a', { hasText: 'v1' }).click();
    await page.getByTestId('published-report').waitFor();
    await page.locator('[data-testid=set-aside-chart] svg').first().waitFor();
    expect(await page.getByTestId('published-report').getAttribute('data-version')).toBe('1');
    expect(await page.locator('[data-testid=set-aside-table] tbody tr').count()).toBe(3);
    await screenshot(page, 'set-aside-published-en');

    // A new unit of the region: outside it refused with the field named, inside it created and opened.
    await page.goto(`${e2e.server.url}/procurement/set-aside?year=2013`);
    await page.getByTestId('new-unit').click();
    await page.locator('#unit-name').fill('E2E 青岛市市南区文化局');
    await page.locator('#unit-region').fill('440305');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('[data-testid=new-unit-form] [data-testid=problems]').waitFor();
    await page.locator('#unit-region').fill('370202');
    await page.locator('#unit-id').fill('BU-E2E-370202');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('[data-testid=budget-unit][data-unit=BU-E2E-370202]').waitFor();
    expect((await e2e.server.store.budgetUnits.get('BU-E2E-370202', { scope: { regionPrefix: '3702' } })).name).toBe(
      'E2E 青岛市市南区文化局',
    );
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  }, 120_000);
});
