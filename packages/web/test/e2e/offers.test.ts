import { SYSTEM_ACTOR } from '@xiaowei/store';
import { describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { confirmOffer, publishAndBatch } from './harness/offers.ts';
import { signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Proactive delivery end to end (issue 13 §3–4) against the real service and store: the officer creates a
 * programme → a registry change makes the demo enterprise eligible → the enterprise sees the offer with its why →
 * confirms with its bank account → the officer publishes (0 publicity days) and makes a payment batch → an
 * administrator approves it → the officer marks it paid → the enterprise sees "paid" → take-up's paid moves by one.
 */
const e2e = useRegistryE2E({ enterprises: 20 });

const unexpected = (errors: string[]) => errors.filter((e) => !/status of (401|404)/.test(e));

describe('proactive delivery', () => {
  it('programme → offer with why → confirm → publish → approve batch → paid → take-up', async () => {
    const { server, browser } = e2e;
    const store = server.store;
    const user = await store.users.findByUsername('enterprise.demo');
    const own = user?.enterpriseId as string;
    const big = {
      employees: 50,
      revenueFen: 10_000_000_00,
      totalAssetsFen: 8_000_000_00,
      taxableIncomeFen: 5_000_000_00,
      totalProfitFen: 5_000_000_00,
    };
    await store.enterprises.upsertYear(own, { year: 2015, ...big }, { actor: SYSTEM_ACTOR, scope: { all: true } });

    const officer = await (await openContext(browser, 'en')).newPage();
    const officerErrors = collectErrors(officer);
    await signIn(officer, server, 'officer.qingdao');
    await officer.goto(`${server.url}/programmes`);
    await officer.getByTestId('programme-form').waitFor();
    await officer.locator('#name').fill('Small low-profit income tax 2015');
    await officer.locator('#measure').click();
    await officer.locator('#measure').fill('gf2012-14/02.2');
    await officer.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await officer.locator('#region_code').fill('3702');
    await officer.locator('#year').fill('2015');
    await officer.locator('#budget').fill('1000000');
    await officer.locator('#publicity_days').fill('0');
    await officer.getByTestId('create-programme').click();
    await officer.getByTestId('programmes-notice').waitFor();
    const programmes = (await store.programmes.list({ scope: { all: true } })).filter((p) => p.year === 2015);
    expect(programmes.length).toBe(1);
    const pid = programmes[0].id;
    const paidBefore = (await store.takeUp({ scope: { all: true }, programmeId: pid }))[0].paid;

    // A registry change makes the enterprise eligible: the recompute makes the offer.
    await store.enterprises.upsertYear(
      own,
      { year: 2015, ...big, taxableIncomeFen: 60_000_00, totalProfitFen: 60_000_00 },
      { actor: SYSTEM_ACTOR, scope: { all: true } },
    );
    const [offer] = await store.offers.list({ scope: { enterpriseId: own }, programmeId: pid });
    expect(offer.status).toBe('offered');

    const ent = await (await openContext(browser, 'en')).newPage();
    const entErrors = collectErrors(ent);
    await signIn(ent, server, 'enterprise.demo');
    await ent.goto(`${server.url}/my-offers`);
    await ent.getByTestId(`open-offer-${offer.id}`).click();
    const why = ent.getByTestId('offer-why');
    await why.waitFor();
    expect((await why.textContent())?.length).toBeGreaterThan(0);
    // An account number the form refuses first (too few digits), then a good one.
    const account = { accountName: 'Demo Enterprise Ltd', bankName: 'Bank of China Qingdao' };
    await ent.locator('#account_name').fill(account.accountName);
    await ent.locator('#bank_name').fill(account.bankName);
    await ent.locator('#account_number').fill('12-34');
    await ent.getByTestId('confirm-offer').click();
    await ent.getByTestId('confirm-error').waitFor();
    expect(await ent.getByTestId('confirm-error').textContent()).toContain('8–30 digits');
    await confirmOffer(ent, { ...account, accountNumber: '6216 6100 0000 1234 567' });
    await screenshot(ent, 'my-offers-en');

    const batchId = await publishAndBatch(officer, pid);

    const admin = await (await openContext(browser, 'zh-CN')).newPage();
    await signIn(admin, server, 'admin');
    await admin.goto(`${server.url}/payment-batches?batch=${batchId}`);
    await admin.getByTestId('approve-batch').click();
    await admin.getByTestId('export-csv').waitFor();

    await officer.reload();
    await officer.getByTestId(`mark-paid-${offer.id}`).click();
    await officer.getByTestId(`line-result-${offer.id}`).waitFor();

    await ent.reload();
    await ent.getByTestId('offer-status-paid').waitFor();

    await officer.goto(`${server.url}/take-up`);
    const paidCell = officer.getByTestId(`paid-${pid}`);
    await paidCell.waitFor();
    expect(Number(await paidCell.textContent())).toBe(paidBefore + 1);
    await officer.getByTestId('take-up-chart').waitFor();
    await screenshot(officer, 'take-up-en');

    // The public publicity page, no sign-in.
    const anon = await (await openContext(browser, 'zh-CN')).newPage();
    await anon.goto(`${server.url}/publicity/${pid}`);
    await anon.getByTestId('publicity-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await anon.getByTestId('publicity-table').textContent()).toContain(offer.enterpriseName);
    expect(unexpected(officerErrors)).toEqual([]);
    expect(unexpected(entErrors).filter((e) => !/status of 400/.test(e))).toEqual([]);
  }, 300_000);
});
