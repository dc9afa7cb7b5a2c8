import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { useE2E } from './harness/setup.ts';

const e2e = useE2E();

/** Types `query` in the search box and returns the measure ids of the cards once the server's answer for it is shown. */
async function cardsAfterSearch(page: Page, query: string): Promise<string[]> {
  const answer = page.waitForResponse((r) => r.url().includes('/api/v1/measures') && new URL(r.url()).searchParams.get('q') === query);
  await page.getByTestId('catalogue-search').fill(query);
  const { count } = (await (await answer).json()) as { count: number };
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=measure-card]').length === n, count);
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  return page.locator('[data-testid=measure-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-measure') ?? ''));
}

describe('policy catalogue', () => {
  it('lists the 29 items by chapter; a Korean and a Chinese query find the right item', async () => {
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/catalogue`);
    await page.getByTestId('catalogue-count').waitFor();
    expect(await page.locator('[data-testid=measure-card]').count()).toBe(29);
    expect(await page.locator('section h2').count()).toBe(8);
    await screenshot(page, 'catalogue-zh-CN');

    // 인지세 (stamp duty) is in item 02 (02.4: loan contracts with small and micro enterprises).
    const ko = await cardsAfterSearch(page, '인지세');
    expect(ko).toContain('gf2012-14/02');
    expect(ko.length).toBeLessThan(29);
    // 高校毕业生 (college graduates) is item 25, whatever the page's language.
    const zh = await cardsAfterSearch(page, '高校毕业生');
    expect(zh).toContain('gf2012-14/25');
    expect(zh.length).toBeLessThan(29);
    await screenshot(page, 'catalogue-search');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows each sub-measure's timeline 2012–2027 derived from the rules, in the page's language", async () => {
    const context = await openContext(e2e.browser, 'ko');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/catalogue`);
    await page.getByTestId('catalogue-count').waitFor();
    const card = page.locator('[data-testid=measure-card][data-measure="gf2012-14/02"]');
    await card.locator('details summary').first().click();
    const vat = card.locator('[data-testid=measure-timeline][data-measure="gf2012-14/02.1"]');
    await vat.waitFor();
    const text = (await vat.textContent()) ?? '';
    // Business tax ends in April 2016, so a stretch starts in May 2016; the last stretch ends in 2027-12.
    expect(text).toContain('2016-05');
    expect(text).toContain('2027-12');
    expect(text).toContain('인코딩됨');
    // No English developer note in the Korean page.
    expect(text).not.toMatch(/not defined|encoded rules|is not/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by kind, beneficiary and date in force', async () => {
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/catalogue?kind=entitlement&beneficiary=enterprise&in_force=2013-06-01`);
    await page.getByTestId('catalogue-count').waitFor();
    const ids = await page.locator('[data-testid=measure-card]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-measure')));
    expect(ids).toContain('gf2012-14/02');
    expect(ids).not.toContain('gf2012-14/01');
    expect(ids.length).toBeLessThan(29);
    await context.close();
  });

  it("an item's page: its text, documents, parameters with their history as a timeline, and how to get it", async () => {
    const context = await openContext(e2e.browser, 'ko');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/catalogue/02`);
    await page.getByTestId('measure').waitFor();
    expect(await page.locator('h1').textContent()).toContain('세수우대정책');
    expect(await page.getByTestId('documents').textContent()).toContain('财税〔2011〕105号');
    await page.getByTestId('how-to-get').waitFor();
    // The parameter that changed most is shown first: the small-scale VAT monthly threshold (20,000 → 30,000 →
    // 100,000 → 150,000 → 100,000 → lapsed after 2027).
    await page.getByTestId('parameter-list').waitFor();
    await page.locator('[data-testid=parameter-timeline] svg').waitFor();
    const history = (await page.getByTestId('parameter-history').textContent()) ?? '';
    expect(history).toContain('20,000위안');
    expect(history).toContain('150,000위안');
    expect(history).toContain('财税〔2019〕13号');
    // The English developer notes of the parameters are not shown on the Korean page.
    expect(history).not.toMatch(/not found|secondary pages|nothing is encoded/);
    await screenshot(page, 'measure-ko');
    expect(errors).toEqual([]);
    await context.close();
  });
});
