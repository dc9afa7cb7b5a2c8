import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCreditCode, demoEnterpriseId } from '@xiaowei/store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { confirmOffer, publishAndBatch } from './harness/offers.ts';
import { enterpriseSignIn, signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Issue 13's walk, every step a user's action on the web pages against the real service, store and feed worker:
 * the Qingdao officer runs the graduate social-insurance subsidy (item 25.2) for 2013 → human resources (hr.qd)
 * uploads a file of graduate hires → the recompute job makes the enterprise an offer → the enterprise, signed in
 * with its credit code, sees the NEW offer with its "why" and the amount the policy gives for those hires → confirms
 * with a bank account → the officer publishes (公示) → a payment batch, approved by a second officer → the line
 * recorded paid → the enterprise sees "paid" → take-up moves by exactly one (count and yuan) → human resources
 * follows its own programme, read-only, from its menu.
 */
const e2e = useRegistryE2E({ enterprises: 20, feedWorkers: { pollIntervalMs: 200 } });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xw-walk-e2e-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Demo enterprise 1 (XW-DEMO-000002): Qingdao (370211), micro in 2013 (3 employees), with a demo account.
const ENTERPRISE = { id: demoEnterpriseId(1), code: demoCreditCode(1) };
const HEADER =
  'enterprise_id,year,hire_id,hire_date,graduation_year,contract_months,social_insurance_paid_in_full,insured_months,local_average_monthly_wage';
/**
 * Item 25.2 in Qingdao (370200): a subsidised month is the employer's pension, medical and unemployment
 * contributions on 60% of the local average monthly wage, 18% + 9% + 2% = 29%, i.e. wage × 0.174, rounded to the
 * fen month by month (国发〔2011〕16号; the Qingdao rules encoded in the policy package).
 *   W-1: hired 10 January 2013, 12 months insured: 3,333.33 × 0.174 = 579.99942 → 580.00 × 12 = 6,960.00
 *   W-2: hired 1 July 2013, July–December 6 months: 3,500 × 0.174 = 609.00 × 6 = 3,654.00
 *   the enterprise's subsidy for 2013: 6,960.00 + 3,654.00 = 10,614.00 yuan
 */
const HIRES = [`${ENTERPRISE.id},2013,W-1,2013-01-10,2013,12,true,12,3333.33`, `${ENTERPRISE.id},2013,W-2,2013-07-01,2013,36,true,6,3500`];
const EXPECTED_YUAN = 10_614;

interface TakeUpRow {
  programme_id: string;
  eligible: number;
  offered: number;
  confirmed: number;
  published: number;
  paid: number;
  paid_amount: number;
  offered_amount: number;
}
const takeUp = async (page: Page, programmeId: string): Promise<TakeUpRow> => {
  const body = await page.evaluate(
    async (id) => (await fetch(`/api/v1/take-up?programme_id=${encodeURIComponent(id)}`)).json(),
    programmeId,
  );
  expect(body.items).toHaveLength(1);
  return body.items[0] as TakeUpRow;
};

/** The answers the walk expects the browser to note: the session probe before sign-in. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e));

describe('proactive delivery, the whole walk', () => {
  it('hr uploads hires → new offer with why → confirm → publish → approved batch → paid → take-up +1', async () => {
    const { server, browser } = e2e;
    // The officer runs the measure in Qingdao for 2013, through the programmes page. Publicity: 0 days, the
    // smallest window the programme form allows (0–60); the service has no clock to move, and the step being
    // tested is that payment waits for the window's end, which with 0 days is the moment of publication.
    const officer = await (await openContext(browser, 'en')).newPage();
    const officerErrors = collectErrors(officer);
    await signIn(officer, server, 'officer.qingdao');
    await officer.goto(`${server.url}/programmes`);
    await officer.getByTestId('programme-form').waitFor();
    await officer.locator('#name').fill('Graduate social insurance subsidy, Qingdao 2013');
    await officer.locator('#measure').click();
    await officer.locator('#measure').fill('gf2012-14/25.2');
    await officer.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await officer.locator('#department').click();
    await officer.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Human resources and social security"]').click();
    await officer.locator('#region_code').fill('3702');
    await officer.locator('#year').fill('2013');
    await officer.locator('#budget').fill('500000');
    await officer.locator('#publicity_days').fill('0');
    await officer.getByTestId('create-programme').click();
    await officer.getByTestId('programmes-notice').waitFor();
    const listed = await officer.evaluate(async () => (await fetch('/api/v1/programmes?year=2013')).json());
    const programme = listed.items.find((p: { measure: string }) => p.measure === 'gf2012-14/25.2');
    expect(programme).toMatchObject({ department: 'human_resources', region_code: '3702', year: 2013, budget: 500_000 });
    const pid = programme.id as string;
    const before = await takeUp(officer, pid);

    // The enterprise has no offer yet.
    const ent = await (await openContext(browser, 'en')).newPage();
    const entErrors = collectErrors(ent);
    await enterpriseSignIn(ent, server, ENTERPRISE.code);
    const mine = async () =>
      (
        (await ent.evaluate(async () => (await fetch('/api/v1/offers')).json())).items as {
          id: string;
          programme_id: string;
          status: string;
          amount: number;
        }[]
      ).filter((o) => o.programme_id === pid);
    expect(await mine()).toEqual([]);

    // Human resources uploads the hires on the feeds page; the recompute job runs to the end.
    const hr = await (await openContext(browser, 'zh-CN')).newPage();
    const hrErrors = collectErrors(hr);
    await signIn(hr, server, 'hr.qd', '/feeds');
    const file = join(dir, 'hires.csv');
    writeFileSync(file, `${[HEADER, ...HIRES].join('\n')}\n`);
    await hr.getByTestId('feed-file').setInputFiles(file);
    await hr.getByTestId('feed-upload').click();
    await hr.getByTestId('feed-accepted').waitFor();
    const batches = await hr.evaluate(async () => (await fetch('/api/v1/feeds/batches')).json());
    const batchId = batches.items[0].id as string;
    await hr.locator(`[data-testid="batch-state-${batchId}"][data-state="completed"]`).waitFor({ timeout: 60_000 });

    // The enterprise sees the new offer, the amount the policy gives for those hires, and why.
    const offers = await mine();
    expect(offers).toHaveLength(1);
    const offer = offers[0];
    expect(offer).toMatchObject({ status: 'offered', amount: EXPECTED_YUAN });
    await ent.goto(`${server.url}/my-offers`);
    await ent.getByTestId('offer-status-offered').waitFor();
    expect(await ent.getByTestId('my-offers-table').textContent()).toContain('10,614 yuan');
    await ent.getByTestId(`open-offer-${offer.id}`).click();
    const why = ent.getByTestId('offer-why');
    await why.waitFor();
    // The trace: the measure's computed value, the same 10,614 yuan.
    expect(await why.textContent()).toContain('10,614 yuan');
    await confirmOffer(ent, {
      accountName: 'Demo Enterprise 2 Ltd',
      bankName: 'Bank of Qingdao',
      accountNumber: '6216 6100 0000 2222 333',
    });
    await screenshot(ent, 'walk-offer-confirmed-en');

    // The officer publishes, then makes the payment batch of what is payable.
    const paymentBatch = await publishAndBatch(officer, pid);

    // A batch is approved by someone other than its maker (four eyes): the Shandong officer, whose region holds Qingdao.
    const second = await (await openContext(browser, 'zh-CN')).newPage();
    const secondErrors = collectErrors(second);
    await signIn(second, server, 'officer.shandong');
    await second.goto(`${server.url}/payment-batches?batch=${paymentBatch}`);
    await second.getByTestId('approve-batch').click();
    await second.getByTestId('export-csv').waitFor();

    // The treasury's answer for the line: paid.
    await officer.reload();
    await officer.getByTestId(`mark-paid-${offer.id}`).click();
    await officer.getByTestId(`line-result-${offer.id}`).waitFor();

    await ent.reload();
    await ent.getByTestId('offer-status-paid').waitFor();
    await screenshot(ent, 'walk-offer-paid-en');

    // Take-up moved by exactly one enterprise and its 10,614.00 yuan.
    const after = await takeUp(officer, pid);
    expect({
      eligible: after.eligible - before.eligible,
      offered: after.offered - before.offered,
      confirmed: after.confirmed - before.confirmed,
      published: after.published - before.published,
      paid: after.paid - before.paid,
      paidYuan: after.paid_amount - before.paid_amount,
      offeredYuan: after.offered_amount - before.offered_amount,
    }).toEqual({ eligible: 1, offered: 1, confirmed: 1, published: 1, paid: 1, paidYuan: EXPECTED_YUAN, offeredYuan: EXPECTED_YUAN });
    await officer.goto(`${server.url}/take-up`);
    const paidCell = officer.getByTestId(`paid-${pid}`);
    await paidCell.waitFor();
    expect(Number(await paidCell.textContent())).toBe(before.paid + 1);
    await screenshot(officer, 'walk-take-up-en');

    // Human resources follows its own programme from its menu, read-only: the offer paid, the same take-up.
    const menu = hr.locator('nav ul.xw-nav');
    expect(await menu.textContent()).toContain('扶持项目');
    await menu.getByRole('link', { name: '扶持项目' }).click();
    await hr.waitForURL(/\/programmes$/);
    await hr.getByTestId('programmes-table').locator(`tr[data-row-key="${pid}"]`).waitFor();
    expect(await hr.getByTestId('programme-form').count()).toBe(0);
    expect(await hr.getByTestId(`publish-${pid}`).count()).toBe(0);
    await hr.getByTestId('programmes-table').locator(`tr[data-row-key="${pid}"] .ant-table-row-expand-icon`).click();
    await hr.getByTestId(`programme-offers-${pid}`).getByTestId('offer-status-paid').waitFor();
    await screenshot(hr, 'walk-department-programmes-zh-CN');
    // The department follows the programme but does not pay it: the account is shown by its last four characters.
    const seen = await hr.evaluate(
      async (p) =>
        (await (await fetch(`/api/v1/offers?programme_id=${p}`)).json()) as { items: { account: { account_number: string } | null }[] },
      pid,
    );
    expect(seen.items.map((o) => o.account?.account_number)).toEqual([expect.stringMatching(/^\*+\d{4}$/)]);
    expect(await hr.locator('body').textContent()).not.toContain('6216');
    await menu.getByRole('link', { name: '兑现情况' }).click();
    await hr.getByTestId(`paid-${pid}`).waitFor();
    expect(Number(await hr.getByTestId(`paid-${pid}`).textContent())).toBe(before.paid + 1);
    // The same figures as the officer's (the title in the page's language, Chinese here).
    expect(await takeUp(hr, pid)).toEqual({ ...after, measure_title: expect.any(String) });

    expect(unexpected(officerErrors)).toEqual([]);
    expect(unexpected(entErrors)).toEqual([]);
    expect(unexpected(hrErrors)).toEqual([]);
    expect(unexpected(secondErrors)).toEqual([]);
  }, 300_000);
});
