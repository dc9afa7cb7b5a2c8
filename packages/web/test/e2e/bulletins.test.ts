import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../server/test/pdf-text.ts';
import { collectErrors, openContext, screenshot, seriousViolations } from './harness/browser.ts';
import { signInTo, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Statistics bulletins end to end (issue 15 §2) against the real service and the demo registry: the Shandong
 * officer generates the bulletin of 2013 Q1, may not review it himself, the analyst reviews it, the officer
 * publishes it; the public archive and page (no sign-in) show it, and its PDF and Excel files carry the same
 * figures as the page.
 */
const e2e = useRegistryE2E({ enterprises: 40 });

/** The refused self-review (409) is an answer the flow expects. */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|409)/.test(e));

const signIn = (page: Page, username: string, next: string) => signInTo(page, e2e.server, username, next);

const cells = (page: Page, table: string, column: number) =>
  page.locator(`[data-testid=${table}] tbody tr td:nth-child(${column})`).allTextContents();

describe('statistics bulletins', () => {
  it('generate a quarter → review by another → publish → public page, PDF and Excel agree', async () => {
    // One programme of Shandong with an offer paid in Q1 (12,345.67 yuan) and one complaint filed in Q1, rated 4.
    const [e] = await e2e.server.store.db
      .selectFrom('enterprises')
      .select(['id', 'region_code'])
      .where('region_code', 'like', '37%')
      .limit(1)
      .execute();
    const at = '2013-01-05T02:00:00.000Z';
    const programme = { id: 'PG-E2E', name: 'E2E', measure: 'M-E2E', department: 'finance', region_code: '370000', year: 2013 };
    await e2e.server.store.db
      .insertInto('programmes')
      .values({ ...programme, budget_fen: 10_000_000, publicity_days: 5, created_by: 't', created_at: at, updated_at: at })
      .execute();
    await e2e.server.store.db
      .insertInto('offers')
      .values({
        id: 'OF-E2E',
        programme_id: 'PG-E2E',
        enterprise_id: e.id,
        region_code: e.region_code,
        year: 2013,
        measure: 'M-E2E',
        amount_fen: 1_234_567,
        promised_fen: 1_234_567,
        trace: '{}',
        status: 'paid',
        eligible_at: at,
        confirmed_at: at,
        paid_at: '2013-03-31T15:00:00.000Z',
        updated_at: at,
      })
      .execute();
    await e2e.server.store.db
      .insertInto('complaints')
      .values({
        id: 'CP-E2E',
        enterprise_id: e.id,
        region_code: e.region_code,
        type: 'fee',
        department: 'development_reform',
        respondent: 'R',
        body: 'B',
        status: 'replied',
        filed_by: 't',
        filed_at: at,
        due_date: '2013-01-21',
        due_estimated: 0,
        reply: 'r',
        replied_by: 'o',
        replied_at: '2013-01-10T02:00:00.000Z',
        rating: 4,
        rated_at: '2013-01-11T02:00:00.000Z',
      })
      .execute();

    const officerContext = await openContext(e2e.browser, 'zh-CN');
    const officer = await officerContext.newPage();
    const officerErrors = collectErrors(officer);
    await signIn(officer, 'officer.shandong', '/bulletins');
    await officer.getByTestId('bulletin-period').fill('2013-Q1');
    await officer.getByTestId('bulletin-generate').click();
    const view = officer.getByTestId('officer-bulletin');
    await view.waitFor();
    expect(await view.getAttribute('data-status')).toBe('draft');
    await officer.locator('[data-testid=bulletin-enterprises] svg').first().waitFor();
    const id = officer.url().split('/').at(-1) ?? '';
    // The one who generated it may not review it.
    await officer.getByTestId('bulletin-review').click();
    expect(await officer.getByTestId('bulletin-action-error').textContent()).toContain('须由生成人以外的人员审核');
    await screenshot(officer, 'bulletin-draft-zh-CN');

    const analystContext = await openContext(e2e.browser, 'en');
    const analyst = await analystContext.newPage();
    const analystErrors = collectErrors(analyst);
    await signIn(analyst, 'analyst.demo', '/bulletins');
    await analyst.getByTestId(`bulletin-open-${id}`).click();
    await analyst.getByTestId('bulletin-review').click();
    await analyst.locator('[data-testid=officer-bulletin][data-status=reviewed]').waitFor();
    expect(unexpected(analystErrors)).toEqual([]);
    await analystContext.close();

    await officer.reload();
    await officer.getByTestId('bulletin-publish').click();
    await officer.locator('[data-testid=officer-bulletin][data-status=published]').waitFor();
    expect(await view.getAttribute('data-version')).toBe('1');
    expect(unexpected(officerErrors)).toEqual([]);
    await officerContext.close();

    // Anyone, in English: the archive lists it; its page shows the figures.
    const publicContext = await openContext(e2e.browser, 'en');
    const reader = await publicContext.newPage();
    const readerErrors = collectErrors(reader);
    await reader.goto(`${e2e.server.url}/public-bulletins`);
    await reader.getByTestId(`archive-open-${id}`).click();
    await reader.getByTestId('public-bulletin').waitFor();
    await reader.locator('[data-testid=bulletin-enterprises] svg').first().waitFor();
    expect(await reader.getByTestId('public-bulletin').getAttribute('data-version')).toBe('1');
    const text = await reader.locator('[data-testid=bulletin-text] li').allTextContents();
    expect(text[0]).toMatch(/^On .* the registry of Shandong.* held [\d,]+ enterprises/);
    const sizeNames = await cells(reader, 'bulletin-size', 1);
    const sizeNow = await cells(reader, 'bulletin-size', 2);
    const entCodes = await cells(reader, 'bulletin-entitlement-regions', 1);
    const entAmounts = await cells(reader, 'bulletin-entitlement-regions', 4);
    const lendAmounts = await cells(reader, 'bulletin-lending-regions', 5);
    expect(sizeNames.length).toBeGreaterThan(1);
    expect(entAmounts.length).toBeGreaterThan(1);
    expect(lendAmounts.length).toBeGreaterThan(1);
    // Take-up (the total row's amount paid) and complaints (filed by type, the total row, mean rating).
    const paid = await cells(reader, 'bulletin-take-up', 7);
    expect(paid.at(-1)).toBe('12,345.67');
    expect(await cells(reader, 'bulletin-complaints-types', 2)).toEqual(['1', '1']);
    expect((await cells(reader, 'bulletin-complaints-departments', 8)).at(-1)).toBe('4.00');
    await screenshot(reader, 'bulletin-public-en');
    expect(await seriousViolations(reader)).toEqual([]);

    // The PDF draws the same texts: every figure of the page's tables, and the sentences.
    const pdfHref = await reader.getByTestId('public-bulletin-pdf').getAttribute('href');
    const pdf = await publicContext.request.get(`${e2e.server.url}${pdfHref}`);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
    const drawn = pdfText(Buffer.from(await pdf.body()));
    for (const figure of [...sizeNames, ...sizeNow, ...entAmounts, ...lendAmounts, ...paid]) expect(drawn).toContain(figure);
    for (const line of text) expect(drawn.join('')).toContain(line.slice(0, 24));

    // The Excel file holds the same figures as numbers (amounts in yuan exact to the fen).
    const xlsxHref = await reader.getByTestId('public-bulletin-xlsx').getAttribute('href');
    const xlsx = await publicContext.request.get(`${e2e.server.url}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const sheet = (prefix: string) => {
      const found = workbook.worksheets.find((s) => s.name.startsWith(prefix));
      if (!found) throw new Error(`no sheet ${prefix}`);
      const rows: unknown[][] = [];
      found.eachRow((row, n) => {
        if (n > 2) rows.push((row.values as unknown[]).slice(1));
      });
      return rows;
    };
    const yuan = (s: string) => Number(s.replace(/,/g, ''));
    const count = (s: string) => Number(s.replace(/,/g, ''));
    expect(sheet('1 ').map((r) => [r[0], r[1]])).toEqual(sizeNames.map((n, i) => [n, count(sizeNow[i])]));
    expect(sheet('5 ').map((r) => [r[0] ?? '', r[3]])).toEqual(entCodes.map((c, i) => [c, yuan(entAmounts[i])]));
    expect(sheet('8 ').map((r) => r[4])).toEqual(lendAmounts.map(yuan));
    expect(unexpected(readerErrors)).toEqual([]);

    // In Korean and Chinese too, without signing in.
    for (const lang of ['ko', 'zh-CN'] as const) {
      const ctx = await openContext(e2e.browser, lang);
      const p = await ctx.newPage();
      await p.goto(`${e2e.server.url}/public-bulletins/${id}`);
      await p.locator('[data-testid=bulletin-text] li').first().waitFor();
      expect(await p.locator('[data-testid=bulletin-text] li').first().textContent()).toMatch(lang === 'ko' ? /등록 기업/ : /登记企业/);
      await ctx.close();
    }
    await publicContext.close();
  }, 300_000);
});
