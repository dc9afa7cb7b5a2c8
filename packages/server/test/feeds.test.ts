/**
 * Department feeds over HTTP (issue 13 §2): a human-resources user sends graduate hires by API token; the batch is
 * accepted (201), its recompute job runs and the enterprise's entitlements change; the same batch again is 200
 * `replayed`, other content under its id 409; a batch with a bad row is 422 XW_ERR_FEED_REJECTED with row and field
 * in the caller's language and writes nothing; a department feeds only its kinds (403) and region; files (CSV with
 * headings in any language) and templates; who reads batches.
 */
import { ALL, createStore, type Store, SYSTEM_ACTOR, startFeedWorkers } from '@xiaowei/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, get, post, testApp, UPLOAD_REFUSALS, uploadRefusals } from './helpers.ts';

let store: Store;
let app: FastifyInstance;
const tokens: Record<string, string> = {};
const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

const hire = (extra: Record<string, unknown> = {}) => ({
  enterprise_id: 'FD-QD',
  year: 2013,
  hire_id: 'H-1',
  hire_date: '2013-07-01',
  graduation_year: 2013,
  contract_months: 24,
  social_insurance_paid_in_full: true,
  insured_months: 6,
  local_average_monthly_wage: '3500',
  ...extra,
});

const csvUpload = (text: string, name = 'hires.csv') => {
  const boundary = '----xiaowei-feeds';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  const users = [
    { username: 'hr.qd', role: 'department', department: 'human_resources', regionPrefix: '3702' },
    { username: 'tax.qd', role: 'department', department: 'tax', regionPrefix: '3702' },
    { username: 'hr.sz', role: 'department', department: 'human_resources', regionPrefix: '4403' },
    { username: 'officer.qd', role: 'officer', regionPrefix: '3702' },
    { username: 'ent', role: 'enterprise', enterpriseId: 'FD-QD' },
    { username: 'admin', role: 'admin' },
  ] as const;
  for (const [id, region] of [
    ['FD-QD', '370202'],
    ['FD-SZ', '440303'],
  ] as const) {
    await store.enterprises.create({ id, name: `企业${id}`, regionCode: region, industry: 'I65' }, { actor: 'a' });
    await store.enterprises.upsertYear(
      id,
      { year: 2013, employees: 40, revenueFen: 8_000_000_00, totalAssetsFen: 5_000_000_00 },
      { actor: 'a', scope: ALL },
    );
  }
  for (const u of users) {
    const user = await store.users.create({ ...u, passwordHash: '', displayName: u.username }, { actor: SYSTEM_ACTOR });
    tokens[u.username] = newToken('xw_');
    await store.apiTokens.create({ token: tokens[u.username], userId: user.id, name: 't' }, { actor: SYSTEM_ACTOR });
  }
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  await startFeedWorkers(store, { pollIntervalMs: 100 });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const entitlement = async () => {
  const [row] = await store.entitlements.get('FD-QD', { scope: ALL, year: 2013 });
  return row?.detail.components.find((c) => c.measure === 'gf2012-14/25.2');
};

describe('feeds over HTTP', () => {
  it('accepts a batch of hires by API token; its job completes and the entitlement changes', async () => {
    expect((await entitlement())?.eligible).not.toBe(true);
    const r = await post(app, '/api/v1/feeds/graduate_hires/batches', { batch_id: 'hr-2013-07', rows: [hire()] }, as('hr.qd'));
    expect(r.status, r.body).toBe(201);
    expect(r.json).toMatchObject({ id: 'hr-2013-07', kind: 'graduate_hires', rows: 1, enterprises: 1, department: 'human_resources' });
    let batch = r.json;
    const end = Date.now() + 20_000;
    while (batch.job?.state !== 'completed' && Date.now() < end) {
      await new Promise((res) => setTimeout(res, 100));
      batch = (await get(app, '/api/v1/feeds/batches/hr-2013-07', as('hr.qd'))).json;
    }
    expect(batch.job).toMatchObject({ state: 'completed', progress: { fraction: 1, done: 1, total: 1 }, result: { enterprises: 1 } });
    expect(await entitlement()).toMatchObject({ eligible: true, valueFen: 3654_00 });

    const again = await post(app, '/api/v1/feeds/graduate_hires/batches', { batch_id: 'hr-2013-07', rows: [hire()] }, as('hr.qd'));
    expect(again.status).toBe(200);
    expect(again.json.replayed).toBe(true);
    const other = await post(
      app,
      '/api/v1/feeds/graduate_hires/batches',
      { batch_id: 'hr-2013-07', rows: [hire({ contract_months: 36 })] },
      as('hr.qd'),
    );
    expect(other.status).toBe(409);
  }, 40_000);

  it('refuses a batch with one bad row (422, row and field in the caller’s language) and writes nothing', async () => {
    const before = (await store.db.selectFrom('feed_members').select('member_key').execute()).length;
    const r = await post(
      app,
      '/api/v1/feeds/graduate_hires/batches?lang=en',
      { batch_id: 'hr-bad', rows: [hire({ hire_id: 'H-2' }), hire({ hire_id: 'H-3', contract_months: 'twelve' })] },
      as('hr.qd'),
    );
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('XW_ERR_FEED_REJECTED');
    expect(r.json.problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'contract_months',
        path: '/rows/1/contract_months',
        message: expect.stringMatching(/twelve/),
      }),
    ]);
    expect((await store.db.selectFrom('feed_members').select('member_key').execute()).length).toBe(before);
    expect((await get(app, '/api/v1/feeds/batches/hr-bad', as('hr.qd'))).status).toBe(404);
  });

  it('lets a department feed only its kinds and region; officers read, enterprises do not', async () => {
    expect((await post(app, '/api/v1/feeds/rd_donations/batches', { batch_id: 'x1', rows: [] }, as('hr.qd'))).status).toBe(403);
    expect((await post(app, '/api/v1/feeds/graduate_hires/batches', { batch_id: 'x2', rows: [hire()] }, as('officer.qd'))).status).toBe(
      403,
    );
    const sz = await post(app, '/api/v1/feeds/graduate_hires/batches?lang=zh-CN', { batch_id: 'x3', rows: [hire()] }, as('hr.sz'));
    expect(sz.status).toBe(422);
    expect(sz.json.problems[0]).toMatchObject({ row: 1, field: 'enterprise_id', message: '您的地区内没有企业“FD-QD”' });
    const rd = await post(
      app,
      '/api/v1/feeds/rd_donations/batches',
      { batch_id: 'tax-1', rows: [{ enterprise_id: 'FD-QD', year: 2013, rd_expensed_costs: '50000' }] },
      as('tax.qd'),
    );
    expect(rd.status).toBe(201);
    const officer = await get(app, '/api/v1/feeds/batches', as('officer.qd'));
    expect(officer.json.items.map((b: { id: string }) => b.id).sort()).toEqual(['hr-2013-07', 'tax-1']);
    // A department sees its own department's batches only.
    expect((await get(app, '/api/v1/feeds/batches', as('tax.qd'))).json.items.map((b: { id: string }) => b.id)).toEqual(['tax-1']);
    expect((await get(app, '/api/v1/feeds/batches/hr-2013-07', as('tax.qd'))).status).toBe(404);
    expect((await get(app, '/api/v1/feeds/batches', as('ent'))).status).toBe(403);
    expect((await get(app, '/api/v1/feeds/kinds', as('tax.qd'))).json.items.map((k: { kind: string }) => k.kind)).toEqual([
      'fee_events',
      'rd_donations',
    ]);
  });

  it('takes a CSV with headings in any language; the same file twice is written once; templates in the caller’s language', async () => {
    const text = ['企业编号,年度,招用编号,招用日期,毕业年度,劳动合同期限（月）', 'FD-QD,2013,H-7,2013-08-01,2013,12'].join('\n');
    const probe = await call(app, { method: 'GET', url: '/api/v1/feeds/kinds?lang=zh-CN', headers: as('hr.qd') });
    const columns = probe.json.items[0].columns as { id: string; label: Record<string, string> }[];
    // The headings used above are the policy's own labels.
    const label = (id: string) => columns.find((c) => c.id === id)?.label['zh-CN'];
    const csv = text
      .replace('招用日期', label('hire_date') ?? '')
      .replace('毕业年度', label('graduation_year') ?? '')
      .replace('劳动合同期限（月）', label('contract_months') ?? '');
    const first = await call(app, {
      method: 'POST',
      url: '/api/v1/feeds/graduate_hires/uploads',
      ...csvUpload(csv),
      headers: { ...csvUpload(csv).headers, ...as('hr.qd') },
    });
    expect(first.status, first.body).toBe(201);
    expect(first.json).toMatchObject({ rows: 1, file_name: 'hires.csv' });
    const second = await call(app, {
      method: 'POST',
      url: '/api/v1/feeds/graduate_hires/uploads',
      ...csvUpload(csv),
      headers: { ...csvUpload(csv).headers, ...as('hr.qd') },
    });
    expect(second.status).toBe(200);
    expect(second.json.id).toBe(first.json.id);
    const bad = `${csv}\nFD-QD,2013,H-8,2013-13-01,2013,12`;
    const rejected = await call(app, {
      method: 'POST',
      url: '/api/v1/feeds/graduate_hires/uploads?lang=ko',
      ...csvUpload(bad),
      headers: { ...csvUpload(bad).headers, ...as('hr.qd') },
    });
    expect(rejected.status).toBe(422);
    expect(rejected.json.problems).toEqual([expect.objectContaining({ row: 3, column: 'hire_date' })]);

    const tpl = await call(app, { method: 'GET', url: '/api/v1/feeds/graduate_hires/template?format=csv&lang=ko', headers: as('hr.qd') });
    expect(tpl.status).toBe(200);
    expect(tpl.body.split('\r\n')[0]).toContain('기업 ID,연도,채용 번호');
    const xlsx = await call(app, { method: 'GET', url: '/api/v1/feeds/fee_events/template?lang=en', headers: as('hr.qd') });
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toContain('spreadsheetml');
  });
});

describe('a feed file refused', () => {
  it('answers as every upload route does (no file, another kind, a broken body, an empty CSV) and writes nothing', async () => {
    const batches = async () => (await get(app, '/api/v1/feeds/batches?limit=500', as('hr.qd'))).json.items.length;
    const before = await batches();
    expect(await uploadRefusals(app, '/api/v1/feeds/graduate_hires/uploads', as('hr.qd'))).toEqual(UPLOAD_REFUSALS);
    expect(await batches()).toBe(before);
  });
});
