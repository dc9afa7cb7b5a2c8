import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, openContext, screenshot } from './harness/browser.ts';
import { type MailCatcher, startMailCatcher } from './harness/mail.ts';
import { signIn, useRegistryE2E } from './harness/registry-e2e.ts';

/**
 * Notifications end to end (issue 14 §3) against the real service, store and a real SMTP server on loopback: the
 * enterprise user gives an e-mail address and keeps "correction request decided" by e-mail → an officer accepts
 * the enterprise's correction request in the queue → the bell shows 1 → the inbox shows the notice → the
 * background sender delivers it, and the SMTP server received it in the user's language (English here).
 */
const e2e = useRegistryE2E({ enterprises: 20 });
let mail: MailCatcher;

beforeAll(async () => {
  mail = await startMailCatcher(e2e.server.store);
});
// After hooks run in reverse: the mail catcher closes before the service.
afterAll(async () => {
  await mail?.close();
});

describe('notifications', () => {
  it('e-mail preference → officer accepts a correction → bell 1 → inbox → e-mail received', async () => {
    const entContext = await openContext(e2e.browser, 'en');
    const ent = await entContext.newPage();
    const entErrors = collectErrors(ent);
    await signIn(ent, e2e.server, 'enterprise.demo');
    await ent.getByTestId('notification-bell').waitFor();
    expect(await ent.getByTestId('notification-count').getAttribute('data-count')).toBe('0');

    // Settings: a bad address is refused with the reason; a good one is kept with the event chosen.
    await ent.goto(`${e2e.server.url}/notifications/settings`);
    await ent.getByTestId('settings-email').fill('boss@');
    await ent.getByTestId('settings-save').click();
    await ent.getByTestId('settings-error').waitFor();
    expect(await ent.getByTestId('settings-error').textContent()).toContain('not a valid e-mail address');
    await ent.getByTestId('settings-email').fill('boss@enterprise.test');
    const decided = ent.getByTestId('email-event-correction.decided');
    expect(await decided.locator('input').isChecked()).toBe(true);
    await ent.getByTestId('email-event-offer.new').click();
    await ent.getByTestId('settings-save').click();
    await ent.getByTestId('settings-saved').waitFor();
    await screenshot(ent, 'notification-settings-en');

    // The enterprise's correction request (filed through the store; its own browser test is accounts.test.ts).
    const user = await e2e.server.store.users.findByUsername('enterprise.demo');
    const enterpriseId = user?.enterpriseId as string;
    const request = await e2e.server.store.corrections.create(
      enterpriseId,
      { field: 'name', proposedValue: '通知测试有限公司', reason: '营业执照变更' },
      { actor: user?.id as string, scope: { enterpriseId } },
    );

    // The officer accepts it in the queue.
    const officer = await (await openContext(e2e.browser, 'zh-CN')).newPage();
    await signIn(officer, e2e.server, 'officer.qingdao');
    await officer.goto(`${e2e.server.url}/corrections`);
    await officer.getByTestId(`accept-${request.id}`).click();
    await officer.locator('.ant-alert-success').waitFor();

    // The bell shows it (on the next navigation), the inbox lists it.
    await ent.goto(`${e2e.server.url}/`);
    await ent.waitForFunction(() => document.querySelector('[data-testid=notification-count]')?.getAttribute('data-count') === '1');
    await ent.getByTestId('notification-bell').click();
    await ent.waitForURL((u) => u.pathname === '/notifications');
    const notice = ent.getByTestId('notice-correction.decided');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Correction accepted: .*通知测试有限公司/s);
    await screenshot(ent, 'notification-inbox-en');

    // The background sender delivered it to the loopback SMTP server, in English (the user's language).
    const sent = await mail.waitFor((m) => m.to === 'boss@enterprise.test');
    // The demo user's stored locale is zh-CN: the e-mail is in Chinese whatever the browser shows.
    expect(sent?.subject).toMatch(/^更正申请已接受：/);
    expect(sent?.text).toContain('通知测试有限公司');

    // Marking it read empties the bell.
    await ent.getByTestId('mark-all-read').click();
    await ent.waitForFunction(() => document.querySelector('[data-testid=notification-count]')?.getAttribute('data-count') === '0');
    // The refused address is the one error the browser notes (its 400).
    expect(entErrors.filter((e) => !/Failed to load resource: the server responded with a status of 400/.test(e))).toEqual([]);
    await entContext.close();
    await officer.context().close();
  }, 180_000);
});
