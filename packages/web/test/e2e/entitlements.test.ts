import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FIELDS } from '../../src/pages/public/entitlements/report-query.ts';
import { chooseOption, collectErrors, openContext, screenshot } from './harness/browser.ts';
import { WEB_DIR } from './harness/build.ts';
import { useE2E } from './harness/setup.ts';

const e2e = useE2E();

describe('entitlement report', () => {
  let shared = '';

  it('figures → every entitlement with amount, dates and clause, the missed ones with why, the total as a chart', async () => {
    const context = await openContext(e2e.browser, 'zh-CN');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${e2e.server.url}/entitlements`);
    await chooseOption(page, '#period', '', /^2015$/);
    await chooseOption(page, '#industry', '零售', /^零售业$/);
    await page.getByTestId('input-employees').fill('8');
    // Amounts in 万元 (the default in Chinese): 90 → 900,000 yuan.
    await page.getByTestId('input-revenue').fill('90');
    // Retail is sized by employees and revenue (300号 art. 4): total assets are not required for its class,
    // but asked, optional, for the income-tax test of small low-profit enterprises (its assets limit).
    await expect
      .poll(() => page.locator('.ant-form-item', { has: page.getByTestId('input-total_assets') }).textContent())
      .toContain('本行业划型标准不使用');
    await page.getByTestId('input-taxable_income').fill('5');
    await page.getByTestId('submit').click();
    // Left empty, total assets are not taken as 0: the report stands, and the income-tax relief, which needs
    // them (its assets limit), waits for that figure, named by its label; the total counts nothing for it.
    await page.getByTestId('report').waitFor();
    const waiting = page.getByTestId('missed').getByTestId('entitlement').filter({ hasText: '小型微利企业所得税减半征收' });
    expect(await waiting.getAttribute('data-status')).toBe('pendingEligibility');
    expect(await waiting.getByTestId('pending').textContent()).toBe('提供“资产总额”即可判断是否符合');
    expect(await page.getByTestId('total').getAttribute('data-value')).toBe('0');
    await page.getByTestId('input-total_assets').fill('50');
    await page.getByTestId('submit').click();
    await expect.poll(() => page.getByTestId('total').getAttribute('data-value')).toBe('7500');

    // 2015: taxable income 50,000 ≤ 200,000 is halved: 50,000 × 25% − 50,000 × 50% × 20% = 7,500 (财税〔2015〕34号).
    const total = page.getByTestId('total');
    expect(await total.getAttribute('data-value')).toBe('7500');
    expect(await total.textContent()).toBe('7,500 元');
    // The chart of the total's components, drawn by ECharts (SVG), with its legend.
    await page.locator('[data-testid=package-chart] svg').waitFor();
    expect(await page.getByTestId('package-legend').textContent()).toContain('小型微利企业所得税减半征收');

    const obtained = page.getByTestId('obtained').getByTestId('entitlement');
    expect(await obtained.count()).toBeGreaterThan(0);
    const first = obtained.first();
    expect(await first.getAttribute('data-status')).toBe('counted');
    expect(await first.textContent()).toContain('7,500 元');
    // Dates and the clause behind it (documents from the catalogue).
    await first.getByTestId('documents').waitFor();
    expect(await first.getByTestId('documents').textContent()).toContain('财税〔2015〕34号');
    expect(await first.textContent()).toContain('截止日期');

    // Eligible for the stamp-duty exemption on loan contracts, but no contract given: the amount names what
    // would give it, and the total says it leaves it out — not "符合 … 项" with a 0 counted.
    const stamp = obtained.filter({ hasText: '借款合同免征印花税' });
    expect(await stamp.getAttribute('data-status')).toBe('pendingAmount');
    expect(await stamp.getByTestId('pending').textContent()).toBe('提供“年内签订的借款合同”即可算出金额');
    expect(await page.getByTestId('total-excludes').textContent()).toContain('合计不含金额待定的 1 项');

    const missed = page.getByTestId('missed').getByTestId('entitlement');
    expect(await missed.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('missed').getByTestId('advice').first().textContent()).toMatch(/不符合/);

    // The shareable link carries the figures and nothing else.
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period: '2015',
      industry: 'retail',
      employees: '8',
      revenue: '900000',
      total_assets: '500000',
      taxable_income: '50000',
    });
    for (const key of url.searchParams.keys()) expect(Object.keys(REPORT_FIELDS)).toContain(key);
    shared = page.url();

    await screenshot(page, 'entitlements-zh-CN');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'entitlements-print');
    await page.emulateMedia({ media: 'screen' });
    // "Save as PDF" downloads the server-made report (POST /api/v1/entitlements/pdf), not the print dialog.
    mkdirSync(join(WEB_DIR, 'test-output'), { recursive: true });
    const pdf = join(WEB_DIR, 'test-output/entitlement-report.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pdf').click()]);
    expect(download.suggestedFilename()).toBe('2015年度政策权益报告.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(await page.getByTestId('action-notice').textContent()).toBe('PDF 已下载');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the shareable link reproduces the report in a fresh browser, in another language too', async () => {
    expect(shared).not.toBe('');
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(shared);
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('total').getAttribute('data-value')).toBe('7500');
    expect(await page.getByTestId('total').textContent()).toBe('7,500 yuan');
    await page.locator('[data-testid=package-chart] svg').waitFor();
    expect(await page.getByTestId('package-legend').textContent()).toContain('Halved income tax for small low-profit enterprises');
    // The form shows the figures of the link (in yuan, the English default).
    expect(await page.getByTestId('input-revenue').inputValue()).toBe('900000');
    await screenshot(page, 'entitlements-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a large enterprise: nothing obtained, every measure missed with the reason', async () => {
    const context = await openContext(e2e.browser, 'ko');
    const page = await context.newPage();
    await page.goto(
      `${e2e.server.url}/entitlements?period=2013&industry=C&employees=2000&revenue=500000000&total_assets=800000000&taxable_income=50000000`,
    );
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('total').getAttribute('data-value')).toBe('0');
    expect(await page.getByTestId('obtained').getByTestId('entitlement').count()).toBe(0);
    expect(await page.getByTestId('missed').getByTestId('advice').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('missed').textContent()).toContain('미충족');
    await context.close();
  });
});
