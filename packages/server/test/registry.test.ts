import { createStore, type Store, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataScope, type Role, userScope } from '../src/context/scope.ts';
import { call, documentChecker, get, post, testApp, UPLOAD_REFUSALS, uploadRefusals } from './helpers.ts';

/**
 * The registry routes over a real SQLite database (in memory) with the demo registry. Tests sign in
 * through the authentication hook: `x-test-user: role[:region]`.
 */
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;

function authenticate(request: FastifyRequest) {
  const header = request.headers['x-test-user'];
  if (typeof header !== 'string') return undefined;
  const [role, region] = header.split(':');
  const data: DataScope =
    role === 'admin' || role === 'analyst' ? { all: true } : region ? { regionPrefix: region } : { enterpriseId: 'XW-DEMO-000001' };
  return userScope({ id: `test-${role}`, name: role, role: role as Role }, data);
}

const admin = { 'x-test-user': 'admin' };
const qingdao = { 'x-test-user': 'officer:3702' };

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 120 });
  app = await testApp({ store, authenticate });
  check = await documentChecker(app);
}, 120_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

/** A multipart/form-data body with one file. */
function multipart(fileName: string, content: Buffer | string, type = 'application/octet-stream') {
  const boundary = '----xiaowei-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('access to the registry', () => {
  it('needs a signed-in user with a registry role', async () => {
    expect((await get(app, '/api/v1/enterprises?lang=en')).json).toMatchObject({ code: 'XW_ERR_UNAUTHENTICATED', status: 401 });
    expect((await get(app, '/api/v1/enterprises', { 'x-test-user': 'bank' })).json.code).toBe('XW_ERR_FORBIDDEN');
    expect((await post(app, '/api/v1/enterprises', { name: 'x' }, { 'x-test-user': 'analyst' })).json.code).toBe('XW_ERR_FORBIDDEN');
  });

  it('reports the database in the health check', async () => {
    const r = await get(app, '/api/v1/health');
    expect(r.json).toMatchObject({ status: 'ok', store: 'ok', backend: 'sqlite' });
  });
});

describe('GET /api/v1/enterprises', () => {
  it('pages the registry by keyset, with the total', async () => {
    const first = await get(app, '/api/v1/enterprises?limit=50', admin);
    expect(check('GET', '/api/v1/enterprises', first.status, first.json)).toEqual([]);
    expect(first.json.items).toHaveLength(50);
    expect(first.json.total).toEqual({ count: 120, exact: true });
    const second = await get(app, `/api/v1/enterprises?limit=50&cursor=${encodeURIComponent(first.json.next_cursor)}`, admin);
    const third = await get(app, `/api/v1/enterprises?limit=50&cursor=${encodeURIComponent(second.json.next_cursor)}`, admin);
    expect(third.json.items).toHaveLength(20);
    expect(third.json.next_cursor).toBeNull();
    const ids = [...first.json.items, ...second.json.items, ...third.json.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(120);
  });

  it('filters by region, industry group, year and size class; items carry that year', async () => {
    const r = await get(app, '/api/v1/enterprises?year=2013&size_class=micro&limit=1000', admin);
    expect(r.status).toBe(200);
    expect(r.json.items.length).toBeGreaterThan(0);
    for (const e of r.json.items) {
      expect(e.figures.year).toBe(2013);
      expect(e.entitlement.size_class).toBe('micro');
      expect(e.entitlement.parameter_hash).toMatch(/^[0-9a-f]{16}$/);
    }
    const retail = await get(app, '/api/v1/enterprises?industry_group=retail&region=37', admin);
    for (const e of retail.json.items) expect(e).toMatchObject({ industry_group: 'retail', region_code: expect.stringMatching(/^37/) });
    const bad = await get(app, '/api/v1/enterprises?size_class=micro&region=x&lang=en', admin);
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0]).toMatchObject({ path: 'query.region' });
  });

  it('shows an officer only their region', async () => {
    const r = await get(app, '/api/v1/enterprises?limit=1000', qingdao);
    expect(r.json.items.length).toBeGreaterThan(0);
    for (const e of r.json.items) expect(e.region_code.startsWith('3702')).toBe(true);
    const outside = (await get(app, '/api/v1/enterprises?limit=1000', admin)).json.items.find(
      (e: { region_code: string }) => !e.region_code.startsWith('3702'),
    );
    const hidden = await get(app, `/api/v1/enterprises/${outside.id}?lang=en`, qingdao);
    expect(hidden.json).toMatchObject({ code: 'XW_ERR_NOT_FOUND', status: 404 });
  });
});

describe('one enterprise', () => {
  it('is created with its years, read, changed and deleted; money exact', async () => {
    const body = {
      id: '91370202MA3TEST01X',
      name: '青岛测试机械有限公司',
      region_code: '370202',
      industry: 'C3311',
      founded: '2010-03-01',
      registered_capital: '1234567890123.45',
      years: [{ year: 2013, employees: 50, revenue: '9999999.99', total_assets: 5000000, taxable_income: 200000 }],
    };
    const created = await post(app, '/api/v1/enterprises?lang=en', body, qingdao);
    expect(check('POST', '/api/v1/enterprises', created.status, created.json)).toEqual([]);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: body.id, industry_group: 'industry', version: 1, registered_capital: 1234567890123.45 });
    expect(created.body).toContain('"registered_capital":1234567890123.45');
    expect(created.json.years[0]).toMatchObject({ year: 2013, employees: 50, revenue: 9999999.99 });
    expect(created.json.entitlements[0]).toMatchObject({
      year: 2013,
      size_class: 'small',
      is_small_or_micro: true,
      policy_version: expect.any(String),
    });

    const read = await get(app, `/api/v1/enterprises/${body.id}`, qingdao);
    expect(check('GET', '/api/v1/enterprises/{id}', read.status, read.json)).toEqual([]);
    expect(read.json.name).toBe(body.name);

    const changed = await call(app, {
      method: 'PUT',
      url: `/api/v1/enterprises/${body.id}`,
      payload: { name: '青岛测试机械股份有限公司', version: 1, years: [{ year: 2014, employees: 5 }] },
      headers: qingdao,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ name: '青岛测试机械股份有限公司', version: 2 });
    expect(changed.json.years.map((y: { year: number }) => y.year)).toEqual([2013, 2014]);

    const stale = await call(app, {
      method: 'PUT',
      url: `/api/v1/enterprises/${body.id}?lang=en`,
      payload: { name: 'x', version: 1 },
      headers: qingdao,
    });
    expect(stale.json).toMatchObject({ code: 'XW_ERR_CONFLICT', status: 409 });

    const duplicate = await post(app, '/api/v1/enterprises', body, qingdao);
    expect(duplicate.json.code).toBe('XW_ERR_ID_TAKEN');

    const gone = await call(app, { method: 'DELETE', url: `/api/v1/enterprises/${body.id}`, headers: qingdao });
    expect(gone.status).toBe(204);
    expect((await get(app, `/api/v1/enterprises/${body.id}`, qingdao)).status).toBe(404);
  });

  it('is refused with every problem, in the language asked for', async () => {
    const en = await post(
      app,
      '/api/v1/enterprises?lang=en',
      { name: '', region_code: '37', industry: 'C', colour: 'red', years: [{ year: 1900 }] },
      admin,
    );
    expect(en.status).toBe(400);
    expect(en.json.problems.map((p: { path: string }) => p.path).sort()).toEqual(
      ['/colour', '/name', '/region_code', '/years/0/year'].sort(),
    );
    const ko = await post(
      app,
      '/api/v1/enterprises?lang=ko',
      { name: 'x', region_code: '370202', industry: 'C', registered_capital: '1.234' },
      admin,
    );
    expect(ko.json.problems).toEqual([
      { path: '/registered_capital', field: 'registered_capital', message: '“1.234”은(는) 금액(위안, 소수점 둘째 자리까지)이 아닙니다' },
    ]);
    // A negative amount is reported in yuan, as written — not in the store's fen.
    for (const [typed, shown] of [
      [-1, '-1'],
      ['-1', '-1'],
      ['-0.01', '-0.01'],
      [-1234.5, '-1234.5'],
    ] as const) {
      const negative = await post(
        app,
        '/api/v1/enterprises?lang=en',
        { name: 'x', region_code: '370202', industry: 'C', registered_capital: typed },
        admin,
      );
      expect(negative.status).toBe(400);
      expect(negative.json.problems).toEqual([
        { path: '/registered_capital', field: 'registered_capital', message: `${shown} yuan: the amount cannot be negative` },
      ]);
    }
    const negativeZh = await post(
      app,
      '/api/v1/enterprises',
      { name: 'x', region_code: '370202', industry: 'C', registered_capital: -1 },
      admin,
    );
    expect(negativeZh.json.problems[0].message).toBe('-1 元：金额不能为负数');
    const store = await post(app, '/api/v1/enterprises', { name: 'x', region_code: '370202', industry: 'NOT-AN-INDUSTRY' }, admin);
    expect(store.status).toBe(400);
    expect(store.json.problems[0]).toMatchObject({ path: '/industry', field: 'industry' });
    const outside = await post(app, '/api/v1/enterprises?lang=en', { name: 'x', region_code: '440300', industry: 'C' }, qingdao);
    expect(outside.json).toMatchObject({
      code: 'XW_ERR_FORBIDDEN',
      problems: [{ field: 'region_code', message: 'region 440300 is outside your area' }],
    });
  });
});

describe('imports', () => {
  const csv = [
    '企业名称,统一社会信用代码,所属地区,行业,年度,从业人员,营业收入,资产总额',
    '导入测试一号,IMP-0001,370203,F52,2013,8,800000,500000',
    '导入测试二号,IMP-0002,370203,C3311,2013,300,20000000.5,18000000',
  ].join('\n');

  it('imports a CSV file in one transaction and recomputes the entitlements', async () => {
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/imports',
      ...multipart('registry.csv', csv, 'text/csv'),
      headers: { ...multipart('registry.csv', csv).headers, ...qingdao },
    });
    expect(check('POST', '/api/v1/imports', r.status, r.json)).toEqual([]);
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ status: 'completed', rows: 2, enterprises_created: 2, years_written: 2, import_id: expect.any(String) });
    const e = await get(app, '/api/v1/enterprises/IMP-0002', qingdao);
    expect(e.json.years[0].revenue).toBe(20000000.5);
    expect(e.json.entitlements[0].size_class).toBe('medium');
    const progress = await get(app, `/api/v1/imports/${r.json.id}`, qingdao);
    expect(progress.json).toMatchObject({ id: r.json.id, status: 'completed', rows: 2 });
  });

  it('takes a fractional annual average of employees as /evaluate does (财税〔2009〕69号 art. 7), in the import, the API and the exports', async () => {
    const file = ['企业名称,统一社会信用代码,所属地区,行业,年度,从业人员,营业收入', '半人测试,IMP-HALF,370203,F52,2013,1.5,800000'].join(
      '\n',
    );
    const evaluate = await post(app, '/api/v1/evaluate?period=2013&variables=size_class', {
      industry: 'F52',
      employees: 1.5,
      revenue: 800000,
    });
    expect(evaluate.status).toBe(200);
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/imports',
      ...multipart('half.csv', file, 'text/csv'),
      headers: { ...multipart('half.csv', file).headers, ...qingdao },
    });
    expect(r.status).toBe(201);
    expect((await get(app, '/api/v1/enterprises/IMP-HALF', qingdao)).json.years[0].employees).toBe(1.5);
    const put = await call(app, {
      method: 'PUT',
      url: '/api/v1/enterprises/IMP-HALF',
      payload: { version: 1, years: [{ year: 2014, employees: 0.5 }] },
      headers: qingdao,
    });
    expect(put.status).toBe(200);
    expect(put.json.years.map((y: { employees: number }) => y.employees)).toEqual([1.5, 0.5]);
    const negative = await call(app, {
      method: 'PUT',
      url: '/api/v1/enterprises/IMP-HALF?lang=en',
      payload: { version: 2, years: [{ year: 2014, employees: -0.5 }] },
      headers: qingdao,
    });
    expect(negative.status).toBe(400);
    const csv = await app.inject({ method: 'GET', url: '/api/v1/exports?format=csv&lang=en&q=IMP-HALF', headers: qingdao });
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const column = lines[0].split(',').indexOf('employees');
    expect(lines.slice(1).map((l) => l.split(',')[column])).toEqual(['1.5', '0.5']);
    const xlsx = await app.inject({ method: 'GET', url: '/api/v1/exports?format=xlsx&lang=en&q=IMP-HALF', headers: qingdao });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect([sheet.getRow(2).getCell(column + 1).value, sheet.getRow(3).getCell(column + 1).value]).toEqual([1.5, 0.5]);
  });

  it('rejects a file with bad rows, naming row and column, and writes nothing', async () => {
    const bad = [
      '企业名称,统一社会信用代码,所属地区,行业,年度,营业收入',
      '坏行一,IMP-0101,370203,F52,2013,abc',
      '坏行二,IMP-0102,999999,F52,2013,100',
      '好行,IMP-0103,370203,F52,2013,100',
    ].join('\n');
    const body = multipart('bad.csv', bad, 'text/csv');
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/imports?lang=en',
      payload: body.payload,
      headers: { ...body.headers, ...admin },
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('XW_ERR_IMPORT_REJECTED');
    expect(r.json.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, '营业收入'],
      [3, '所属地区'],
    ]);
    expect(r.json.problems[0].message).toMatch(/not an amount/);
    const zh = await call(app, { method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...body.headers, ...admin } });
    expect(zh.json.problems[0].message).toMatch(/不是金额/);
    expect((await get(app, '/api/v1/enterprises/IMP-0103', admin)).status).toBe(404);
  });

  it('reads Excel workbooks and GBK-encoded CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('登记');
    sheet.addRow(['企业名称', '统一社会信用代码', '所属地区', '行业', '年度', '从业人员', '营业收入', '成立日期']);
    sheet.addRow(['Excel 导入', 'IMP-XLSX-1', '370203', 'I65', 2014, 10, 500000.25, new Date(Date.UTC(2012, 4, 1))]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const body = multipart('registry.xlsx', xlsx);
    const r = await call(app, { method: 'POST', url: '/api/v1/imports', payload: body.payload, headers: { ...body.headers, ...admin } });
    expect(r.status, r.body).toBe(201);
    const e = await get(app, '/api/v1/enterprises/IMP-XLSX-1', admin);
    expect(e.json).toMatchObject({ founded: '2012-05-01', years: [{ year: 2014, revenue: 500000.25 }] });

    const gbk = Buffer.from(
      new Uint8Array(
        [...Buffer.from('name,id,region,industry,year\n')].concat([0xb9, 0xfa, 0xb1, 0xea, ...Buffer.from(',IMP-GBK-1,370203,F52,2013\n')]),
      ),
    );
    const g = multipart('gbk.csv', gbk, 'text/csv');
    const rg = await call(app, { method: 'POST', url: '/api/v1/imports', payload: g.payload, headers: { ...g.headers, ...admin } });
    expect(rg.status, rg.body).toBe(201);
    expect((await get(app, '/api/v1/enterprises/IMP-GBK-1', admin)).json.name).toBe('国标');
  });

  it('answers at once with wait=false, and the progress can be followed', async () => {
    const body = multipart('later.csv', ['name,id,region,industry,year', 'Later,IMP-LATER,370203,F52,2013'].join('\n'), 'text/csv');
    const r = await call(app, {
      method: 'POST',
      url: '/api/v1/imports?wait=false',
      payload: body.payload,
      headers: { ...body.headers, ...admin },
    });
    expect(r.status).toBe(202);
    let job = r.json;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      job = (await get(app, `/api/v1/imports/${r.json.id}`, admin)).json;
    }
    expect(job).toMatchObject({ status: 'completed', enterprises_created: 1 });
  });

  it('refuses other files and broken workbooks clearly', async () => {
    const pdf = multipart('report.pdf', '%PDF-1.4', 'application/pdf');
    expect(
      (await call(app, { method: 'POST', url: '/api/v1/imports', payload: pdf.payload, headers: { ...pdf.headers, ...admin } })).json.code,
    ).toBe('XW_ERR_UNSUPPORTED_MEDIA_TYPE');
    const broken = multipart('broken.xlsx', 'not a zip at all');
    const b = await call(app, {
      method: 'POST',
      url: '/api/v1/imports?lang=en',
      payload: broken.payload,
      headers: { ...broken.headers, ...admin },
    });
    expect(b.status).toBeLessThan(500);
    expect(b.json.code).toMatch(/XW_ERR_(VALIDATION|IMPORT_REJECTED)/);
    // An empty workbook used to leave the streaming reader waiting forever.
    const empty = multipart('empty.xlsx', '');
    const e = await call(app, {
      method: 'POST',
      url: '/api/v1/imports?lang=en',
      payload: empty.payload,
      headers: { ...empty.headers, ...admin },
    });
    expect(e.status).toBe(400);
    expect(JSON.stringify(e.json)).toContain('not a ZIP archive');
    const json = await post(app, '/api/v1/imports', { file: 'x' }, admin);
    expect(json.json.code).toBe('XW_ERR_UNSUPPORTED_MEDIA_TYPE'); // The refusals every upload route shares (the feeds and lending files too).
    expect(await uploadRefusals(app, '/api/v1/imports', admin)).toEqual(UPLOAD_REFUSALS);
  });
});

describe('GET /api/v1/exports', () => {
  it('streams CSV the import reads back, money exact', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/exports?format=csv&region=3702&year=2013', headers: qingdao });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="xiaowei-enterprises-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = r.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['企业编号', '企业名称', '统一社会信用代码（GB 32100）', '所属地区', '行业']);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.split(',')[3]).toMatch(/^3702/);
  });

  it.each(['zh-CN', 'ko', 'en'])('exports in %s with the credit code, every header one the import reads back', async (lang) => {
    const r = await app.inject({ method: 'GET', url: `/api/v1/exports?format=csv&lang=${lang}&q=XW-DEMO-000001`, headers: admin });
    expect(r.statusCode).toBe(200);
    const lines = r.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    const detail = await get(app, '/api/v1/enterprises/XW-DEMO-000001', admin);
    expect(detail.json.credit_code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    expect(lines[1].split(',')[2]).toBe(detail.json.credit_code);
    // Only the input columns go back in: the computed ones and the rule version are the export's own.
    const inputColumns = header.length - 6;
    const back = [
      header.slice(0, inputColumns).join(','),
      ...lines.slice(1).map((l) => l.split(',').slice(0, inputColumns).join(',')),
    ].join('\n');
    const body = multipart(`again-${lang}.csv`, back, 'text/csv');
    const again = await call(app, {
      method: 'POST',
      url: '/api/v1/imports?lang=en',
      payload: body.payload,
      headers: { ...body.headers, ...admin },
    });
    expect(again.json).toMatchObject({ status: 'completed', rows: lines.length - 1 });
    const after = await get(app, '/api/v1/enterprises/XW-DEMO-000001', admin);
    expect(after.json.years).toEqual(detail.json.years);
    expect(after.json.credit_code).toBe(detail.json.credit_code);
  });

  it('streams an Excel workbook', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/exports?format=xlsx&lang=en', headers: admin });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('id');
    expect(sheet.rowCount).toBeGreaterThan(100);
  });
});
