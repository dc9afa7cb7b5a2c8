/**
 * Enterprise accounts over HTTP (issue 13 §1), on a real SQLite store with the demo registry: an officer issues
 * codes and exports them, the enterprise activates with its credit code, signs in, reads only itself, requests a
 * correction; the officer of its region accepts or rejects; the sign-in limiter covers both new routes.
 */
import { createStore, DEMO_USERS, demoCreditCode, demoEnterpriseId, type Store, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

const PASSWORD = 'demo-password-1';
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 40, passwordHash: await hashPassword(PASSWORD) });
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
}

let ip = 0;
/** Each sign-in from its own address unless told, so the per-address limit of one test does not reach another. */
const from = (address?: string) => ({ 'x-forwarded-for': address ?? `10.1.0.${++ip}` });

async function login(username: string, password = PASSWORD): Promise<Session> {
  const r = await call(app, { method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers: from() });
  expect(r.status, r.body).toBe(200);
  return { cookie: String(r.headers['set-cookie']).split(';')[0] as string, csrf: r.json.csrf_token };
}
const sessionOf = (r: { headers: Record<string, unknown>; json: { csrf_token: string } }): Session => ({
  cookie: String(r.headers['set-cookie']).split(';')[0] as string,
  csrf: r.json.csrf_token,
});
const as = (s: Session, options: InjectOptions) =>
  call(app, { ...options, headers: { ...(options.headers as object), cookie: s.cookie, 'x-csrf-token': s.csrf } });

// Demo enterprise 13 (Qingdao 370202) has a credit code and no account; 4 (Shenzhen) has an account.
const QD = { id: demoEnterpriseId(13), code: demoCreditCode(13) };
const QD2 = { id: demoEnterpriseId(26), code: demoCreditCode(26) };
const SZ_ACCOUNT = { id: demoEnterpriseId(4), code: demoCreditCode(4) };

describe('enterprise sign-in by credit code', () => {
  it('refuses a malformed code with the reason, in the language asked', async () => {
    const wrongCheck = QD.code.slice(0, 17) + (QD.code[17] === '0' ? '1' : '0');
    const cases: [string, string, RegExp][] = [
      [wrongCheck, 'en', /check character \(18th\).*gives "/],
      [wrongCheck, 'zh-CN', /校验码（第 18 位）有误/],
      [wrongCheck, 'ko', /검증 문자/],
      [QD.code.slice(0, 17), 'en', /has 17/],
      [`${QD.code}0`, 'en', /has 19/],
      [`${QD.code.slice(0, 8)}O${QD.code.slice(9)}`, 'en', /character 9, "O"/],
    ];
    for (const [code, lang, message] of cases) {
      const r = await call(app, {
        method: 'POST',
        url: `/api/v1/auth/enterprise-login?lang=${lang}`,
        payload: { credit_code: code, password: 'whatever-1' },
        headers: from(),
      });
      expect(r.status, code).toBe(400);
      expect(r.json.code).toBe('XW_ERR_VALIDATION');
      expect(r.json.problems[0].field).toBe('credit_code');
      expect(r.json.problems[0].message).toMatch(message);
    }
  });

  it('signs in a demo enterprise account (any letter case) and refuses a wrong password alike an unknown code', async () => {
    const ok = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-login',
      payload: { credit_code: SZ_ACCOUNT.code.toLowerCase(), password: PASSWORD },
      headers: from(),
    });
    expect(ok.status, ok.body).toBe(200);
    expect(check('POST', '/api/v1/auth/enterprise-login', 200, ok.json)).toEqual([]);
    expect(ok.json).toMatchObject({ user: { role: 'enterprise', enterprise_id: SZ_ACCOUNT.id }, scope: { enterprise_id: SZ_ACCOUNT.id } });
    const wrong = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-login',
      payload: { credit_code: SZ_ACCOUNT.code, password: 'wrong-password' },
      headers: from(),
    });
    const unknown = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-login',
      payload: { credit_code: QD.code, password: 'wrong-password' },
      headers: from(),
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.json.code).toBe('XW_ERR_BAD_ENTERPRISE_CREDENTIALS');
    expect(unknown.json.message).toBe(wrong.json.message);
    expect(DEMO_USERS.filter((u) => u.role === 'enterprise').map((u) => u.username)).toContain(SZ_ACCOUNT.code);
  });

  it('limits failed sign-ins: 5 per code and address, then 429 even with the right password', async () => {
    const address = '10.9.9.9';
    for (let i = 0; i < 5; i++) {
      const r = await call(app, {
        method: 'POST',
        url: '/api/v1/auth/enterprise-login',
        payload: { credit_code: demoCreditCode(2), password: `bad-${i}-password` },
        headers: from(address),
      });
      expect(r.status).toBe(401);
    }
    const blocked = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-login',
      payload: { credit_code: demoCreditCode(2), password: PASSWORD },
      headers: from(address),
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.code).toBe('XW_ERR_LOGIN_LIMITED');
    expect(blocked.headers['retry-after']).toBeDefined();
  });
});

describe('activation codes, activation, the enterprise’s own view and corrections', () => {
  it('walks it: issue → export → activate → sign in → own data only → correction → accept → new figure', async () => {
    const officer = await login('officer.qingdao');
    const shenzhen = await login('officer.shenzhen');
    // Another region's officer cannot issue for a Qingdao enterprise (404: not in its registry).
    const outside = await as(shenzhen, { method: 'POST', url: '/api/v1/enterprise-accounts/codes', payload: { enterprise_ids: [QD.id] } });
    expect(outside.status).toBe(404);
    const issued = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprise-accounts/codes',
      payload: { enterprise_ids: [QD.id, QD2.id] },
    });
    expect(issued.status, issued.body).toBe(201);
    expect(check('POST', '/api/v1/enterprise-accounts/codes', 201, issued.json)).toEqual([]);
    const line = issued.json.codes.find((c: { enterprise_id: string }) => c.enterprise_id === QD.id);
    expect(line).toMatchObject({ credit_code: QD.code, replaced: false });
    // The file to hand out, in the caller's language.
    const csv = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprise-accounts/codes/file?format=csv&lang=zh-CN',
      payload: { codes: issued.json.codes },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('统一社会信用代码,企业名称,激活码,有效期至');
    expect(csv.body).toContain(`${QD.code},`);
    expect(csv.body).toContain(line.code);
    const xlsx = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprise-accounts/codes/file?format=xlsx',
      payload: { codes: issued.json.codes },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const status = await as(officer, { method: 'GET', url: `/api/v1/enterprise-accounts/status?ids=${QD.id},${SZ_ACCOUNT.id}` });
    expect(status.json.items).toHaveLength(1);
    expect(status.json.items[0]).toMatchObject({ enterprise_id: QD.id, has_account: false });
    expect(status.json.items[0].open_code_expires_at).toBe(line.expires_at);

    // A wrong code is refused and nothing is made; a short password is refused by the schema.
    const bad = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-activate?lang=en',
      payload: { credit_code: QD.code, activation_code: 'AAAA-BBBB-CCCC', password: 'long-enough-pw' },
      headers: from(),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('XW_ERR_ACTIVATION_REFUSED');
    expect(bad.json.message).toContain('do not match');
    const short = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-activate',
      payload: { credit_code: QD.code, activation_code: line.code, password: 'short' },
      headers: from(),
    });
    expect(short.status).toBe(400);
    expect(await store.enterpriseAccounts.findByCreditCode(QD.code)).toBeUndefined();

    const activated = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-activate',
      payload: { credit_code: QD.code.toLowerCase(), activation_code: line.code.toLowerCase(), password: 'enterprise-pw-13' },
      headers: from(),
    });
    expect(activated.status, activated.body).toBe(200);
    expect(activated.json.scope).toEqual({ enterprise_id: QD.id });
    const again = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-activate?lang=en',
      payload: { credit_code: QD.code, activation_code: line.code, password: 'enterprise-pw-13' },
      headers: from(),
    });
    expect(again.json.code).toBe('XW_ERR_ACTIVATION_REFUSED');
    expect(again.json.message).toContain('already used');

    const signIn = await call(app, {
      method: 'POST',
      url: '/api/v1/auth/enterprise-login',
      payload: { credit_code: QD.code, password: 'enterprise-pw-13' },
      headers: from(),
    });
    expect(signIn.status).toBe(200);
    const ent = sessionOf(signIn);
    // Its own enterprise with entitlements; another's is 404; officers' routes 403.
    const own = await as(ent, { method: 'GET', url: `/api/v1/enterprises/${QD.id}` });
    expect(own.status).toBe(200);
    expect(own.json.credit_code).toBe(QD.code);
    expect(own.json.entitlements.length).toBeGreaterThan(0);
    expect((await as(ent, { method: 'GET', url: `/api/v1/enterprises/${QD2.id}` })).status).toBe(404);
    expect((await as(ent, { method: 'POST', url: '/api/v1/enterprise-accounts/codes', payload: { enterprise_ids: [QD.id] } })).status).toBe(
      403,
    );

    // A correction: a bad value (a negative headcount; a fractional annual average is lawful) is refused at
    // proposed_value in the caller's language, nothing stored.
    const year = own.json.years[own.json.years.length - 1];
    const badValue = await as(ent, {
      method: 'POST',
      url: '/api/v1/corrections?lang=en',
      payload: { field: 'employees', year: year.year, proposed_value: '-3', reason: '年报更正' },
    });
    expect(badValue.status).toBe(400);
    expect(badValue.json.problems[0].field).toBe('proposed_value');
    expect(badValue.json.problems[0].message).toMatch(/below the minimum 0/);
    const proposed = String(year.employees + 7);
    const filed = await as(ent, {
      method: 'POST',
      url: '/api/v1/corrections',
      payload: { field: 'employees', year: year.year, proposed_value: proposed, reason: '年报更正：从业人员统计口径' },
    });
    expect(filed.status, filed.body).toBe(201);
    expect(check('POST', '/api/v1/corrections', 201, filed.json)).toEqual([]);
    expect(filed.json).toMatchObject({ status: 'pending', current_value: String(year.employees), field_label: '从业人员' });

    // Another enterprise (a demo account in Shenzhen) sees neither the request nor its existence.
    const other = sessionOf(
      await call(app, {
        method: 'POST',
        url: '/api/v1/auth/enterprise-login',
        payload: { credit_code: SZ_ACCOUNT.code, password: PASSWORD },
        headers: from(),
      }),
    );
    const foreign = await as(other, { method: 'GET', url: `/api/v1/corrections/${filed.json.id}` });
    const missing = await as(other, { method: 'GET', url: '/api/v1/corrections/no-such-request' });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(foreign.json.message.replace(filed.json.id, 'X')).toBe(missing.json.message.replace('no-such-request', 'X'));
    expect((await as(other, { method: 'GET', url: '/api/v1/corrections' })).json.items).toEqual([]);
    // The enterprise cannot accept its own request; the Shenzhen officer cannot see it.
    expect((await as(ent, { method: 'POST', url: `/api/v1/corrections/${filed.json.id}/accept`, payload: {} })).status).toBe(403);
    expect((await as(shenzhen, { method: 'POST', url: `/api/v1/corrections/${filed.json.id}/accept`, payload: {} })).status).toBe(404);
    const queue = await as(officer, { method: 'GET', url: '/api/v1/corrections?status=pending' });
    expect(queue.json.items.map((r: { id: string }) => r.id)).toContain(filed.json.id);
    const accepted = await as(officer, { method: 'POST', url: `/api/v1/corrections/${filed.json.id}/accept`, payload: {} });
    expect(accepted.status, accepted.body).toBe(200);
    expect(accepted.json.status).toBe('accepted');
    const twice = await as(officer, { method: 'POST', url: `/api/v1/corrections/${filed.json.id}/reject`, payload: { reason: 'x' } });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('XW_ERR_CORRECTION_DECIDED');
    const after = await as(ent, { method: 'GET', url: `/api/v1/enterprises/${QD.id}` });
    expect(after.json.years.find((y: { year: number }) => y.year === year.year).employees).toBe(Number(proposed));
    const mine = await as(ent, { method: 'GET', url: '/api/v1/corrections' });
    expect(mine.json.items[0]).toMatchObject({ id: filed.json.id, status: 'accepted' });
    // Rejected with a reason, which the enterprise reads.
    const second = await as(ent, {
      method: 'POST',
      url: '/api/v1/corrections',
      payload: { field: 'name', proposed_value: '青岛新名称有限公司', reason: '已变更登记' },
    });
    const rejected = await as(officer, {
      method: 'POST',
      url: `/api/v1/corrections/${second.json.id}/reject`,
      payload: { reason: '请先提交变更登记证明' },
    });
    expect(rejected.json).toMatchObject({ status: 'rejected', decision_reason: '请先提交变更登记证明' });
    const actions = (await store.audit.list({ entityId: QD.id, limit: 100 })).items.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'activation_code.issue',
        'enterprise_account.activate',
        'correction_request.create',
        'correction_request.accept',
        'correction_request.reject',
        'enterprise_year.update',
      ]),
    );
  });

  it('issues for every enterprise of a region without an account, and a credit code taken is 409 at credit_code', async () => {
    const officer = await login('officer.qingdao');
    const bulk = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprise-accounts/codes',
      payload: { without_account: { region: '370211' } },
    });
    expect(bulk.status).toBe(201);
    expect(bulk.json.codes.length).toBeGreaterThan(0);
    expect(bulk.json.codes.every((c: { region_code: string }) => c.region_code === '370211')).toBe(true);
    // Demo enterprise 1 (370211) has an account: left out.
    expect(bulk.json.codes.map((c: { enterprise_id: string }) => c.enterprise_id)).not.toContain(demoEnterpriseId(1));
    const wider = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprise-accounts/codes',
      payload: { without_account: { region: '4403' } },
    });
    expect(wider.status).toBe(400);
    const taken = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprises?lang=en',
      payload: { name: '重复代码企业', region_code: '370202', industry: 'C3911', credit_code: QD2.code.toLowerCase() },
    });
    expect(taken.status).toBe(409);
    expect(taken.json).toMatchObject({ code: 'XW_ERR_CREDIT_CODE_TAKEN', problems: [{ field: 'credit_code' }] });
    const wrong = await as(officer, {
      method: 'POST',
      url: '/api/v1/enterprises?lang=ko',
      payload: {
        name: '잘못된 코드',
        region_code: '370202',
        industry: 'C3911',
        credit_code: `${QD2.code.slice(0, 17)}${QD2.code[17] === '1' ? '2' : '1'}`,
      },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.problems[0]).toMatchObject({ field: 'credit_code' });
    expect(wrong.json.problems[0].message).toContain('검증 문자');
  });
});
