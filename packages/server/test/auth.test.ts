import { createStore, type Store, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

/** Sign-in, sessions, CSRF, API tokens, users and the audit log over a real SQLite store with the demo users. */
const PASSWORD = 'demo-password-1';
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 60, passwordHash: await hashPassword(PASSWORD) });
  app = await testApp({ store, authenticate: sessionAuthentication(store), config: { trustProxy: true } });
  check = await documentChecker(app);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

interface Session {
  readonly cookie: string;
  readonly csrf: string;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed login body
  readonly body: any;
  readonly setCookie: string;
}

async function login(username: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Session> {
  const r = await call(app, { method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });
  expect(r.status, r.body).toBe(200);
  const setCookie = String(r.headers['set-cookie']);
  const cookie = setCookie.split(';')[0] as string;
  return { cookie, csrf: r.json.csrf_token, body: r.json, setCookie };
}

const as = (s: Session, options: InjectOptions, csrf = true) =>
  call(app, { ...options, headers: { ...(options.headers as object), cookie: s.cookie, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) } });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token and the user', async () => {
    const s = await login('officer.qingdao');
    expect(check('POST', '/api/v1/auth/login', 200, s.body)).toEqual([]);
    expect(s.setCookie).toMatch(/^xw_session=[\w-]{40,};/);
    expect(s.setCookie).toMatch(/HttpOnly/);
    expect(s.setCookie).toMatch(/SameSite=Lax/);
    expect(s.setCookie).toMatch(/Path=\//);
    expect(s.setCookie).toMatch(/Expires=/);
    expect(s.setCookie).not.toMatch(/Secure/);
    expect(s.body).toMatchObject({
      auth: 'session',
      user: { username: 'officer.qingdao', role: 'officer', region_prefix: '3702' },
      scope: { region_prefix: '3702' },
    });
    expect(s.body.user).not.toHaveProperty('password_hash');
    expect(s.csrf).toMatch(/^[\w-]{40,}$/);
    // Only the hash of the cookie is stored.
    const rows = await store.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((row) => s.cookie.endsWith(row.token_hash))).toBe(false);
  });

  it('marks the cookie Secure over HTTPS (X-Forwarded-Proto from a trusted proxy)', async () => {
    const s = await login('analyst.demo', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(s.setCookie).toMatch(/Secure/);
  });

  it('answers who is signed in, with the CSRF token again', async () => {
    const s = await login('enterprise.demo');
    const me = await as(s, { method: 'GET', url: '/api/v1/auth/me' });
    expect(check('GET', '/api/v1/auth/me', 200, me.json)).toEqual([]);
    expect(me.json).toMatchObject({
      user: { username: 'enterprise.demo', role: 'enterprise', locale: 'zh-CN', display_name: '演示企业用户' },
      auth: 'session',
      csrf_token: s.csrf,
    });
    expect(me.json.scope).toEqual({ enterprise_id: me.json.user.enterprise_id });
    expect((await as(s, { method: 'GET', url: '/api/v1/auth/csrf' })).json).toEqual({ csrf_token: s.csrf });
    expect((await call(app, { method: 'GET', url: '/api/v1/auth/me' })).status).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await call(app, { method: 'POST', url: '/api/v1/auth/login?lang=en', payload: { username: 'admin', password: 'nope' } });
    const unknown = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/login?lang=en',
      payload: { username: 'nobody.here', password: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
    expect(wrong.json).toMatchObject({ code: 'XW_ERR_BAD_CREDENTIALS', message: 'wrong user name or password' });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('limits failed sign-ins per user name and client: 5, then 429 in three languages', async () => {
    const attempt = (password: string, lang = 'en', ip = '10.0.0.7') =>
      call(app, {
        method: 'POST',
        url: `/api/v1/auth/login?lang=${lang}`,
        payload: { username: 'bank.demo', password },
        headers: { 'x-forwarded-for': ip },
      });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).status).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.json.code).toBe('XW_ERR_LOGIN_LIMITED');
    expect(limited.json.message).toMatch(/^too many failed sign-ins: signing in is paused; retry in \d+ s$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
    expect((await attempt(PASSWORD, 'zh-CN')).json.message).toMatch(/登录失败次数过多，登录已暂停，请 \d+ 秒后重试/);
    expect((await attempt(PASSWORD, 'ko')).json.message).toMatch(/로그인 실패가 너무 많아/);
    // Another client, or another user from this client, is not blocked.
    expect((await attempt(PASSWORD, 'en', '10.0.0.8')).status).toBe(200);
    const other = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'provider.demo', password: PASSWORD },
      headers: { 'x-forwarded-for': '10.0.0.7' },
    });
    expect(other.status).toBe(200);
  });

  it('limits failed sign-ins per account whatever the address, per address, and overall (X-Forwarded-For rotation gains nothing)', async () => {
    // Its own service with small limits (each failure costs an argon2 check), so that the overall count starts at zero.
    const [account, address, overall] = [4, 6, 15];
    const limited = await testApp({
      store,
      authenticate: sessionAuthentication(store),
      config: {
        trustProxy: true,
        loginMaxFailuresPerAccount: account,
        loginMaxFailuresPerAddress: address,
        loginMaxFailuresOverall: overall,
      },
    });
    try {
      let ip = 0;
      let failures = 0;
      const attempt = async (username: string, password: string, from = `198.51.100.${++ip % 250}`, lang = 'en') => {
        const r = await call(limited, {
          method: 'POST',
          url: `/api/v1/auth/login?lang=${lang}`,
          payload: { username, password },
          headers: { 'x-forwarded-for': from },
        });
        if (r.status === 401) failures += 1;
        return r;
      };
      // Per account: failures from as many addresses, then the right password from yet another is refused too.
      for (let i = 0; i < account; i++) expect((await attempt('analyst.demo', `wrong-${i}`)).status).toBe(401);
      const byAccount = await attempt('analyst.demo', PASSWORD);
      expect(byAccount.status).toBe(429);
      expect(byAccount.json.code).toBe('XW_ERR_LOGIN_LIMITED');
      expect(Number(byAccount.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(byAccount.headers['retry-after'])).toBeLessThanOrEqual(900);
      // Another account is not paused by it.
      expect((await attempt('provider.demo', PASSWORD)).status).toBe(200);
      // Per address: failures over as many user names from one address pause that address, not others.
      for (let i = 0; i < address; i++) expect((await attempt(`nobody-${i}`, 'wrong', '203.0.113.9')).status).toBe(401);
      const byAddress = await attempt('provider.demo', PASSWORD, '203.0.113.9', 'ko');
      expect(byAddress.status).toBe(429);
      expect(byAddress.json.message).toMatch(/로그인 실패가 너무 많아/);
      expect((await attempt('provider.demo', PASSWORD)).status).toBe(200);
      // Overall: a spray over new names from rotating addresses reaches the overall limit, then everyone waits.
      for (let i = 0; failures < overall; i++) expect((await attempt(`spray-${i}`, 'wrong')).status).toBe(401);
      const byAll = await attempt('provider.demo', PASSWORD, '192.0.2.1', 'zh-CN');
      expect(byAll.status).toBe(429);
      expect(byAll.json).toMatchObject({ code: 'XW_ERR_LOGIN_LIMITED', message: expect.stringMatching(/登录失败次数过多/) });
      expect(Number(byAll.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('refuses disabled users like a wrong password, and ends their sessions', async () => {
    const adminSession = await login('admin');
    const created = await as(adminSession, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'temp.officer', password: 'temporary-pass', role: 'officer', region_prefix: '4403', display_name: '临时' },
    });
    expect(created.status, created.body).toBe(201);
    const s = await login('temp.officer', 'temporary-pass');
    expect((await as(s, { method: 'GET', url: '/api/v1/auth/me' })).status).toBe(200);
    const disabled = await as(adminSession, { method: 'PUT', url: `/api/v1/users/${created.json.id}`, payload: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect((await as(s, { method: 'GET', url: '/api/v1/auth/me' })).status).toBe(401);
    const again = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'temp.officer', password: 'temporary-pass' },
    });
    expect(again.json.code).toBe('XW_ERR_BAD_CREDENTIALS');
  });
});

describe('sessions', () => {
  it('need the CSRF token on state-changing requests', async () => {
    const s = await login('officer.qingdao');
    const body = { name: 'CSRF 测试', region_code: '370202', industry: 'C' };
    const without = await as(s, { method: 'POST', url: '/api/v1/enterprises?lang=en', payload: body }, false);
    expect(without.status).toBe(403);
    expect(without.json.code).toBe('XW_ERR_CSRF');
    const wrong = await as(
      s,
      { method: 'POST', url: '/api/v1/enterprises', payload: body, headers: { 'x-csrf-token': 'x'.repeat(43) } },
      false,
    );
    expect(wrong.json.code).toBe('XW_ERR_CSRF');
    // Another session's token does not fit this one.
    const other = await login('officer.qingdao');
    const crossed = await as(
      s,
      { method: 'POST', url: '/api/v1/enterprises', payload: body, headers: { 'x-csrf-token': other.csrf } },
      false,
    );
    expect(crossed.json.code).toBe('XW_ERR_CSRF');
    const ok = await as(s, { method: 'POST', url: '/api/v1/enterprises', payload: body });
    expect(ok.status, ok.body).toBe(201);
    // Reads need no token.
    expect((await as(s, { method: 'GET', url: '/api/v1/enterprises' }, false)).status).toBe(200);
    const logoutWithout = await as(s, { method: 'POST', url: '/api/v1/auth/logout' }, false);
    expect(logoutWithout.json.code).toBe('XW_ERR_CSRF');
  });

  it('end at sign-out: the cookie no longer works', async () => {
    const s = await login('officer.shandong');
    expect((await as(s, { method: 'GET', url: '/api/v1/enterprises' })).status).toBe(200);
    const out = await as(s, { method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/xw_session=;.*Max-Age=0/);
    expect((await as(s, { method: 'GET', url: '/api/v1/enterprises' })).status).toBe(401);
  });

  it('expire', async () => {
    const short = await testApp({ store, authenticate: sessionAuthentication(store), config: { sessionTtlMs: 50 } });
    try {
      const r = await call(short, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'analyst.demo', password: PASSWORD } });
      const cookie = String(r.headers['set-cookie']).split(';')[0] as string;
      expect((await call(short, { method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect((await call(short, { method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('API tokens', () => {
  it('are shown once, authenticate without CSRF, and stop working when revoked', async () => {
    const s = await login('bank.demo', PASSWORD, { 'x-forwarded-for': '10.9.9.9' });
    const created = await as(s, { method: 'POST', url: '/api/v1/tokens', payload: { name: '季度报表同步' } });
    expect(created.status, created.body).toBe(201);
    expect(check('POST', '/api/v1/tokens', 201, created.json)).toEqual([]);
    const token = created.json.token as string;
    expect(token).toMatch(/^xw_[\w-]{40,}$/);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await call(app, { method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json).toMatchObject({ auth: 'token', user: { username: 'bank.demo', bank_id: 'BANK-DEMO-01' }, csrf_token: null });
    // Tokens do not mint tokens: one made by a token would outlive the revocation of its maker.
    for (const [lang, text] of [
      ['en', /an API token cannot create API tokens/],
      ['zh-CN', /API 令牌不能创建 API 令牌/],
      ['ko', /API 토큰으로는 API 토큰을 만들 수 없습니다/],
    ] as const) {
      const minted = await call(app, { method: 'POST', url: `/api/v1/tokens?lang=${lang}`, payload: { name: 'minted' }, headers: bearer });
      expect(minted.status).toBe(403);
      expect(minted.json).toMatchObject({ code: 'XW_ERR_TOKEN_CANNOT_MINT', message: expect.stringMatching(text) });
    }
    const second = await as(s, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'second' } });
    expect(second.status).toBe(201);
    const list = await call(app, { method: 'GET', url: '/api/v1/tokens', headers: bearer });
    expect(list.json.items.map((t: { name: string }) => t.name)).toEqual(['季度报表同步', 'second']);
    expect(list.body).not.toContain(token);
    expect(list.json.items[0].last_used_at).not.toBeNull();
    // A bearer request changes state without a CSRF token.
    const revoked = await call(app, {
      method: 'DELETE',
      url: `/api/v1/tokens/${created.json.id}`,
      headers: { authorization: `Bearer ${second.json.token}` },
    });
    expect(revoked.status).toBe(204);
    expect((await call(app, { method: 'GET', url: '/api/v1/auth/me', headers: bearer })).status).toBe(401);
    // A bad bearer token is nobody, even with a valid cookie beside it.
    const mixed = await call(app, { method: 'GET', url: '/api/v1/auth/me', headers: { ...bearer, cookie: s.cookie } });
    expect(mixed.status).toBe(401);
  });

  it('belong to their user: others need an administrator', async () => {
    const bank = await login('bank.demo', PASSWORD, { 'x-forwarded-for': '10.9.9.10' });
    const admin = await login('admin');
    const procurement = await store.users.findByUsername('procurement.demo');
    const refused = await as(bank, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'x', user_id: procurement?.id } });
    expect(refused.status).toBe(403);
    expect((await as(bank, { method: 'GET', url: `/api/v1/tokens?user_id=${procurement?.id}` })).status).toBe(403);
    const forUnit = await as(admin, { method: 'POST', url: '/api/v1/tokens', payload: { name: '预算单位', user_id: procurement?.id } });
    expect(forUnit.status).toBe(201);
    expect(forUnit.json.user_id).toBe(procurement?.id);
    // Someone else's token is "not found" for the bank; the administrator may revoke it.
    expect((await as(bank, { method: 'DELETE', url: `/api/v1/tokens/${forUnit.json.id}` })).status).toBe(404);
    const unit = await call(app, { method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${forUnit.json.token}` } });
    expect(unit.json.user.budget_unit_id).toBe('BU-DEMO-370200');
    expect((await as(admin, { method: 'DELETE', url: `/api/v1/tokens/${forUnit.json.id}` })).status).toBe(204);
  });
});

describe('users and the audit log', () => {
  it('audits every change with the actor, before and after; filters and pages', async () => {
    const admin = await login('admin');
    const officer = await login('officer.qingdao');
    const officerId = officer.body.user.id as string;
    const created = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: { id: 'AUD-1', name: '审计样本', region_code: '370202', industry: 'C' },
    });
    expect(created.status).toBe(201);
    const updated = await as(officer, { method: 'PUT', url: '/api/v1/enterprises/AUD-1', payload: { name: '审计样本（改）' } });
    expect(updated.status).toBe(200);

    const log = await as(officer, { method: 'GET', url: '/api/v1/audit?entity_type=enterprise&entity_id=AUD-1' });
    expect(check('GET', '/api/v1/audit', 200, log.json)).toEqual([]);
    expect(log.json.items.map((a: { action: string }) => a.action)).toEqual(['enterprise.update', 'enterprise.create']);
    const [update, create] = log.json.items;
    expect(update).toMatchObject({
      actor: officerId,
      region_code: '370202',
      before: { name: '审计样本' },
      after: { name: '审计样本（改）' },
    });
    expect(create).toMatchObject({ actor: officerId, before: null, after: { name: '审计样本' } });

    // Filters: actor, action family, time window; paging by cursor.
    const mine = await as(admin, { method: 'GET', url: `/api/v1/audit?actor=${officerId}&action=enterprise.` });
    expect(mine.json.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.json.items.every((a: { actor: string }) => a.actor === officerId)).toBe(true);
    const future = await as(admin, { method: 'GET', url: '/api/v1/audit?from=2100-01-01T00:00:00Z' });
    expect(future.json.items).toEqual([]);
    const page1 = await as(admin, { method: 'GET', url: '/api/v1/audit?limit=2' });
    const page2 = await as(admin, { method: 'GET', url: `/api/v1/audit?limit=2&cursor=${encodeURIComponent(page1.json.next_cursor)}` });
    expect(page2.json.items[0].id).toBeLessThan(page1.json.items[1].id);

    // Another region's officer does not see these rows.
    const shenzhen = await login('officer.shenzhen');
    const theirs = await as(shenzhen, { method: 'GET', url: '/api/v1/audit?entity_id=AUD-1' });
    expect(theirs.json.items).toEqual([]);
  });

  it('lets administrators create and change users (audited, never the hash), and nobody else', async () => {
    const admin = await login('admin');
    const adminId = admin.body.user.id as string;
    const created = await as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'officer.laoshan',
        password: 'laoshan-password',
        role: 'officer',
        region_prefix: '370212',
        display_name: '崂山区',
        locale: 'ko',
      },
    });
    expect(created.status, created.body).toBe(201);
    expect(check('POST', '/api/v1/users', 201, created.json)).toEqual([]);
    const changed = await as(admin, {
      method: 'PUT',
      url: `/api/v1/users/${created.json.id}`,
      payload: { region_prefix: '3702', password: 'another-password' },
    });
    expect(changed.status, changed.body).toBe(200);
    expect(changed.json.region_prefix).toBe('3702');
    expect((await login('officer.laoshan', 'another-password')).body.scope).toEqual({ region_prefix: '3702' });
    const rows = await store.audit.list({ entityType: 'user', entityId: created.json.id });
    expect(rows.items.map((r) => r.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'user.set_password']));
    expect(rows.items.every((r) => r.action === 'session.create' || r.actor === adminId)).toBe(true);
    expect(JSON.stringify(rows.items)).not.toContain('$argon2');

    const officer = await login('officer.qingdao');
    expect((await as(officer, { method: 'PUT', url: `/api/v1/users/${created.json.id}`, payload: { role: 'admin' } })).status).toBe(403);
    // Bad input is a validation error; an officer without a region is refused by the store.
    const bad = await as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'x.y', password: 'short', role: 'officer', display_name: 'x' },
    });
    expect(bad.status).toBe(400);
    const noRegion = await as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'x.y', password: 'long-enough-pw', role: 'officer', display_name: 'x' },
    });
    expect(noRegion.status).toBe(400);
    // An administrator cannot lock themselves out.
    expect((await as(admin, { method: 'PUT', url: `/api/v1/users/${adminId}`, payload: { disabled: true } })).status).toBe(403);
    expect((await as(admin, { method: 'PUT', url: '/api/v1/users/no-such-user', payload: { locale: 'en' } })).status).toBe(404);
  });
});
