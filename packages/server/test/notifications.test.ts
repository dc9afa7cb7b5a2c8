/**
 * Notifications over HTTP and e-mail (issue 14 §3), on a real SQLite store with the demo registry and a real SMTP
 * server on loopback (`smtp-server`; what arrives is parsed with `mailparser`): an officer accepts an
 * enterprise's correction → the enterprise's inbox has it, in the language asked → the background sender mails
 * it in the user's own language; a refused delivery is retried, then failed, shown to the admin, retried by the
 * admin and delivered; preferences and a missing address skip the e-mail; nobody reads another's inbox.
 */
import type { AddressInfo } from 'node:net';
import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { EmailSender } from '../src/notifications/email-sender.ts';
import { mailConfigFromEnv } from '../src/notifications/mail-config.ts';
import { call, documentChecker, testApp } from './helpers.ts';

interface Received {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

let store: Store;
let app: Awaited<ReturnType<typeof testApp>>;
let smtp: SMTPServer;
let port = 0;
const inbox: Received[] = [];
/** Addresses the SMTP server refuses (a mailbox that does not exist), to test failures. */
const refused = new Set<string>();
const tokens = new Map<string, string>();
const userIds = new Map<string, string>();
let check: Awaited<ReturnType<typeof documentChecker>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) callback(Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          inbox.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;

  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 40, passwordHash: '' });
  app = await testApp({ store, authenticate: sessionAuthentication(store), config: { emailEnabled: true } });
  check = await documentChecker(app);
  for (const username of ['enterprise.demo', 'officer.qingdao', 'officer.shenzhen', 'admin']) {
    const user = await store.users.findByUsername(username);
    if (!user) throw new Error(username);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'notifications test' }, { actor: SYSTEM_ACTOR });
    tokens.set(username, token);
    userIds.set(username, user.id);
  }
  // The enterprise user reads Korean.
  await store.users.update(userIds.get('enterprise.demo') as string, { locale: 'ko' }, { actor: SYSTEM_ACTOR });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const as = (username: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  call(app, {
    method,
    url,
    headers: { authorization: `Bearer ${tokens.get(username)}` },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

function sender(options: { retryLimit?: number; on?: boolean } = {}): EmailSender {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return new EmailSender(store, {
    transport: options.on === false ? null : transport,
    from: '小微平台 <noreply@xiaowei.test>',
    publicUrl: 'https://xiaowei.test',
    retryLimit: options.retryLimit ?? 3,
    backoffMs: (n) => n * 60_000,
  });
}

/** An enterprise's correction request, filed through the store (its own HTTP test is elsewhere). */
async function correction(): Promise<string> {
  const ent = await store.users.findByUsername('enterprise.demo');
  const enterpriseId = ent?.enterpriseId as string;
  const detail = await store.enterprises.get(enterpriseId, { scope: { all: true } });
  const r = await store.corrections.create(
    enterpriseId,
    { field: 'name', proposedValue: `${detail.name}（更正${inbox.length}${Date.now() % 1000}）`, reason: '营业执照变更' },
    { actor: ent?.id as string, scope: { enterpriseId } },
  );
  return r.id;
}

describe('settings', () => {
  it('refuses a bad address in the language asked, changing nothing; keeps a good one; only an admin sets another user’s', async () => {
    const bad = await as('enterprise.demo', 'PUT', '/api/v1/notifications/settings?lang=ko', { email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('XW_ERR_VALIDATION');
    expect(JSON.stringify(bad.json)).toContain('전자우편 주소가 올바르지 않습니다');
    expect((await as('enterprise.demo', 'GET', '/api/v1/notifications/settings')).json.email).toBeNull();

    const ok = await as('enterprise.demo', 'PUT', '/api/v1/notifications/settings', { email: ' Boss@Example.CN ' });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json.email).toBe('Boss@example.cn');
    expect(ok.json.email_events['correction.decided']).toBe(true);
    expect(ok.json.email_enabled).toBe(true);
    expect(check('PUT', '/api/v1/notifications/settings', 200, ok.json)).toEqual([]);

    const other = await as('officer.qingdao', 'PUT', `/api/v1/users/${userIds.get('enterprise.demo')}/notification-settings`, {
      email: 'x@example.cn',
    });
    expect(other.status).toBe(403);
    const admin = await as('admin', 'PUT', `/api/v1/users/${userIds.get('officer.qingdao')}/notification-settings`, {
      email: 'qd.officer@example.cn',
    });
    expect(admin.status, admin.body).toBe(200);
    expect(admin.json.email).toBe('qd.officer@example.cn');
    const unknown = await as('enterprise.demo', 'PUT', '/api/v1/notifications/settings', { email_events: { 'no.such': true } });
    expect(unknown.status).toBe(400);
  });
});

describe('a decision reaches the inbox and the mailbox', () => {
  it('officer accepts → bell 1 → inbox in the language asked → e-mail in the user’s language', async () => {
    const before = (await as('enterprise.demo', 'GET', '/api/v1/notifications/unread-count')).json.unread as number;
    const id = await correction();
    const accepted = await as('officer.qingdao', 'POST', `/api/v1/corrections/${id}/accept`, {});
    expect(accepted.status, accepted.body).toBe(200);
    expect((await as('enterprise.demo', 'GET', '/api/v1/notifications/unread-count')).json.unread).toBe(before + 1);
    const list = await as('enterprise.demo', 'GET', '/api/v1/notifications?lang=en');
    expect(list.status).toBe(200);
    expect(check('GET', '/api/v1/notifications', 200, list.json)).toEqual([]);
    const n = list.json.items[0];
    expect(n.event).toBe('correction.decided');
    expect(n.entity_id).toBe(id);
    expect(n.title).toMatch(/^Correction accepted: /);
    expect(n.email_state).toBe('pending');
    // Nobody else sees it, nor can mark it.
    expect((await as('officer.shenzhen', 'GET', '/api/v1/notifications')).json.items.map((x: { id: string }) => x.id)).not.toContain(n.id);
    expect((await as('officer.shenzhen', 'POST', '/api/v1/notifications/read', { ids: [n.id] })).status).toBe(404);

    const round = await sender().runOnce();
    expect(round.sent).toBeGreaterThanOrEqual(1);
    const mail = inbox.find((m) => m.to === 'Boss@example.cn');
    expect(mail?.subject).toMatch(/^정정 요청 수락: /);
    expect(mail?.text).toContain('등록 자료가');
    expect(mail?.text).toContain('https://xiaowei.test/notifications');
    const after = await as('enterprise.demo', 'GET', '/api/v1/notifications');
    expect(after.json.items[0].email_state).toBe('sent');

    const read = await as('enterprise.demo', 'POST', '/api/v1/notifications/read', { ids: [n.id] });
    expect(read.json.unread).toBe(before);
    expect((await as('enterprise.demo', 'POST', '/api/v1/notifications/read-all')).status).toBe(200);
    expect((await as('enterprise.demo', 'GET', '/api/v1/notifications/unread-count')).json.unread).toBe(0);
  });

  it('a rejection with e-mail of that event turned off: in the inbox, e-mail skipped', async () => {
    await as('enterprise.demo', 'PUT', '/api/v1/notifications/settings', { email_events: { 'correction.decided': false } });
    const id = await correction();
    expect((await as('officer.qingdao', 'POST', `/api/v1/corrections/${id}/reject`, { reason: '材料不全' })).status).toBe(200);
    const count = inbox.length;
    await sender().runOnce();
    expect(inbox.length).toBe(count);
    const n = (await as('enterprise.demo', 'GET', '/api/v1/notifications?lang=zh-CN')).json.items[0];
    expect(n.title).toMatch(/^更正申请被驳回：/);
    expect(n.body).toContain('材料不全');
    expect(n.email_state).toBe('skipped');
    await as('enterprise.demo', 'PUT', '/api/v1/notifications/settings', { email_events: { 'correction.decided': true } });
  });

  it('e-mail off: skipped, never sent', async () => {
    await correction().then((id) => as('officer.qingdao', 'POST', `/api/v1/corrections/${id}/accept`, {}));
    const count = inbox.length;
    const round = await sender({ on: false }).runOnce();
    expect(round.skipped).toBeGreaterThanOrEqual(1);
    expect(inbox.length).toBe(count);
  });
});

describe('a refused delivery', () => {
  it('is retried with backoff, then failed and shown to the admin, who retries it → delivered', async () => {
    refused.add('Boss@example.cn');
    const id = await correction();
    await as('officer.qingdao', 'POST', `/api/v1/corrections/${id}/accept`, {});
    const s = sender({ retryLimit: 2 });
    const t0 = new Date();
    expect((await s.runOnce(t0)).retried).toBe(1);
    const pending = (await store.notifications.outbox.deliveries({ state: 'pending' })).find((d) => d.entityId === id);
    expect(pending?.emailAttempts).toBe(1);
    expect(pending?.emailLastError).toMatch(/550/);
    // Not due before its backoff (1 minute after one failure): the minute before, nothing is tried.
    expect((await s.runOnce(new Date(t0.getTime() + 59_000))).retried + (await s.runOnce(new Date(t0.getTime() + 59_000))).failed).toBe(0);
    expect((await s.runOnce(new Date(t0.getTime() + 61_000))).failed).toBe(1);

    const list = await as('admin', 'GET', '/api/v1/notifications/deliveries?lang=en');
    expect(list.status).toBe(200);
    expect(check('GET', '/api/v1/notifications/deliveries', 200, list.json)).toEqual([]);
    const failed = list.json.items.find((d: { entity_id: string }) => d.entity_id === id);
    expect(failed.email_state).toBe('failed');
    expect(failed.email_attempts).toBe(2);
    expect(failed.username).toBe('enterprise.demo');
    expect(list.json.counts.failed).toBeGreaterThanOrEqual(1);
    expect((await as('officer.qingdao', 'GET', '/api/v1/notifications/deliveries')).status).toBe(403);

    refused.delete('Boss@example.cn');
    const retried = await as('admin', 'POST', `/api/v1/notifications/deliveries/${failed.id}/retry`);
    expect(retried.status, retried.body).toBe(200);
    expect(retried.json.email_state).toBe('pending');
    const again = await as('admin', 'POST', `/api/v1/notifications/deliveries/${failed.id}/retry`);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('XW_ERR_EMAIL_NOT_FAILED');
    const count = inbox.length;
    expect((await sender().runOnce()).sent).toBe(1);
    expect(inbox.length).toBe(count + 1);
    expect((await store.notifications.outbox.delivery(failed.id)).emailState).toBe('sent');
    const audit = await store.audit.list({ action: 'notification.email_retry' });
    expect(JSON.stringify(audit)).toContain(failed.id);
  });
});

describe('mail configuration from the environment', () => {
  it('is off without SMTP settings, needs a sender address when on, reads host/port/user', () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(() => mailConfigFromEnv({ XW_SMTP_URL: 'smtp://h:25' })).toThrow(/XW_MAIL_FROM/);
    expect(() => mailConfigFromEnv({ XW_SMTP_URL: 'http://h', XW_MAIL_FROM: 'a@b.cn' })).toThrow(/smtp/);
    expect(mailConfigFromEnv({ XW_SMTP_URL: 'smtp://h:25', XW_MAIL_FROM: 'a@b.cn' })?.transport).toBe('smtp://h:25');
    expect(
      mailConfigFromEnv({ XW_SMTP_HOST: 'mail.example.cn', XW_SMTP_USER: 'u', XW_SMTP_PASS: 'p', XW_MAIL_FROM: 'a@b.cn' })?.transport,
    ).toEqual({ host: 'mail.example.cn', port: 587, secure: false, auth: { user: 'u', pass: 'p' } });
  });
});
