import { describe, expect, it } from 'vitest';
import { BUDGET_KB, budgetOf, bundleSizes, SIGNED_IN_BUDGET_KB } from '../../scripts/bundle-sizes.ts';
import { collectErrors, openContext, screenshot, seriousViolations } from './harness/browser.ts';
import { useE2E } from './harness/setup.ts';

const e2e = useE2E();

describe('shell: language, errors, accessibility, size', () => {
  it('zh-CN by default; the language switcher changes every string and the choice is kept', async () => {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('小微企业政策服务');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, 'home-zh-CN');
    await page.getByRole('combobox', { name: '语言' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '한국어' }).click();
    await page.locator('h1', { hasText: '소규모 기업 정책 서비스' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.reload();
    await page.locator('h1', { hasText: '소규모 기업 정책 서비스' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('xiaowei.lang'))).toBe('ko');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown address is a 404 page in the language of the user', async () => {
    for (const [lang, title] of [
      ['zh-CN', '页面不存在'],
      ['ko', '페이지를 찾을 수 없습니다'],
      ['en', 'Page not found'],
    ] as const) {
      const context = await openContext(e2e.browser, lang);
      const page = await context.newPage();
      await page.goto(`${e2e.server.url}/no/such/page`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.locator('h1').textContent()).toBe(title);
      if (lang === 'en') await screenshot(page, 'not-found-en');
      await context.close();
    }
  });

  it("the server's errors are shown in the user's language: a measure it does not have, and no answer at all", async () => {
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/catalogue/99`);
    const notFound = page.getByTestId('api-error');
    await notFound.waitFor();
    expect(await notFound.getAttribute('data-status')).toBe('404');
    expect(await notFound.textContent()).toContain('Page not found');
    // The server down: requests get no answer.
    await page.route('**/api/v1/classify**', (route) => route.abort('connectionrefused'));
    await page.goto(`${e2e.server.url}/self-check?period=2024&industry=retail&employees=8&revenue=900000&total_assets=500000`);
    await page.getByTestId('api-error').waitFor();
    expect(await page.getByTestId('api-error').textContent()).toContain('Cannot reach the server');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await screenshot(page, 'server-error-en');
    // A bad figure is the server's validation error, in the user's language.
    await page.unroute('**/api/v1/classify**');
    await page.goto(`${e2e.server.url}/self-check?period=2024&industry=J66&employees=8&revenue=900000&total_assets=500000`);
    await page.getByTestId('api-error').waitFor();
    expect(await page.getByTestId('api-error').textContent()).toContain('finance');
    await context.close();
  });

  it('axe-core finds no serious or critical violation on the main pages, and they can be used by keyboard', async () => {
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    const pages = [
      ['/', 'h1'],
      ['/self-check?period=2024&industry=C33&employees=300&revenue=19999999&total_assets=5000000', '[data-testid=size-result]'],
      [
        '/entitlements?period=2015&industry=retail&employees=8&revenue=900000&total_assets=500000&taxable_income=50000',
        '[data-testid=report]',
      ],
      ['/catalogue', '[data-testid=measure-card]'],
      ['/catalogue/02', '[data-testid=parameter-list]'],
      ['/no/such/page', '[data-testid=not-found]'],
    ] as const;
    const found: Record<string, unknown> = {};
    for (const [path, ready] of pages) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator(ready).first().waitFor();
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
    // Keyboard: the first Tab reaches the skip link, which moves the focus to the page.
    await page.goto(`${e2e.server.url}/self-check`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it(`every public page loads at most ${BUDGET_KB} KB of gzipped JavaScript, every signed-in page ${SIGNED_IN_BUDGET_KB} KB`, () => {
    const sizes = bundleSizes();
    for (const s of sizes) expect({ page: s.page, kb: Math.round(s.kb) }).toEqual({ page: s.page, kb: expect.any(Number) });
    expect(sizes.filter((s) => s.kb > budgetOf(s.page)).map((s) => `${s.page}: ${s.kb.toFixed(1)} KB`)).toEqual([]);
    expect(sizes.filter((s) => budgetOf(s.page) === BUDGET_KB).length).toBeGreaterThan(5);
    expect(sizes.map((s) => s.page)).toEqual(
      expect.arrayContaining(['public/self-check', 'public/entitlements', 'public/catalogue', 'public/measure']),
    );
  });
});
