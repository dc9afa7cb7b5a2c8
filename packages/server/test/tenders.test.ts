import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

/**
 * The tender routes against a seeded SQLite store, signed in with API tokens: who sees and changes what
 * (the budget unit, the region), evaluation numbers to the fen, the legal range of the rate at and just
 * outside its bounds, publication and the 409 after it, the declaration the registry contradicts, the
 * Excel import (rejected whole, then accepted), the report files and the e-procurement API.
 */

let store: Store;
let app: FastifyInstance;
const tokens = new Map<string, string>();
const as = (who: string) => (who === 'anon' ? {} : { authorization: `Bearer ${tokens.get(who)}` });
const WHO: Record<string, string> = {
  proc: 'procurement.demo',
  procSz: 'procurement.sz',
  o3702: 'officer.qingdao',
  o4403: 'officer.shenzhen',
  analyst: 'analyst.demo',
  admin: 'admin',
  bank: 'bank.demo',
  ent: 'enterprise.demo',
};
let medium2013: { id: string; name: string };
let small2013: { id: string; name: string };

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 200 });
  await store.users.create(
    { username: 'procurement.sz', passwordHash: '', role: 'procurement', displayName: '深圳采购', budgetUnitId: 'BU-DEMO-440300' },
    { actor: SYSTEM_ACTOR },
  );
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  for (const [who, username] of Object.entries(WHO)) {
    const user = await store.users.findByUsername(username);
    if (!user) throw new Error(username);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'tenders' }, { actor: SYSTEM_ACTOR });
    tokens.set(who, token);
  }
  const pick = async (cls: string) => {
    const row = await store.db
      .selectFrom('entitlements as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .select(['e.id', 'e.name'])
      .where('n.year', '=', 2013)
      .where('n.size_class', '=', cls)
      .orderBy('e.id')
      .executeTakeFirstOrThrow();
    return row;
  };
  medium2013 = await pick('medium');
  small2013 = await pick('small');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

let n = 0;
const tender = (extra: Record<string, unknown> = {}) => ({
  id: `TT-${++n}`,
  name: `测试采购 ${n}`,
  date: '2013-05-10',
  method: 'lowest_price',
  deduction_rate: 0.07,
  bids: [
    // 12,345.67 × 93% = 11,481.4731 → 11,481.47 (half a fen and more rounds up; less rounds down)
    { id: 'B1', supplier_name: '小企业', price: '12345.67', size_class: 'small' },
    { id: 'B2', supplier_name: '大企业', price: 11500, size_class: 'large' },
  ],
  ...extra,
});

const post = (who: string, url: string, payload?: unknown) =>
  call(app, { method: 'POST', url, headers: as(who), ...(payload !== undefined ? { payload: payload as object } : {}) });
const get = (who: string, url: string) => call(app, { method: 'GET', url, headers: as(who) });

/** A multipart body with one .xlsx file. */
async function xlsxUpload(rows: (string | number | null)[][], name = 'bids.xlsx') {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('bids');
  for (const r of rows) sheet.addRow(r);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = '----xiaowei-tenders';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('who sees and changes a tender', () => {
  it('keeps a tender to its budget unit, its region’s officers, analysts and admins', async () => {
    const created = await post('proc', '/api/v1/tenders', tender({ id: 'TT-SCOPE' }));
    expect(created.status, created.body).toBe(201);
    expect(created.json).toMatchObject({ id: 'TT-SCOPE', budget_unit_id: 'BU-DEMO-370200', status: 'draft', version: 1, bid_count: 2 });
    const statuses: Record<string, number> = {};
    for (const who of ['proc', 'procSz', 'o3702', 'o4403', 'analyst', 'admin', 'bank', 'ent', 'anon'])
      statuses[who] = (await get(who, '/api/v1/tenders/TT-SCOPE')).status;
    expect(statuses).toEqual({ proc: 200, procSz: 404, o3702: 200, o4403: 404, analyst: 200, admin: 200, bank: 403, ent: 403, anon: 401 });
    const listed = async (who: string) => ((await get(who, '/api/v1/tenders?limit=200')).json.items as { id: string }[]).map((t) => t.id);
    expect(await listed('proc')).toContain('TT-SCOPE');
    expect(await listed('procSz')).not.toContain('TT-SCOPE');
    expect(await listed('o4403')).not.toContain('TT-SCOPE');
    expect(await listed('o3702')).toContain('TT-SCOPE');
    // Only the unit's procurement staff change it; officers and analysts read.
    for (const who of ['o3702', 'analyst', 'admin']) {
      expect((await call(app, { method: 'PUT', url: '/api/v1/tenders/TT-SCOPE', headers: as(who), payload: { name: 'x' } })).status).toBe(
        403,
      );
      expect((await post(who, '/api/v1/tenders/TT-SCOPE/evaluate')).status).toBe(403);
    }
    expect(
      (await call(app, { method: 'PUT', url: '/api/v1/tenders/TT-SCOPE', headers: as('procSz'), payload: { name: 'x' } })).status,
    ).toBe(404);
    expect((await post('procSz', '/api/v1/tenders/TT-SCOPE/evaluate')).status).toBe(404);
    expect((await get('proc', '/api/v1/tenders/TT-SCOPE')).json.name).toBe(created.json.name);
  });
});

describe('evaluation', () => {
  it('gives each bid its deduction and reason, evaluated price to the fen, and rank', async () => {
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-FEN' }));
    const r = await post('proc', '/api/v1/tenders/TT-FEN/evaluate?lang=en');
    expect(r.status, r.body).toBe(201);
    // Exact text: the amounts are written from fen, never through a float of yuan.
    expect(r.body).toContain('"evaluated_price":11481.47');
    expect(r.body).toContain('"deduction":864.2');
    const [b1, b2] = r.json.bids;
    expect(b1).toMatchObject({ id: 'B1', price: 12345.67, deduction_rate: 0.07, deduction_reason: 'small_micro', rank: 1 });
    expect(b1.reason).toMatch(/small\/micro price deduction/);
    expect(b2).toMatchObject({ id: 'B2', deduction_rate: 0, evaluated_price: 11500, deduction_reason: 'not_small_micro', rank: 2 });
    expect(b2.reason).toMatch(/not a small or micro enterprise/);
    expect(r.json.legal_range.small_micro).toEqual({ min: 0.06, max: 0.1 });
    expect(r.json.policy_version).toMatch(/^\d+\.\d+\.\d+$/);
    // Who evaluated: the user id (as in the audit log) and the name shown in the report.
    expect(r.json.evaluated_by_name).toBe('青岛市政府采购中心（演示）');
    expect(r.json.evaluated_by).not.toBe(r.json.evaluated_by_name);
    expect((await get('proc', '/api/v1/tenders/TT-FEN')).json.status).toBe('evaluated');
  });

  it('accepts the rate at 6% and 10% and refuses 5.99% and 10.01%, naming the legal range; nothing is stored', async () => {
    for (const [rate, status] of [
      ['0.06', 201],
      ['0.1', 201],
      ['0.0599', 422],
      ['0.1001', 422],
    ] as const) {
      const id = `TT-RATE-${rate}`;
      expect((await post('proc', '/api/v1/tenders', tender({ id, deduction_rate: rate }))).status).toBe(201);
      const r = await post('proc', `/api/v1/tenders/${id}/evaluate?lang=en`);
      expect(r.status, r.body).toBe(status);
      if (status === 422) {
        expect(r.json.code).toBe('XW_ERR_TENDER_RULE');
        expect(r.json.problems[0]).toMatchObject({ path: '/deduction_rate', field: 'deduction_rate' });
        expect(r.json.problems[0].message).toContain('outside the legal range 6%–10% in force on 2013-05-10');
        const zh = await post('proc', `/api/v1/tenders/${id}/evaluate`);
        expect(zh.json.problems[0].message).toContain('不在 2013-05-10 适用的法定范围 6%–10% 内');
        expect((await get('proc', `/api/v1/tenders/${id}`)).json).toMatchObject({ status: 'draft', evaluation: null });
      } else {
        expect(r.json.bids[0].deduction_rate).toBe(Number(rate));
      }
    }
    // A date with no encoded rule: a clear error, never a guessed range.
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-2028', date: '2028-03-01' }));
    const late = await post('proc', '/api/v1/tenders/TT-2028/evaluate?lang=en');
    expect(late.status).toBe(422);
    expect(late.json.problems[0]).toMatchObject({ path: '/date' });
    expect(late.json.problems[0].message).toMatch(/no rule is encoded for a tender dated 2028-03-01/);
    const range = await get('proc', '/api/v1/tenders/legal-range?date=2019-12-31');
    expect(range.json).toMatchObject({ small_micro: { min: 0.06, max: 0.1 }, consortium: { min: 0.02, max: 0.03 }, consortium_share: 0.3 });
    // 181号 still applied to procurement started in 2020; 财库〔2022〕19号 raised the ranges from 2022-07-01.
    expect((await get('proc', '/api/v1/tenders/legal-range?date=2020-12-31')).json).toMatchObject({ small_micro: { min: 0.06, max: 0.1 } });
    expect((await get('proc', '/api/v1/tenders/legal-range?date=2022-07-01')).json).toMatchObject({
      small_micro: { min: 0.1, max: 0.2 },
      consortium: { min: 0.04, max: 0.06 },
    });
    expect((await get('proc', '/api/v1/tenders/legal-range?date=2028-01-01')).status).toBe(422);
  });

  it('flags a declaration the registry contradicts, with the registry’s reason', async () => {
    const body = tender({
      id: 'TT-DECL',
      bids: [
        { id: 'B1', supplier_id: medium2013.id, supplier_name: medium2013.name, price: 1000, size_class: 'small' },
        { id: 'B2', supplier_id: small2013.id, supplier_name: small2013.name, price: 1000, size_class: 'small' },
        { id: 'B3', supplier_id: 'NOT-REGISTERED', supplier_name: '外地企业', price: 1000, size_class: 'micro' },
      ],
    });
    await post('proc', '/api/v1/tenders', body);
    const r = await post('proc', '/api/v1/tenders/TT-DECL/evaluate?lang=en');
    expect(r.status, r.body).toBe(201);
    expect(r.json.contradictions).toBe(1);
    const [d1] = r.json.bids[0].declarations;
    expect(d1).toMatchObject({
      party: 'supplier',
      party_id: medium2013.id,
      declared: 'small',
      status: 'contradicted',
      registry_class: 'medium',
      material: true,
    });
    // The budget unit has no registry scope: the class and whether it agrees, never the figures, nor whether an id exists.
    expect(d1.explanation).toBe('declared small, but the registry classes it medium for 2013');
    expect(r.json.bids[1].declarations[0]).toMatchObject({ status: 'confirmed', registry_class: 'small' });
    expect(r.json.bids[1].declarations[0].explanation).toBe('matches the registry: small in 2013');
    expect(r.json.bids[2].declarations[0]).toMatchObject({ status: 'not_verifiable', registry_class: null });
    expect(r.json.bids[2].declarations[0].explanation).toBe('cannot be checked against the registry');
    // The admin (the whole registry) reads the same stored evaluation with the registry's reason and figures.
    const full = await get('admin', '/api/v1/tenders/TT-DECL/report?lang=en');
    expect(full.json.bids[0].declarations[0].explanation).toMatch(
      /^declared small, but the registry’s 2013 figures make it medium: medium, not small: .* ≥ /,
    );
    expect(full.json.bids[2].declarations[0].explanation).toMatch(/not in the registry/);
    // The files say no more than the JSON: the budget unit's Excel report has no figures, the admin's has.
    const cells = async (who: string) => {
      const x = await app.inject({ method: 'GET', url: '/api/v1/tenders/TT-DECL/report?format=xlsx&lang=en', headers: as(who) });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((sh) => sh.eachRow((row) => row.eachCell((c) => out.push(String(c.text)))));
      return out.join('\n');
    };
    expect(await cells('proc')).toContain('declared small, but the registry classes it medium for 2013');
    expect(await cells('proc')).not.toMatch(/figures make it|not in the registry|NOT-REGISTERED" is/);
    expect(await cells('admin')).toMatch(/figures make it medium/);
    // The evaluation rests on the declaration (181号): the flag informs, it does not change the deduction.
    expect(r.json.bids[0].deduction_rate).toBe(0.07);
  });
});

describe('publication', () => {
  it('is final: every change afterwards is 409, and the report stays as published', async () => {
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-PUB' }));
    expect((await post('proc', '/api/v1/tenders/TT-PUB/publish')).json.code).toBe('XW_ERR_TENDER_NOT_EVALUATED');
    await post('proc', '/api/v1/tenders/TT-PUB/evaluate');
    const published = await post('proc', '/api/v1/tenders/TT-PUB/publish');
    expect(published.status, published.body).toBe(200);
    expect(published.json.published_at).toBeTruthy();
    const upload = await xlsxUpload([
      ['投标编号', '供应商名称', '投标报价（元）'],
      ['B9', 'x', 1],
    ]);
    const changes = [
      call(app, { method: 'PUT', url: '/api/v1/tenders/TT-PUB', headers: as('proc'), payload: { name: '改' } }),
      call(app, { method: 'DELETE', url: '/api/v1/tenders/TT-PUB', headers: as('proc') }),
      call(app, { method: 'PUT', url: '/api/v1/tenders/TT-PUB/bids/B9', headers: as('proc'), payload: { supplier_name: 'x', price: 1 } }),
      call(app, { method: 'DELETE', url: '/api/v1/tenders/TT-PUB/bids/B1', headers: as('proc') }),
      call(app, {
        method: 'POST',
        url: '/api/v1/tenders/TT-PUB/bids/import',
        headers: { ...as('proc'), ...upload.headers },
        payload: upload.payload,
      }),
      post('proc', '/api/v1/tenders/TT-PUB/evaluate'),
      post('proc', '/api/v1/tenders/TT-PUB/publish'),
    ];
    for (const r of await Promise.all(changes)) {
      expect(r.status, r.body).toBe(409);
      expect(r.json.code).toBe('XW_ERR_TENDER_PUBLISHED');
    }
    const report = await get('o3702', '/api/v1/tenders/TT-PUB/report?lang=en');
    expect(report.json).toMatchObject({ sequence: 1, published_at: published.json.published_at });
    expect(report.json.bids[0].evaluated_price).toBe(11481.47);
  });

  it('exports the report as Excel and PDF', async () => {
    const xlsx = await app.inject({ method: 'GET', url: '/api/v1/tenders/TT-PUB/report?format=xlsx&lang=en', headers: as('proc') });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = wb.worksheets[0].getSheetValues().flat().map(String).join(' | ');
    expect(text).toContain('Evaluated price (yuan)');
    expect(text).toContain('11481.47');
    // Amounts are numbers with a number format, not text; times in words, never the raw ISO text (shared with the PDF).
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(c)));
    const evaluated = cells.find((c) => c.value === 11481.47);
    expect(evaluated?.numFmt).toBe('#,##0.00');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).toMatch(/Evaluated \| #1 [A-Z][a-z]+ \d{1,2}, \d{4} at \d{2}:\d{2}/);
    const zh = await app.inject({ method: 'GET', url: '/api/v1/tenders/TT-PUB/report?format=xlsx&lang=zh-CN', headers: as('proc') });
    const zhBook = new ExcelJS.Workbook();
    await zhBook.xlsx.load(zh.rawPayload as unknown as ArrayBuffer);
    const zhText = zhBook.worksheets[0].getSheetValues().flat().map(String).join(' | ');
    expect(zhText).toMatch(/评审 \| #1 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(text).toContain('the contract amount is the winner’s original bid price');
    const pdf = await app.inject({ method: 'GET', url: '/api/v1/tenders/TT-PUB/report?format=pdf', headers: as('proc') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('Excel import of bids', () => {
  it('rejects the whole file for one bad row, with row, column and field in the caller’s language; then imports a good one', async () => {
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-XLS', bids: [] }));
    const header = ['投标编号', '供应商名称', '投标报价（元）', '声明企业规模', '联合体成员'];
    const bad = await xlsxUpload([
      header,
      ['X1', '青岛甲公司', 100000, '小型', null],
      ['X2', '青岛乙公司', '十万', '巨型', null],
      ['X3', '联合体', '98000.5', null, '甲|XW-DEMO-000001|小型|30%;乙||大型|0.6'],
    ]);
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/TT-XLS/bids/import?lang=en',
      headers: { ...as('proc'), ...bad.headers },
      payload: bad.payload,
    });
    expect(r.status, r.body).toBe(422);
    expect(r.json.code).toBe('XW_ERR_BIDS_REJECTED');
    expect(r.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: '投标报价（元）', field: 'price' }),
        expect.objectContaining({
          row: 3,
          column: '声明企业规模',
          field: 'supplier_size_class',
          message: '"巨型" is not a size class (large, medium, small, micro)',
        }),
      ]),
    );
    expect(r.json.problems.every((p: { row: number }) => p.row === 3)).toBe(true);
    expect((await get('proc', '/api/v1/tenders/TT-XLS')).json.bids).toEqual([]);
    const zh = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/TT-XLS/bids/import',
      headers: { ...as('proc'), ...bad.headers },
      payload: bad.payload,
    });
    expect(zh.json.problems.find((p: { field: string }) => p.field === 'supplier_size_class').message).toBe(
      '“巨型”不是企业规模（大型、中型、小型、微型）',
    );

    const good = await xlsxUpload([
      header,
      ['X1', '青岛甲公司', 100000, '小型', null],
      ['X3', '联合体', '98000.5', null, '甲|XW-DEMO-000001|小型|30%;乙||大型|0.7'],
    ]);
    const ok = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/TT-XLS/bids/import',
      headers: { ...as('proc'), ...good.headers },
      payload: good.payload,
    });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json.bids.map((b: { id: string }) => b.id)).toEqual(['X1', 'X3']);
    expect(ok.json.bids[1]).toMatchObject({
      price: 98000.5,
      consortium: [
        { name: '甲', share: '0.3', size_class: 'small' },
        { name: '乙', member_id: null, share: '0.7' },
      ],
    });
    // The same file again: the ids exist now.
    const again = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/TT-XLS/bids/import?lang=en',
      headers: { ...as('proc'), ...good.headers },
      payload: good.payload,
    });
    expect(again.status).toBe(422);
    expect(again.json.problems[0]).toMatchObject({ row: 2, field: 'id', message: 'the tender already has a bid "X1"' });
  });

  it('serves a template in the caller’s language that imports as it is', async () => {
    const t = await app.inject({ method: 'GET', url: '/api/v1/tenders/bid-template?lang=ko', headers: as('proc') });
    expect(t.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('입찰 번호');
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-TPL', bids: [] }));
    const boundary = '----tpl';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      t.rawPayload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/TT-TPL/bids/import',
      headers: { ...as('proc'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(r.status, r.body).toBe(200);
    expect(r.json.bids.map((b: { id: string }) => b.id)).toEqual(['B11', 'B12']);
  });
});

describe('the e-procurement API', () => {
  it('stores and evaluates a whole tender in one request, or nothing', async () => {
    const r = await post('proc', '/api/v1/tenders/submit?lang=en', tender({ id: 'TT-API', deduction_rate: '0.1' }));
    expect(r.status, r.body).toBe(201);
    expect(r.json.tender).toMatchObject({ id: 'TT-API', status: 'evaluated' });
    // 12,345.67 × 90% = 11,111.103 → 11,111.10, below the large supplier's 11,500: the small supplier wins.
    expect(r.json.evaluation.bids[0]).toMatchObject({ evaluated_price: 11111.1, rank: 1 });
    expect(r.json.evaluation.bids[1]).toMatchObject({ evaluated_price: 11500, rank: 2 });
    const refused = await post('proc', '/api/v1/tenders/submit?lang=en', tender({ id: 'TT-API-2', deduction_rate: '0.11' }));
    expect(refused.status).toBe(422);
    expect(refused.json.problems[0].message).toMatch(/6%–10%/);
    expect((await get('proc', '/api/v1/tenders/TT-API-2')).status).toBe(404);
    const invalid = await post(
      'proc',
      '/api/v1/tenders/submit?lang=en',
      tender({ id: 'TT-API-3', bids: [{ id: 'B1', supplier_name: '', price: 'abc' }] }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.json.problems.map((p: { path: string }) => p.path).sort()).toEqual(['/bids/0/price', '/bids/0/supplier_name']);
    expect((await post('o3702', '/api/v1/tenders/submit', tender())).status).toBe(403);
    expect((await post('anon', '/api/v1/tenders/submit', tender())).status).toBe(401);
  });
});

describe('the answers are what the OpenAPI document says', () => {
  it('has every required field of every tender answer, classes from the size enum (the web’s generated types rely on it)', async () => {
    const check = await documentChecker(app);
    const body = tender({
      id: 'TT-DOC',
      project_id: null,
      consortium_deduction_rate: '0.02',
      bids: [
        {
          id: 'B1',
          supplier_id: small2013.id,
          supplier_name: small2013.name,
          price: '12345.67',
          supplier_size_class: 'small',
          products: [{ manufacturer_id: small2013.id, manufacturer_name: small2013.name, manufacturer_size_class: 'small' }],
        },
        {
          id: 'B2',
          supplier_name: '联合体',
          price: 12000,
          consortium: [
            { member_id: medium2013.id, name: medium2013.name, size_class: 'micro', share: '0.4' },
            { name: '大企业', size_class: 'large', share: 0.6 },
          ],
        },
        { id: 'B3', supplier_name: '未声明', price: 11000, compliant: false },
      ],
    });
    const created = await post('proc', '/api/v1/tenders', body);
    expect(created.status, created.body).toBe(201);
    expect(check('POST', '/api/v1/tenders', 201, created.json)).toEqual([]);
    expect(created.json.evaluation).toBeNull();
    const list = await get('proc', '/api/v1/tenders?limit=200');
    expect(check('GET', '/api/v1/tenders', 200, list.json)).toEqual([]);
    const evaluated = await post('proc', '/api/v1/tenders/TT-DOC/evaluate?lang=ko');
    expect(evaluated.status, evaluated.body).toBe(201);
    expect(check('POST', '/api/v1/tenders/{id}/evaluate', 201, evaluated.json)).toEqual([]);
    // Every kind of declaration is checked: a supplier, a product's manufacturer, consortium members (one not verifiable).
    const parties = evaluated.json.bids.flatMap((b: { declarations: { party: string }[] }) => b.declarations.map((d) => d.party));
    expect(new Set(parties)).toEqual(new Set(['supplier', 'manufacturer', 'member']));
    const read = await get('o3702', '/api/v1/tenders/TT-DOC');
    expect(check('GET', '/api/v1/tenders/{id}', 200, read.json)).toEqual([]);
    expect(read.json.bids.map((b: { supplier_size_class: string | null }) => b.supplier_size_class)).toEqual(['small', null, null]);
    const published = await post('proc', '/api/v1/tenders/TT-DOC/publish');
    expect(check('POST', '/api/v1/tenders/{id}/publish', 200, published.json)).toEqual([]);
    const submitted = await post('proc', '/api/v1/tenders/submit', tender({ id: 'TT-DOC-SUBMIT' }));
    expect(check('POST', '/api/v1/tenders/submit', 201, submitted.json)).toEqual([]);
    const range = await get('proc', '/api/v1/tenders/legal-range?date=2013-05-10');
    expect(check('GET', '/api/v1/tenders/legal-range', 200, range.json)).toEqual([]);
    // A field left out would be caught: the checker is not blind.
    const { bid_count: _, ...withoutCount } = read.json;
    expect(check('GET', '/api/v1/tenders/{id}', 200, withoutCount)).not.toEqual([]);
  });
});

describe('no input crashes the tender routes', () => {
  it('answers malformed bodies, values, queries and files with catalogued 4xx errors, never a 500', async () => {
    await post('proc', '/api/v1/tenders', tender({ id: 'TT-FUZZ' }));
    const bodies: unknown[] = [
      {},
      [],
      'text',
      { name: 'x', date: '2013-02-30', method: 'lowest_price' },
      { name: 'x', date: '2013-05-10', method: 'auction' },
      { name: 'x', date: '2013-05-10', method: 'lowest_price', deduction_rate: 1e-10 },
      { name: 'x', date: '2013-05-10', method: 'lowest_price', deduction_rate: '-0.06' },
      { name: 'x', date: '2013-05-10', method: 'lowest_price', price_weight: '1000' },
      { name: 'x'.repeat(500), date: '2013-05-10', method: 'lowest_price' },
      { name: 'x', date: '2013-05-10', method: 'lowest_price', bids: [{ id: 'B1', supplier_name: 'a', price: '99999999999999999' }] },
      {
        name: 'x',
        date: '2013-05-10',
        method: 'lowest_price',
        bids: [{ id: 'B1', supplier_name: 'a', price: 1, consortium: [{ name: 'm', size_class: 'small', share: 2 }] }],
      },
      { name: 'x', date: '2013-05-10', method: 'lowest_price', bids: [{ id: 'B 1', supplier_name: 'a', price: -1, size_class: 'giant' }] },
      { name: 'x', date: '2013-05-10', method: 'comprehensive', bids: [{ id: 'B1', supplier_name: 'a', price: 1 }] },
      {
        name: 'x',
        date: '2013-05-10',
        method: 'lowest_price',
        reserved_for_sme: true,
        bids: [{ id: 'B1', supplier_name: 'a', price: 1, consortium: [{ name: 'm', size_class: 'small', share: '0.5' }] }],
      },
      { id: 'TT-FUZZ', name: 'x', date: '2013-05-10', method: 'lowest_price' },
      { __proto__: { admin: true }, name: 'x' },
    ];
    const statuses: number[] = [];
    for (const body of bodies) {
      for (const url of ['/api/v1/tenders', '/api/v1/tenders/submit']) statuses.push((await post('proc', url, body)).status);
      statuses.push(
        (await call(app, { method: 'PUT', url: '/api/v1/tenders/TT-FUZZ', headers: as('proc'), payload: body as object })).status,
      );
      statuses.push(
        (await call(app, { method: 'PUT', url: '/api/v1/tenders/TT-FUZZ/bids/B9', headers: as('proc'), payload: body as object })).status,
      );
    }
    const gets = [
      '/api/v1/tenders/legal-range?date=garbage',
      '/api/v1/tenders/legal-range?date=1999-01-01',
      '/api/v1/tenders/TT-FUZZ/report?format=doc',
      '/api/v1/tenders/TT-FUZZ/report?sequence=0',
      '/api/v1/tenders/TT-FUZZ/report?sequence=99',
      '/api/v1/tenders/%E2%82%AC%00',
      '/api/v1/tenders?limit=0',
      '/api/v1/tenders?cursor=not-a-cursor',
      '/api/v1/tenders?status=closed',
    ];
    for (const url of gets) statuses.push((await get('proc', url)).status);
    for (const [name, bytes] of [
      ['x.xlsx', Buffer.from('not a workbook')],
      ['x.csv', Buffer.from('a,b\n1,2')],
      ['x.xlsx', Buffer.alloc(0)],
    ] as const) {
      const boundary = '----fuzz';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      statuses.push(
        (
          await call(app, {
            method: 'POST',
            url: '/api/v1/tenders/TT-FUZZ/bids/import',
            headers: { ...as('proc'), 'content-type': `multipart/form-data; boundary=${boundary}` },
            payload,
          })
        ).status,
      );
    }
    statuses.push(
      (await call(app, { method: 'POST', url: '/api/v1/tenders/TT-FUZZ/bids/import', headers: as('proc'), payload: { a: 1 } })).status,
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s >= 400).length).toBeGreaterThan(bodies.length * 3);
  });
});

describe('one vocabulary: the policy’s field names, the names of 0.1 accepted for one release', () => {
  const bids = (names: 'new' | 'old') => [
    names === 'new'
      ? {
          id: 'B1',
          supplier_name: '小企业',
          price: 1000,
          supplier_size_class: 'small',
          products: [{ manufacturer_name: '大企业', manufacturer_size_class: 'small', large_enterprise_trademark: true }],
        }
      : {
          id: 'B1',
          supplier_name: '小企业',
          price: 1000,
          size_class: 'small',
          products: [{ manufacturer_name: '大企业', size_class: 'small', large_trademark: true }],
        },
    { id: 'B2', supplier_name: '微企业', price: 1000, ...(names === 'new' ? { supplier_size_class: 'micro' } : { size_class: 'micro' }) },
  ];

  it('reads the old names as the new ones and answers in the new ones', async () => {
    const results = [];
    for (const names of ['new', 'old'] as const) {
      const id = `TT-NAMES-${names}`;
      const created = await post('proc', '/api/v1/tenders', tender({ id, bids: bids(names) }));
      expect(created.status, created.body).toBe(201);
      expect(created.json.bids[0]).toMatchObject({
        supplier_size_class: 'small',
        products: [{ manufacturer_size_class: 'small', large_enterprise_trademark: true }],
      });
      expect(created.json.bids[0]).not.toHaveProperty('size_class');
      const evaluated = await post('proc', `/api/v1/tenders/${id}/evaluate?lang=en`);
      expect(evaluated.status, evaluated.body).toBe(201);
      results.push(evaluated.json.bids);
    }
    // A large enterprise's trademark: no deduction for B1 (181号 art. 2), whichever name said so.
    expect(results[0][0]).toMatchObject({ supplier_size_class: 'small', evaluated_size_class: 'large', deduction_rate: 0 });
    expect(results[1]).toEqual(results[0]);
  });

  it('refuses an old name given with its new one, naming both, and stores nothing', async () => {
    const body = tender({
      id: 'TT-NAMES-BOTH',
      bids: [
        {
          id: 'B1',
          supplier_name: '小企业',
          price: 1000,
          size_class: 'small',
          supplier_size_class: 'micro',
          products: [
            { manufacturer_name: 'M', manufacturer_size_class: 'small', large_trademark: false, large_enterprise_trademark: true },
          ],
        },
      ],
    });
    const r = await post('proc', '/api/v1/tenders?lang=en', body);
    expect(r.status, r.body).toBe(400);
    expect(r.json.code).toBe('XW_ERR_VALIDATION');
    expect(r.json.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      '/bids/0/products/0/large_trademark',
      '/bids/0/size_class',
    ]);
    expect(r.json.problems[0].message).toMatch(/is the old name of "(supplier_size_class|large_enterprise_trademark)"/);
    expect((await get('proc', '/api/v1/tenders/TT-NAMES-BOTH')).status).toBe(404);
  });
});
