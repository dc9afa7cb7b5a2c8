import { demoCreditCode, demoEnterpriseId } from '@xiaowei/store';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Enterprise accounts end to end (issue 13 §1) against the real service and store: an officer issues an
 * activation code → the enterprise activates with its credit code → signs in → sees its entitlements →
 * requests a correction → the officer accepts → the enterprise sees the new figure. And a credit code with a
 * wrong check character is refused with a clear message.
 */
const e2e = useRegistryE2E({ enterprises: 20 });

/** The browser's notes on answers the flow expects (the session probe, the refused activation). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|401)/.test(e));

// Demo enterprise 13: Qingdao (370202), a credit code, no account.
const ENTERPRISE = { id: demoEnterpriseId(13), code: demoCreditCode(13) };
const NEW_PASSWORD = 'my-enterprise-pw-2026';

const staffSignIn = (page: Page, username: string) => signIn(page, e2e.server, username);

/** Picks an option of an Ant Design Select by its label. */
async function choose(page: Page, selectId: string, label: string): Promise<void> {
  await page.locator(`#${selectId}`).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

describe('enterprise accounts', () => {
  it('refuses a credit code with a wrong check character, saying so', async () => {
    const context = await openContext(e2e.browser, 'en');
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/enterprise/login`);
    const wrong = ENTERPRISE.code.slice(0, 17) + (ENTERPRISE.code[17] === '0' ? '1' : '0');
    await page.locator('#credit_code').fill(wrong);
    await page.locator('#password').fill('anything-at-all');
    await page.locator('button[type=submit]').click();
    const explain = page.locator('.ant-form-item-explain-error').first();
    await explain.waitFor();
    expect(await explain.textContent()).toMatch(/check character \(18th\).*is wrong: GB 32100-2015 gives "/);
    await screenshot(page, 'enterprise-login-check-character-en');
    // The same in Chinese.
    await context.close();
    const zh = await (await openContext(e2e.browser, 'zh-CN')).newPage();
    await zh.goto(`${e2e.server.url}/enterprise/login`);
    await zh.locator('#credit_code').fill(wrong);
    await zh.locator('#password').click();
    await zh.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await zh.locator('.ant-form-item-explain-error').first().textContent()).toContain('校验码（第 18 位）有误');
    await zh.context().close();
  }, 120_000);

  it('officer issues a code → enterprise activates → signs in → entitlements → correction → officer accepts → new figure', async () => {
    const officerContext = await openContext(e2e.browser, 'zh-CN');
    const officer = await officerContext.newPage();
    const officerErrors = collectErrors(officer);
    await staffSignIn(officer, 'officer.qingdao');
    await officer.goto(`${e2e.server.url}/accounts/codes`);
    // Picked from the region's registry by its id (the list shows name and credit code), not typed in.
    await officer.locator('#enterprise-picker').fill(ENTERPRISE.id);
    await officer.locator('.ant-select-item-option', { hasText: ENTERPRISE.code }).click();
    await officer.keyboard.press('Escape');
    await officer.getByTestId('issue-codes').click();
    const codeCell = officer.getByTestId(`activation-code-${ENTERPRISE.id}`);
    await codeCell.waitFor();
    const code = (await codeCell.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-HJ-NPQRTUW-Y]{4}-[0-9A-HJ-NPQRTUW-Y]{4}-[0-9A-HJ-NPQRTUW-Y]{4}$/);
    expect(await officer.getByTestId('issued-codes').textContent()).toContain(ENTERPRISE.code);
    await screenshot(officer, 'activation-codes-zh-CN');

    const enterpriseContext = await openContext(e2e.browser, 'en');
    const ent = await enterpriseContext.newPage();
    const entErrors = collectErrors(ent);
    // A wrong activation code is refused with the server's reason; nothing is activated.
    await ent.goto(`${e2e.server.url}/enterprise/activate`);
    await ent.locator('#credit_code').fill(ENTERPRISE.code.toLowerCase());
    await ent.locator('#activation_code').fill('AAAA-BBBB-CCCC');
    await ent.locator('#password').fill(NEW_PASSWORD);
    await ent.locator('#confirm').fill(NEW_PASSWORD);
    await ent.locator('button[type=submit]').click();
    await ent.getByTestId('activate-error').waitFor();
    expect(await ent.getByTestId('activate-error').textContent()).toContain('do not match');
    await ent.locator('#activation_code').fill(code.toLowerCase());
    await ent.locator('button[type=submit]').click();
    await ent.waitForURL(/\/my-enterprise$/);
    await ent.getByTestId('enterprise-entitlements').waitFor();

    // Sign out, then sign in with the credit code and the new password.
    await ent.getByRole('button', { name: 'Sign out' }).click();
    await ent.waitForURL(/\/login/);
    await ent.goto(`${e2e.server.url}/enterprise/login`);
    await ent.locator('#credit_code').fill(ENTERPRISE.code);
    await ent.locator('#password').fill(NEW_PASSWORD);
    await ent.locator('button[type=submit]').click();
    await ent.waitForURL(/\/my-enterprise$/);
    const entitlements = ent.getByTestId('enterprise-entitlements');
    await entitlements.locator('tbody tr').first().waitFor();
    expect(await entitlements.locator('tbody tr').count()).toBeGreaterThan(0);
    // The "why" of a year opens the trace.
    const years = ent.getByTestId('enterprise-years');
    const lastYear = Number(await years.locator('tbody tr').last().locator('td').first().textContent());
    await ent.getByTestId(`trace-open-${lastYear}`).click();
    await ent.locator('#enterprise-trace').waitFor();
    await screenshot(ent, 'my-enterprise-en');

    // Request a correction of that year's employees.
    const detail = await ent.evaluate(async (id) => (await fetch(`/api/v1/enterprises/${id}`)).json(), ENTERPRISE.id);
    const before = detail.years.find((y: { year: number }) => y.year === lastYear).employees as number;
    const labels = await ent.evaluate(async () => (await fetch('/api/v1/corrections/fields?lang=en')).json());
    const employeesLabel = labels.items.find((f: { field: string }) => f.field === 'employees').label as string;
    await choose(ent, 'correction-field', employeesLabel);
    await choose(ent, 'correction-year', String(lastYear));
    await ent.locator('#proposed_value').fill(String(before + 7));
    await ent.locator('#reason').fill('Annual report corrected: seasonal staff counted');
    await ent.locator('[data-testid=corrections] button[type=submit]').click();
    await ent.getByTestId('correction-submitted').waitFor();
    const mine = ent.getByTestId('my-corrections');
    await mine.locator('tbody tr').first().waitFor();
    expect(await mine.textContent()).toContain('Pending');

    // The officer accepts it in the queue.
    await officer.goto(`${e2e.server.url}/corrections`);
    const queue = officer.getByTestId('correction-queue-table');
    // Wait for the request's own row: while the list loads, the table shows only its "no requests" placeholder row.
    await queue.locator('tbody tr:not(.ant-table-placeholder)', { hasText: ENTERPRISE.id }).first().waitFor();
    expect(await queue.textContent()).toContain(ENTERPRISE.id);
    await screenshot(officer, 'correction-queue-zh-CN');
    await officer.locator('[data-testid^=accept-]').first().click();
    await officer.getByText('已处理').first().waitFor();

    // The enterprise sees the outcome and the new figure.
    await ent.reload();
    await mine.locator('tbody tr').first().waitFor();
    await ent.waitForFunction(() => document.querySelector('[data-testid=my-corrections]')?.textContent?.includes('Accepted'));
    const row = years.locator('tbody tr', { hasText: String(lastYear) }).first();
    expect(await row.locator('td').nth(1).textContent()).toBe(new Intl.NumberFormat('en').format(before + 7));
    await screenshot(ent, 'my-enterprise-corrected-en');
    expect(unexpected(entErrors)).toEqual([]);
    expect(unexpected(officerErrors)).toEqual([]);
    await enterpriseContext.close();
    await officerContext.close();
  }, 240_000);
});
