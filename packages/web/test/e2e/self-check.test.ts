import { describe, expect, it } from 'vitest';
import { chooseOption, collectErrors, openContext, screenshot } from './harness/browser.ts';
import { useE2E } from './harness/setup.ts';

const e2e = useE2E();

describe('size self-check', () => {
  it('zh-CN: industry group and three figures give the class, the deciding indicator and what would change it', async () => {
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/self-check`);
    await expect(page.locator('h1').textContent()).resolves.toBe('企业规模自测');
    await chooseOption(page, '#industry', '工业', /^工业$/);
    await page.getByTestId('input-employees').fill('300');
    await page.getByTestId('money-unit').getByRole('radio', { name: '元', exact: true }).check();
    await page.getByTestId('input-revenue').fill('19,999,999');
    // 工业 is sized by employees and revenue (300号 art. 4): total assets are not asked for.
    await expect.poll(() => page.getByTestId('input-total_assets').count()).toBe(0);
    await page.getByTestId('submit').click();

    const size = page.getByTestId('size-class');
    await size.waitFor();
    expect(await size.getAttribute('data-size-class')).toBe('small');
    expect(await size.textContent()).toContain('小型企业');
    // The server's explanation: revenue 19,999,999 is below the medium bound of 20,000,000 (300号 art. 4).
    const explanation = await page.getByTestId('explanation').textContent();
    expect(explanation).toContain('营业收入');
    expect(explanation).toContain('20,000,000');
    expect(await page.getByTestId('what-would-change').textContent()).toContain('营业收入达到 2,000 万元');
    // The figures are in the address: reloading shows the same result.
    expect(page.url()).toContain('revenue=19999999');
    expect(page.url()).not.toContain('total_assets');
    // On to the entitlement report with the same figures.
    const onward = new URL(String(await page.getByTestId('to-entitlements').getAttribute('href')), e2e.server.url);
    expect(Object.fromEntries(onward.searchParams)).toEqual({
      period: new URL(page.url()).searchParams.get('period'),
      industry: 'industry',
      employees: '300',
      revenue: '19999999',
    });
    await page.reload();
    await page.getByTestId('size-class').waitFor();
    expect(await page.getByTestId('size-class').getAttribute('data-size-class')).toBe('small');
    await screenshot(page, 'self-check-zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ko: a GB/T 4754 code found by its Korean name gives the class in Korean', async () => {
    const context = await openContext(e2e.browser, 'ko');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/self-check`);
    await expect(page.locator('h1').textContent()).resolves.toBe('기업 규모 자가진단');
    await page.getByTestId('industry-mode').getByRole('radio', { name: '국민경제 업종 코드로' }).check();
    await chooseOption(page, '#industry', '금속제품', /C33\s+금속제품 제조업/);
    expect(await page.getByTestId('industry-maps-to').textContent()).toContain('공업');
    await page.getByTestId('input-employees').fill('10');
    // Amounts in 만 위안 (the default in Korean): 50 → 500,000 yuan.
    await page.getByTestId('input-revenue').fill('50');
    await expect.poll(() => page.getByTestId('input-total_assets').count()).toBe(0);
    await page.getByTestId('submit').click();

    const size = page.getByTestId('size-class');
    await size.waitFor();
    expect(await size.getAttribute('data-size-class')).toBe('micro');
    expect(await size.textContent()).toContain('영세기업');
    const explanation = await page.getByTestId('explanation').textContent();
    expect(explanation).toContain('종업원 수');
    expect(explanation).toContain('소기업');
    expect(await page.getByTestId('what-would-change').textContent()).toContain('소기업');
    await screenshot(page, 'self-check-ko');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works on a phone: the form and the result in one column, the menu behind a button', async () => {
    const context = await openContext(e2e.browser, 'zh-CN', 'phone');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/self-check?period=2024&industry=retail&employees=8&revenue=900000&total_assets=500000`);
    await page.getByTestId('size-class').waitFor();
    expect(await page.getByTestId('size-class').getAttribute('data-size-class')).toBe('micro');
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'self-check-phone');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政策目录' }).click();
    await page.waitForURL(/\/catalogue$/);
    await context.close();
  });
});
