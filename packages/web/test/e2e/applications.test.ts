import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, collectErrors, openContext, screenshot } from './harness/browser.ts';
import { type MailCatcher, startMailCatcher } from './harness/mail.ts';
import { signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Applications and complaints end to end (issue 14 §1, §2) against the real service and store: an enterprise
 * applies for the rent subsidy with an attachment → the officer asks for more → the enterprise adds it and
 * answers → the officer approves with a reason (the notice is in the enterprise's inbox, and its e-mail reaches a
 * real SMTP server on loopback); a complaint about a
 * bank fee is answered by the officer and rated by the enterprise.
 */
const e2e = useRegistryE2E({ enterprises: 20 });
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher(e2e.server.store);
  // The enterprise's user has an address (every event goes by e-mail by default).
  const user = await e2e.server.store.users.findByUsername('enterprise.demo');
  await e2e.server.store.notifications.settings.update(user?.id as string, { email: 'finance@enterprise.test' }, { actor: 'e2e' });
});
// After hooks run in reverse: the mail catcher closes before the service.
afterAll(async () => {
  await mail?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 401/.test(e));

async function attach(page: Page, name: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await page.getByTestId('action-done').waitFor();
}

describe('applications', () => {
  it('rent subsidy: apply with an attachment → more asked → added → approved with a reason', async () => {
    const entContext = await openContext(e2e.browser, 'en');
    const ent = await entContext.newPage();
    const entErrors = collectErrors(ent);
    await signIn(ent, e2e.server, 'enterprise.demo');
    await ent.goto(`${e2e.server.url}/applications`);
    await chooseOption(ent, '#apply-measure', '', /industrial clusters/);
    await ent.locator('#field-premises_rent').waitFor();
    await chooseOption(ent, '#field-rents_premises', '', 'Yes');
    await ent.locator('#field-premises_rent').fill('60000');
    await ent.locator('#field-purpose').fill('Rent subsidy for our shop');
    await ent.getByTestId('apply-create').click();
    await ent.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const id = ent.url().split('/').pop() as string;
    await attach(ent, 'lease.pdf');
    await ent.getByTestId('action-submit').click();
    await ent.getByTestId('status-submitted').first().waitFor();
    await screenshot(ent, 'application-submitted-en');

    const offContext = await openContext(e2e.browser, 'zh-CN');
    const off = await offContext.newPage();
    const offErrors = collectErrors(off);
    await signIn(off, e2e.server, 'officer.qingdao');
    await off.goto(`${e2e.server.url}/applications/review`);
    await off.getByTestId(`open-${id}`).click();
    await off.getByTestId('action-review').click();
    await off.getByTestId('status-under_review').first().waitFor();
    // The engine's answer is shown to the reviewer, with the attachment to download.
    await off.getByTestId('advice').waitFor();
    expect(await off.getByTestId('advice').textContent()).toContain('租用经营场地的租金补贴');
    expect(await off.getByTestId('attachments').textContent()).toContain('lease.pdf');
    await off.getByTestId('action-reason').fill('请补充营业执照');
    await off.getByTestId('action-request-info').click();
    await off.getByTestId('status-info_requested').first().waitFor();

    await ent.reload();
    expect(await ent.getByTestId('info-request').textContent()).toContain('请补充营业执照');
    await attach(ent, 'licence.pdf');
    await ent.getByTestId('action-reason').fill('Business licence attached');
    await ent.getByTestId('action-respond').click();
    await ent.getByTestId('status-resubmitted').first().waitFor();

    await off.reload();
    await off.getByTestId('action-review').click();
    await off.getByTestId('action-reason').waitFor();
    await off.getByTestId('action-reason').fill('材料齐全，符合租金补贴条件');
    await off.getByTestId('action-amount').fill('12000');
    await off.getByTestId('action-approve').click();
    await off.getByTestId('status-approved').first().waitFor();
    await screenshot(off, 'application-approved-zh-CN');

    await ent.reload();
    await ent.getByTestId('decision').waitFor();
    expect(await ent.getByTestId('decision').textContent()).toContain('材料齐全，符合租金补贴条件');
    expect(await ent.getByTestId('attachments').textContent()).toContain('licence.pdf');
    // The notices of the request for information and the decision are in the enterprise's inbox.
    const user = await e2e.server.store.users.findByUsername('enterprise.demo');
    const events = (await e2e.server.store.notifications.list(user?.id as string)).items.map((n) => n.event);
    expect(events).toEqual(expect.arrayContaining(['application.info_requested', 'application.decided']));
    // …and the decision's e-mail reached the SMTP server, in the user's stored language (zh-CN).
    const decided = await mail.waitFor((m) => m.to === 'finance@enterprise.test' && m.subject.startsWith('申请已批准：'));
    expect(decided?.text, JSON.stringify(mail.received.map((m) => m.subject))).toContain('材料齐全，符合租金补贴条件');
    expect(unexpected(entErrors)).toEqual([]);
    expect(unexpected(offErrors)).toEqual([]);
    await entContext.close();
    await offContext.close();
  }, 240_000);

  it('a complaint about a bank fee is answered and rated', async () => {
    const entContext = await openContext(e2e.browser, 'en');
    const ent = await entContext.newPage();
    await signIn(ent, e2e.server, 'enterprise.demo');
    await ent.goto(`${e2e.server.url}/complaints`);
    await ent.getByTestId('complaint-respondent').fill('Demo Commercial Bank, Qingdao branch');
    await ent.getByTestId('complaint-body').fill('A "financial advisory fee" was charged with the loan.');
    await ent.getByTestId('complaint-submit').click();
    await ent.getByTestId('complaint-done').waitFor();
    // The list is fetched again after the notice: wait for the new row rather than read the table at once.
    await ent.getByTestId('complaints-table').filter({ hasText: 'banking regulator' }).waitFor();
    expect(await ent.getByTestId('complaints-table').textContent()).toContain('banking regulator');

    const offContext = await openContext(e2e.browser, 'en');
    const off = await offContext.newPage();
    await signIn(off, e2e.server, 'officer.qingdao');
    await off.goto(`${e2e.server.url}/complaints`);
    const text = off.locator('[data-testid^="reply-text-"]').first();
    await text.waitFor();
    await text.fill('The bank has been told to refund the fee.');
    await off.locator('[data-testid^="reply-send-"]').first().click();
    await off.getByTestId('complaint-done').waitFor();
    await off.getByTestId('complaint-statistics').filter({ hasText: 'Banking regulator' }).waitFor();
    expect(await off.getByTestId('complaint-statistics').textContent()).toContain('Banking regulator');

    await ent.reload();
    await ent.locator('[data-testid^="reply-"]').first().waitFor();
    await ent.getByTestId('complaints-table').filter({ hasText: 'The bank has been told to refund the fee.' }).waitFor();
    expect(await ent.getByTestId('complaints-table').textContent()).toContain('The bank has been told to refund the fee.');
    await ent.locator('[data-testid^="rate-"] .ant-rate-star').nth(3).locator('div').first().click();
    await ent.getByTestId('complaint-done').waitFor();
    expect(await ent.getByTestId('complaint-done').textContent()).toContain('Thank you');
    const rated = await e2e.server.store.complaints.list({ scope: { all: true } });
    expect(rated[0]).toMatchObject({ rating: 4, status: 'replied' });
    await screenshot(ent, 'complaint-rated-en');
    await entContext.close();
    await offContext.close();
  }, 240_000);
});
