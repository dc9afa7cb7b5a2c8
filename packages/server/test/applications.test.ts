/**
 * Applications and complaints over HTTP (issue 14 §1, §2), on a real SQLite store with the demo registry: the
 * enterprise applies for the rent subsidy with a PDF, a bad file is refused with nothing stored, the officer of
 * its region reviews with the engine's advice, asks for more, approves with a reason; the inbox receives the
 * notices; a bank complaint is routed, answered, rated and counted. Every answer is checked against the OpenAPI document.
 */
import { createStore, type Store, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

const PASSWORD = 'demo-password-1';
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;
const LIMIT = 2048;

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 20, passwordHash: await hashPassword(PASSWORD) });
  app = await testApp({ store, authenticate: sessionAuthentication(store), config: { trustProxy: true, attachmentLimit: LIMIT } });
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
async function login(username: string): Promise<Session> {
  const r = await call(app, {
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: PASSWORD },
    headers: { 'x-forwarded-for': `10.2.0.${++ip}` },
  });
  expect(r.status, r.body).toBe(200);
  return { cookie: String(r.headers['set-cookie']).split(';')[0] as string, csrf: r.json.csrf_token };
}
const as = async (s: Session, options: InjectOptions, path?: string) => {
  const r = await call(app, { ...options, headers: { ...(options.headers as object), cookie: s.cookie, 'x-csrf-token': s.csrf } });
  if (path !== undefined) expect(check(String(options.method ?? 'GET'), path, r.status, r.json), `${options.url} ${r.body}`).toEqual([]);
  return r;
};
const multipart = (files: [string, Buffer][]) => {
  const boundary = '----xiaowei-attach';
  const parts = files.map(([name, bytes]) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const NOT_A_PDF = Buffer.from('PK\u0003\u0004 a zip renamed to pdf');

describe('applications', () => {
  it('runs a rent-subsidy application from the form to approval, by the right roles only', async () => {
    const ent = await login('enterprise.demo');
    const officer = await login('officer.qingdao');
    const shenzhen = await login('officer.shenzhen');

    const measures = await as(ent, { method: 'GET', url: '/api/v1/applications/measures?lang=en' }, '/api/v1/applications/measures');
    expect(measures.json.items.map((m: { measure: string }) => m.measure)).toContain('gf2012-14/26');
    const form = await as(
      ent,
      { method: 'GET', url: '/api/v1/applications/form?measure=gf2012-14/26&year=2026&lang=en' },
      '/api/v1/applications/form',
    );
    expect(form.json.fields.find((f: { name: string }) => f.name === 'premises_rent')).toMatchObject({
      label: 'Rent for business premises in the year',
      type: 'money',
      unit: 'yuan',
      min: 0,
    });

    const created = await as(
      ent,
      {
        method: 'POST',
        url: '/api/v1/applications',
        payload: { measure: 'gf2012-14/26', year: 2026, values: { rents_premises: true, premises_rent: '60000.10', purpose: '租金补贴' } },
      },
      '/api/v1/applications',
    );
    expect(created.status, created.body).toBe(201);
    const id = created.json.id as string;
    const path = `/api/v1/applications/${id}`;

    // A bad file: refused with the reason, in the language asked, and nothing stored.
    const bad = await as(ent, {
      method: 'POST',
      url: `${path}/attachments?lang=en`,
      ...multipart([
        ['ok.pdf', PDF],
        ['fake.pdf', NOT_A_PDF],
      ]),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0]).toMatchObject({
      field: 'file',
      message: 'the attachment is not a PDF, JPEG or PNG file (judged by its content, not its name)',
    });
    const big = await as(ent, {
      method: 'POST',
      url: `${path}/attachments?lang=en`,
      ...multipart([['big.pdf', Buffer.concat([PDF, Buffer.alloc(LIMIT)])]]),
    });
    expect([400, 413]).toContain(big.status);
    const empty = await as(ent, { method: 'POST', url: `${path}/attachments?lang=en`, ...multipart([['empty.pdf', Buffer.alloc(0)]]) });
    expect(empty.json.problems[0].message).toBe('the attachment is an empty file');
    expect((await as(ent, { method: 'GET', url: path })).json.attachments).toEqual([]);

    const up = await as(ent, { method: 'POST', url: `${path}/attachments`, ...multipart([['租赁合同.pdf', PDF]]) });
    expect(up.status, up.body).toBe(201);
    expect(up.json.items[0]).toMatchObject({ media_type: 'application/pdf', size_bytes: PDF.length });

    // Wrong roles: 403 before anything is read; another region: 404; nothing changed.
    expect((await as(officer, { method: 'POST', url: `${path}/submit`, payload: {} })).status).toBe(403);
    const submitted = await as(ent, { method: 'POST', url: `${path}/submit`, payload: {} }, `/api/v1/applications/{id}/submit`);
    expect(submitted.json).toMatchObject({ status: 'submitted', overdue: false });
    expect(submitted.json.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await as(ent, { method: 'POST', url: `${path}/review`, payload: {} })).status).toBe(403);
    expect((await as(shenzhen, { method: 'POST', url: `${path}/review`, payload: {} })).status).toBe(404);
    expect((await as(ent, { method: 'GET', url: path })).json.status).toBe('submitted');

    const queue = await as(officer, { method: 'GET', url: '/api/v1/applications?sort=due&lang=en' }, '/api/v1/applications');
    expect(queue.json.items.map((a: { id: string }) => a.id)).toContain(id);
    expect((await as(shenzhen, { method: 'GET', url: '/api/v1/applications' })).json.items).toEqual([]);

    await as(officer, { method: 'POST', url: `${path}/review`, payload: {} }, `/api/v1/applications/{id}/review`);
    const detail = await as(officer, { method: 'GET', url: `${path}?lang=en` }, '/api/v1/applications/{id}');
    expect(detail.json.advice.outcomes[0]).toMatchObject({ measure: 'gf2012-14/26.1' });
    expect(detail.json.registry).not.toBeNull();
    expect((await as(ent, { method: 'GET', url: path })).json.advice).toBeNull();
    const file = await as(officer, { method: 'GET', url: `${path}/attachments/${up.json.items[0].id}` });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body).toBe(PDF.toString());

    expect((await as(officer, { method: 'POST', url: `${path}/request-info?lang=en`, payload: {} })).json.problems[0].field).toBe('reason');
    await as(
      officer,
      { method: 'POST', url: `${path}/request-info`, payload: { reason: '请补充营业执照' } },
      '/api/v1/applications/{id}/request-info',
    );
    const user = await store.users.findByUsername('enterprise.demo');
    const inbox = await store.notifications.list(user?.id as string);
    expect(inbox.items.map((n) => n.event)).toContain('application.info_requested');

    await as(ent, { method: 'POST', url: `${path}/attachments`, ...multipart([['营业执照.pdf', PDF]]) });
    await as(ent, { method: 'POST', url: `${path}/respond`, payload: { reason: '已补充营业执照' } });
    // Approving before the answer is taken into review: a state conflict, nothing changed.
    const early = await as(officer, { method: 'POST', url: `${path}/approve?lang=en`, payload: { reason: '符合条件' } });
    expect(early.status).toBe(409);
    expect(early.json.code).toBe('XW_ERR_APPLICATION_STATE');
    await as(officer, { method: 'POST', url: `${path}/review`, payload: {} });
    const approved = await as(
      officer,
      { method: 'POST', url: `${path}/approve`, payload: { reason: '材料齐全，符合条件', amount: '12000.05' } },
      '/api/v1/applications/{id}/approve',
    );
    expect(approved.json).toMatchObject({ status: 'approved', decision_reason: '材料齐全，符合条件', approved_amount: 12000.05 });
    expect(approved.body).toContain('"approved_amount":12000.05');
    const paid = await as(officer, { method: 'POST', url: `${path}/pay`, payload: {} });
    expect(paid.json).toMatchObject({ status: 'paid', paid_amount: 12000.05 });
    const events = (await store.notifications.list(user?.id as string)).items.map((n) => n.event);
    expect(events).toEqual(expect.arrayContaining(['application.decided', 'payment.paid']));
    const final = await as(ent, { method: 'GET', url: path }, '/api/v1/applications/{id}');
    expect(final.json.events.map((e: { to_status: string }) => e.to_status)).toEqual([
      'draft',
      'submitted',
      'under_review',
      'info_requested',
      'resubmitted',
      'under_review',
      'approved',
      'paid',
    ]);
    expect(final.json.decision_advice.outcomes[0].measure).toBe('gf2012-14/26.1');
  });

  it('rejects with the engine’s why-not stored for the enterprise to read', async () => {
    const ent = await login('enterprise.demo');
    const officer = await login('officer.qingdao');
    const created = await as(ent, {
      method: 'POST',
      url: '/api/v1/applications',
      payload: { measure: 'gf2012-14/26', year: 2026, values: { rents_premises: false, purpose: '试申请' } },
    });
    const path = `/api/v1/applications/${created.json.id}`;
    await as(ent, { method: 'POST', url: `${path}/submit`, payload: {} });
    await as(officer, { method: 'POST', url: `${path}/review`, payload: {} });
    const rejected = await as(officer, { method: 'POST', url: `${path}/reject?lang=en`, payload: { reason: '未租用经营场地' } });
    expect(rejected.json.status).toBe('rejected');
    const seen = await as(ent, { method: 'GET', url: `${path}?lang=en` });
    const outcome = seen.json.decision_advice.outcomes[0];
    expect(outcome.eligible).toBe(false);
    expect(outcome.conditions.find((c: { variable: string }) => c.variable === 'rents_premises')).toMatchObject({ met: false });
  });
});

describe('complaints', () => {
  it('routes a bank complaint to the banking regulator and the officers of the region, answered once, rated once, counted', async () => {
    const ent = await login('enterprise.demo');
    const officer = await login('officer.qingdao');
    const fees = await login('fees.qd');
    const filed = await as(
      ent,
      {
        method: 'POST',
        url: '/api/v1/complaints?lang=en',
        payload: { type: 'bank', respondent: '某商业银行青岛分行', body: '放贷时收取财务顾问费' },
      },
      '/api/v1/complaints',
    );
    expect(filed.status, filed.body).toBe(201);
    expect(filed.json).toMatchObject({ department: 'banking_regulator', department_label: 'banking regulator', status: 'open' });
    const path = `/api/v1/complaints/${filed.json.id}`;
    await as(ent, { method: 'POST', url: `${path}/attachments`, ...multipart([['凭证.pdf', PDF]]) });
    // The fees department of Qingdao does not handle bank complaints; the officers do.
    expect((await as(fees, { method: 'GET', url: path })).status).toBe(404);
    expect((await as(fees, { method: 'GET', url: '/api/v1/complaints' })).json.items).toEqual([]);
    expect((await as(ent, { method: 'POST', url: `${path}/reply`, payload: { reply: 'x' } })).status).toBe(403);
    expect((await as(ent, { method: 'POST', url: `${path}/rate`, payload: { rating: 5 } })).status).toBe(409);
    const replied = await as(
      officer,
      { method: 'POST', url: `${path}/reply`, payload: { reply: '已责令退还' } },
      '/api/v1/complaints/{id}/reply',
    );
    expect(replied.json.status).toBe('replied');
    expect((await as(officer, { method: 'POST', url: `${path}/reply`, payload: { reply: '再次' } })).json.code).toBe(
      'XW_ERR_COMPLAINT_STATE',
    );
    const user = await store.users.findByUsername('enterprise.demo');
    expect((await store.notifications.list(user?.id as string)).items.map((n) => n.event)).toContain('complaint.replied');
    expect((await as(ent, { method: 'POST', url: `${path}/rate?lang=en`, payload: { rating: 0 } })).json.problems[0].field).toBe('rating');
    const rated = await as(ent, { method: 'POST', url: `${path}/rate`, payload: { rating: 4 } }, '/api/v1/complaints/{id}/rate');
    expect(rated.json.rating).toBe(4);
    const seen = await as(ent, { method: 'GET', url: path }, '/api/v1/complaints/{id}');
    expect(seen.json).toMatchObject({ reply: '已责令退还', rating: 4 });
    expect(seen.json.attachments).toHaveLength(1);

    const stats = await as(officer, { method: 'GET', url: '/api/v1/complaints/statistics' }, '/api/v1/complaints/statistics');
    const bank = stats.json.items.filter((c: { type: string }) => c.type === 'bank');
    expect(bank).toEqual([expect.objectContaining({ department: 'banking_regulator', filed: 1, replied: 1, rated: 1, mean_rating: 4 })]);
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/v1/complaints/statistics?format=xlsx&lang=en',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf },
    });
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(2).text).toBe('Type');
    expect(sheet.getRow(2).getCell(2).text).toBe('bank fees or conduct');
    expect(sheet.getRow(2).getCell(5).value).toBe(1);
  });

  it('routes a fee complaint to the development and reform department of the region, which replies', async () => {
    const ent = await login('enterprise.demo');
    const fees = await login('fees.qd');
    const filed = await as(ent, {
      method: 'POST',
      url: '/api/v1/complaints',
      payload: { type: 'fee', respondent: '某协会', body: '强制入会收费' },
    });
    expect(filed.json.department).toBe('development_reform');
    const listed = await as(fees, { method: 'GET', url: '/api/v1/complaints?status=open' }, '/api/v1/complaints');
    expect(listed.json.items.map((c: { id: string }) => c.id)).toEqual([filed.json.id]);
    const replied = await as(fees, {
      method: 'POST',
      url: `/api/v1/complaints/${filed.json.id}/reply`,
      payload: { reply: '已责令停止收费' },
    });
    expect(replied.json).toMatchObject({ status: 'replied', reply: '已责令停止收费' });
    // Department users cannot file or rate: those are the enterprise's.
    expect((await as(fees, { method: 'POST', url: `/api/v1/complaints/${filed.json.id}/rate`, payload: { rating: 5 } })).status).toBe(403);
  });
});
