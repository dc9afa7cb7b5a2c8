/**
 * Proactive delivery over HTTP (issue 13 §3–4), on a demo-seeded SQLite store: an officer creates a programme,
 * the enterprise becomes eligible through a registry change, sees its offer with the "why", confirms with its
 * bank account (a bad one refused in its language, nothing changed), the officer publishes (public page, an
 * objection without a contact refused), a batch is approved by someone other than its creator, exported (csv
 * and xlsx with amounts to two decimals), paid; the enterprise sees "paid"; take-up counts move by one.
 */
import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

let store: Store;
let app: FastifyInstance;
const tokens = new Map<string, string>();
let own = '';

const as = (who: string | null) => (who === null ? {} : { authorization: `Bearer ${tokens.get(who)}` });
const req = (who: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  call(app, { method, url, headers: as(who), ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 120 });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  for (const name of ['officer.qingdao', 'officer.shenzhen', 'admin', 'enterprise.demo', 'analyst.demo']) {
    const user = await store.users.findByUsername(name);
    if (!user) throw new Error(name);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'offers' }, { actor: SYSTEM_ACTOR });
    tokens.set(name, token);
    if (name === 'enterprise.demo') own = user.enterpriseId as string;
  }
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('proactive delivery over HTTP', () => {
  it('walks programme → offer with why → confirm → publish → batch → paid → take-up', async () => {
    const check = await documentChecker(app);
    const ownRow = await store.enterprises.get(own, { scope: { all: true } });
    expect(ownRow.regionCode.startsWith('3702')).toBe(true);
    // Not eligible in 2015 to begin with: taxable income far over the line.
    const big = {
      employees: 50,
      revenueFen: 10_000_000_00,
      totalAssetsFen: 8_000_000_00,
      taxableIncomeFen: 5_000_000_00,
      totalProfitFen: 5_000_000_00,
    };
    await store.enterprises.upsertYear(own, { year: 2015, ...big }, { actor: SYSTEM_ACTOR, scope: { all: true } });

    const bad = await req('officer.qingdao', 'POST', '/api/v1/programmes?lang=ko', {
      name: '소득세 감면',
      measure: 'gf2012-14/02.2',
      department: 'tax',
      region_code: '3702',
      year: 2015,
      budget: '1.234',
      publicity_days: 0,
    });
    expect(bad.status, bad.body).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('budget');
    const outside = await req('officer.shenzhen', 'POST', '/api/v1/programmes', {
      name: 'x',
      measure: 'gf2012-14/02.2',
      department: 'tax',
      region_code: '3702',
      year: 2015,
      budget: '100',
      publicity_days: 0,
    });
    expect(outside.status).toBe(400);
    const created = await req('officer.qingdao', 'POST', '/api/v1/programmes', {
      name: '小型微利企业所得税减半（2015）',
      measure: 'gf2012-14/02.2',
      department: 'tax',
      region_code: '3702',
      year: 2015,
      budget: '100000000',
      publicity_days: 0,
    });
    expect(created.status, created.body).toBe(201);
    expect(check('post', '/api/v1/programmes', 201, created.json)).toEqual([]);
    const pid = created.json.id as string;
    expect((await req('officer.shenzhen', 'GET', `/api/v1/programmes/${pid}`)).status).toBe(404);

    const mine = async () => (await req('enterprise.demo', 'GET', `/api/v1/offers?programme_id=${pid}`)).json.items;
    expect(await mine()).toEqual([]);
    const before = (await req('officer.qingdao', 'GET', `/api/v1/take-up?programme_id=${pid}`)).json.items[0];
    // The registry change makes it eligible: an offer appears with the why.
    await store.enterprises.upsertYear(
      own,
      { year: 2015, ...big, taxableIncomeFen: 60_000_00, totalProfitFen: 60_000_00 },
      { actor: SYSTEM_ACTOR, scope: { all: true } },
    );
    const [offer] = await mine();
    expect(offer.status).toBe('offered');
    expect(offer.amount).toBeGreaterThan(0);
    expect(offer.why.components.length).toBeGreaterThan(0);
    expect(offer.why.components[0].label).not.toBe('');
    const got = await req('enterprise.demo', 'GET', `/api/v1/offers/${offer.id}`);
    expect(check('get', '/api/v1/offers/{id}', 200, got.json)).toEqual([]);

    const refused = await req('enterprise.demo', 'POST', `/api/v1/offers/${offer.id}/confirm?lang=en`, {
      account_name: '演示企业',
      bank_name: '中国银行',
      account_number: '12-34',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.problems[0].field).toBe('account_number');
    expect(refused.json.problems[0].message).toContain('8–30 digits');
    expect((await mine())[0].status).toBe('offered');
    // Officers cannot confirm for the enterprise.
    expect(
      (
        await req('officer.qingdao', 'POST', `/api/v1/offers/${offer.id}/confirm`, {
          account_name: 'a',
          bank_name: 'b',
          account_number: '12345678',
        })
      ).status,
    ).toBe(403);
    const confirmed = await req('enterprise.demo', 'POST', `/api/v1/offers/${offer.id}/confirm`, {
      account_name: '演示企业',
      bank_name: '中国银行青岛分行',
      account_number: '6216 6100 0000 1234 567',
    });
    expect(confirmed.status, confirmed.body).toBe(200);
    expect(confirmed.json.status).toBe('confirmed');

    const published = await req('officer.qingdao', 'POST', `/api/v1/programmes/${pid}/publish`, {});
    expect(published.status, published.body).toBe(200);
    expect(published.json.published).toBeGreaterThanOrEqual(1);
    const page = await req(null, 'GET', `/api/v1/publicity/${pid}`);
    expect(page.status).toBe(200);
    const entry = page.json.items.find((e: { offer_id: string }) => e.offer_id === offer.id);
    expect(entry.credit_code).toBe(ownRow.creditCode);
    expect(entry.amount).toBe(offer.amount);
    // The window is 0 days: closed already, so no objection.
    const late = await req(null, 'POST', `/api/v1/publicity/${pid}/objections`, {
      offer_id: offer.id,
      reason: '不实',
      contact: '13800000000',
    });
    expect(late.status).toBe(400);

    const batch = await req('officer.qingdao', 'POST', '/api/v1/payment-batches', { programme_id: pid });
    expect(batch.status, batch.body).toBe(201);
    expect(batch.json.lines.some((l: { offer_id: string }) => l.offer_id === offer.id)).toBe(true);
    expect((await req('officer.qingdao', 'GET', `/api/v1/payment-batches/${batch.json.id}/file?format=csv`)).status).toBe(400);
    expect((await req('officer.qingdao', 'POST', `/api/v1/payment-batches/${batch.json.id}/approve`, {})).status).toBe(400);
    const approved = await req('admin', 'POST', `/api/v1/payment-batches/${batch.json.id}/approve`, {});
    expect(approved.json.status).toBe('approved');
    const csv = await req('officer.qingdao', 'GET', `/api/v1/payment-batches/${batch.json.id}/file?format=csv&lang=en`);
    expect(csv.status).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Payee,Credit code,Account number,Account name,Bank,Amount (yuan),Reference');
    const ownLine = lines.find((l) => l.includes('6216610000001234567')) as string;
    expect(ownLine.split(',')[5]).toMatch(/^\d+\.\d{2}$/);
    expect(Number(ownLine.split(',')[5])).toBe(offer.amount);
    const xlsx = await app.inject({
      method: 'GET',
      url: `/api/v1/payment-batches/${batch.json.id}/file?format=xlsx`,
      headers: as('officer.qingdao'),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('收款人');
    for (const l of batch.json.lines) {
      const r = await req('officer.qingdao', 'POST', `/api/v1/payment-batches/${batch.json.id}/results`, {
        offer_id: l.offer_id,
        result: 'paid',
      });
      expect(r.status, r.body).toBe(200);
    }
    const paid = (await mine())[0];
    expect(paid.status).toBe('paid');
    expect(paid.paid_at).not.toBeNull();
    const after = (await req('officer.qingdao', 'GET', `/api/v1/take-up?programme_id=${pid}`)).json.items[0];
    expect(after.paid).toBe(before.paid + batch.json.lines.length);
    expect(after.offered).toBe(before.offered + 1);
    const analystView = await req('analyst.demo', 'GET', '/api/v1/take-up');
    expect(analystView.status).toBe(200);
    const pdf = await app.inject({ method: 'GET', url: '/api/v1/take-up/file?format=pdf&lang=ko', headers: as('officer.qingdao') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    // The enterprise's account was told of the offer and of the payment (inbox rows, e-mail later).
    const user = await store.users.findByUsername('enterprise.demo');
    const notices = await store.db
      .selectFrom('notifications')
      .select('event')
      .where('user_id', '=', user?.id ?? '')
      .where('entity_id', '=', offer.id)
      .execute();
    expect(notices.map((r) => r.event).sort()).toEqual(['offer.new', 'payment.paid']);
    // Every step audited.
    const actions = (await store.audit.list({ scope: { all: true }, entityType: 'offer', entityId: offer.id, limit: 100 })).items.map(
      (a: { action: string }) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['offer.create', 'offer.confirm', 'offer.reserve', 'offer.publish', 'offer.batch', 'payment.paid']),
    );
  }, 60_000);
});
