import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp, UPLOAD_REFUSALS, uploadRefusals } from './helpers.ts';

/**
 * Lending (issue 6, items 07 and 11) over a real SQLite store seeded with the demo banks, signed in with
 * API tokens of the demo users: who sees which bank, reports rejected whole with row/field reasons and
 * nothing written, the dated wording of the increment target at the 2012/2013 boundary, money exact.
 */
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;
const tokens = new Map<string, string>();

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 30 });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  check = await documentChecker(app);
  for (const name of ['bank.demo', 'officer.qingdao', 'officer.shenzhen', 'analyst.demo', 'admin', 'enterprise.demo', 'procurement.demo']) {
    const user = await store.users.findByUsername(name);
    if (!user) throw new Error(name);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'lending' }, { actor: SYSTEM_ACTOR });
    tokens.set(name, token);
  }
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const as = (who: string | null, options: InjectOptions) =>
  call(app, {
    ...options,
    headers: { ...(options.headers as Record<string, string>), ...(who ? { authorization: `Bearer ${tokens.get(who)}` } : {}) },
  });

/** A downloaded .xlsx, parsed. */
async function workbook(who: string, url: string): Promise<ExcelJS.Workbook> {
  const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens.get(who)}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

function multipart(name: string, content: Buffer | string, type = 'text/csv') {
  const boundary = '----xiaowei-lending';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A consistent report: small/micro growth 10% vs all loans 5%, increment 60 vs 50 last year (yuan). */
const REPORT = {
  all_loan_balance: '10500',
  all_loan_increment: '300',
  small_micro_loan_balance: '2200',
  small_micro_loan_count: 3,
  small_micro_loan_increment: '60',
  small_micro_loan_balance_small_lines: '1000',
  all_loan_balance_last_year: '10000',
  small_micro_loan_balance_last_year: '2000',
  small_micro_loan_increment_last_year: '50',
};

const reportsOf = async (who: string, query = '') => {
  const r = await as(who, { method: 'GET', url: `/api/v1/lending/reports${query}` });
  expect(r.status, r.body.slice(0, 300)).toBe(200);
  return r.json.items as { bank_id: string; region_code: string; year: number; quarter: number; check: Record<string, unknown> }[];
};

describe('who sees which bank', () => {
  it('a bank sees only itself, an officer the banks of the region, an analyst all', async () => {
    const own = await reportsOf('bank.demo');
    expect(own.length).toBe(16);
    expect(new Set(own.map((r) => r.bank_id))).toEqual(new Set(['BANK-DEMO-01']));
    const qd = await reportsOf('officer.qingdao');
    expect(new Set(qd.map((r) => r.bank_id))).toEqual(new Set(['BANK-DEMO-01', 'BANK-QD-02']));
    expect(qd.every((r) => r.region_code.startsWith('3702'))).toBe(true);
    const sz = await reportsOf('officer.shenzhen');
    expect(new Set(sz.map((r) => r.bank_id))).toEqual(new Set(['BANK-SZ-01', 'BANK-SZ-02']));
    const all = await reportsOf('analyst.demo');
    expect(new Set(all.map((r) => r.bank_id)).size).toBe(5);
    // A wider filter than the scope does not widen it.
    expect((await reportsOf('officer.qingdao', '?region=44')).length).toBe(0);
    expect((await reportsOf('bank.demo', '?bank=BANK-SZ-01')).length).toBe(0);
  });

  it('another bank’s report is not found, for a bank and for an officer of another region', async () => {
    expect((await as('bank.demo', { method: 'GET', url: '/api/v1/lending/reports/BANK-SZ-01/2013/2' })).status).toBe(404);
    expect((await as('officer.qingdao', { method: 'GET', url: '/api/v1/lending/reports/BANK-SZ-01/2013/2' })).status).toBe(404);
    const ok = await as('officer.shenzhen', { method: 'GET', url: '/api/v1/lending/reports/BANK-SZ-01/2013/2' });
    expect(ok.status).toBe(200);
    expect(check('GET', '/api/v1/lending/reports/{bank}/{year}/{quarter}', 200, ok.json)).toEqual([]);
  });

  it('the dashboard is for officers (their region), analysts and admins; others are refused', async () => {
    const qd = await as('officer.qingdao', { method: 'GET', url: '/api/v1/lending/dashboard' });
    expect(qd.status).toBe(200);
    expect(check('GET', '/api/v1/lending/dashboard', 200, qd.json)).toEqual([]);
    expect(qd.json.banks.map((b: { bank_id: string }) => b.bank_id).sort()).toEqual(['BANK-DEMO-01', 'BANK-QD-02']);
    expect(qd.json.periods[0]).toBe('2012Q1');
    expect(qd.json.periods.at(-1)).toBe('2015Q4');
    // Banks below the line are counted: the demo's Qingdao rural bank misses targets in 2014–2015.
    expect(qd.json.banks.find((b: { bank_id: string }) => b.bank_id === 'BANK-QD-02').quarters_below).toBeGreaterThan(0);
    // The wording changes once: "higher than" from 2012Q2, "not lower than" from 2013Q1 (2012Q1 predates the rules).
    expect(
      qd.json.wordings.map((w: { period: string; wording: { strictly_higher: boolean } | null }) => [
        w.period,
        w.wording?.strictly_higher ?? null,
      ]),
    ).toEqual([
      ['2012Q1', null],
      ['2012Q2', true],
      ['2013Q1', false],
    ]);
    for (const who of ['bank.demo', 'enterprise.demo', 'procurement.demo'])
      expect((await as(who, { method: 'GET', url: '/api/v1/lending/dashboard' })).status).toBe(403);
    expect((await as(null, { method: 'GET', url: '/api/v1/lending/dashboard' })).status).toBe(401);
    const wb = await workbook('officer.qingdao', '/api/v1/lending/dashboard/export?lang=en');
    const rows = wb.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['BANK-DEMO-01', 'BANK-QD-02']));
    expect((wb.worksheets[0].getRow(1).values as unknown[])[12]).toBe('Wording in force');
    // Amounts are numbers in yuan with a money format, not text.
    const increment = wb.worksheets[0].getRow(2).getCell(7);
    expect(typeof increment.value).toBe('number');
    expect(increment.numFmt).toBe('#,##0.00');
    // No English engine message in a Chinese or Korean export; the unchecked quarter names the encoded window, both ends.
    const reasons: Record<string, string> = {
      'zh-CN': '该季度不在已编码的贷款考核规则期间内（2012年4月19日至2014年12月31日，银监发〔2011〕94号），未核查',
      ko: '해당 분기는 부호화된 대출 목표 규정의 기간(2012년 4월 19일~2014년 12월 31일, 银监发〔2011〕94号) 밖이라 점검하지 않았습니다',
      en: 'The quarter is outside the period the lending targets are encoded for (April 19, 2012 to December 31, 2014, 银监发〔2011〕94号): not checked',
    };
    for (const lang of ['zh-CN', 'ko', 'en']) {
      const local = await workbook('officer.qingdao', `/api/v1/lending/dashboard/export?lang=${lang}`);
      const cells = (local.worksheets[0].getSheetValues().slice(2) as unknown[][]).map((r) => r[13]).filter((v) => v != null);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toBe(reasons[lang]);
      if (lang !== 'en') for (const c of cells) expect(String(c)).not.toMatch(/[A-Za-z]{4,}/);
    }
    const pdf = await app.inject({
      method: 'GET',
      url: '/api/v1/lending/dashboard/pdf?lang=ko',
      headers: { authorization: `Bearer ${tokens.get('officer.qingdao')}` },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('enterprise and procurement users are refused, nobody signed in is asked to sign in', async () => {
    for (const url of ['/api/v1/lending/reports', '/api/v1/lending/loans', '/api/v1/lending/banks']) {
      expect((await as('enterprise.demo', { method: 'GET', url })).status).toBe(403);
      expect((await as('procurement.demo', { method: 'GET', url })).status).toBe(403);
      expect((await as(null, { method: 'GET', url })).status).toBe(401);
    }
    const post = { method: 'POST' as const, url: '/api/v1/lending/reports', payload: { year: 2013, quarter: 2, ...REPORT } };
    expect((await as('officer.qingdao', post)).status).toBe(403);
    expect((await as('analyst.demo', post)).status).toBe(403);
    expect((await as(null, post)).status).toBe(401);
  });
});

describe('filing a quarter', () => {
  it('a bank files its own quarter by API token; money comes back exact to the fen', async () => {
    const big = { ...REPORT, all_loan_balance: '9876543210987.65', all_loan_balance_last_year: '9000000000000.01' };
    const r = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports', payload: { year: 2014, quarter: 3, ...big } });
    expect(r.status, r.body.slice(0, 400)).toBe(201);
    expect(check('POST', '/api/v1/lending/reports', 201, r.json)).toEqual([]);
    expect(r.body).toContain('"all_loan_balance":9876543210987.65');
    expect(r.body).toContain('"all_loan_balance_last_year":9000000000000.01');
    expect(r.json.reports[0]).toMatchObject({ bank_id: 'BANK-DEMO-01', source: 'api', period: '2014Q3' });
    expect(r.json.replaced).toBe(1);
    const stored = await store.lendingReports.get('BANK-DEMO-01', 2014, 3, { scope: { all: true } });
    expect(stored.allLoanBalanceFen).toBe(987654321098765);
    // The refiling is audited with the replaced figures.
    const audit = await store.audit.list({ entityType: 'lending_report', entityId: 'BANK-DEMO-01/2014Q3' });
    expect(audit.items[0]).toMatchObject({ action: 'lending_report.refile', regionCode: '370200' });
    expect((audit.items[0].before as { allLoanBalanceFen: number }).allLoanBalanceFen).not.toBe(987654321098765);
  });

  it('a bank cannot file for another bank; an administrator can', async () => {
    const payload = { bank_id: 'BANK-SZ-01', year: 2015, quarter: 1, ...REPORT };
    const before = await store.lendingReports.get('BANK-SZ-01', 2015, 1, { scope: { all: true } });
    const r = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports?lang=en', payload });
    expect(r.status).toBe(422);
    expect(r.json.problems[0]).toMatchObject({ field: 'bank_id', message: expect.stringContaining('BANK-SZ-01') });
    expect(await store.lendingReports.get('BANK-SZ-01', 2015, 1, { scope: { all: true } })).toEqual(before);
    const a = await as('admin', { method: 'POST', url: '/api/v1/lending/reports', payload });
    expect(a.status).toBe(201);
    expect(a.json.reports[0].bank_id).toBe('BANK-SZ-01');
  });

  it('a bad report is rejected whole with every reason by field, in the caller’s language', async () => {
    const bad = { year: 2013, quarter: 5, ...REPORT, small_micro_loan_balance: '10500.01', all_loan_increment: '12,3.4.5' };
    const en = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports?lang=en', payload: bad });
    expect(en.status).toBe(422);
    expect(en.json.code).toBe('XW_ERR_LENDING_REJECTED');
    const fields = en.json.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(
      ['all_loan_increment', 'quarter', 'small_micro_loan_balance', 'small_micro_loan_balance_small_lines']
        .sort()
        .filter((f) => f !== 'small_micro_loan_balance_small_lines'),
    );
    expect(en.json.problems.find((p: { field: string }) => p.field === 'small_micro_loan_balance').message).toBe(
      'the small/micro loan balance 10500.01 yuan is above the balance of all loans 10500 yuan',
    );
    const ko = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports?lang=ko', payload: bad });
    expect(ko.json.problems.find((p: { field: string }) => p.field === 'quarter').message).toContain('분기');
    // Small/micro equal to all loans is consistent (the bound itself).
    const bound = await as('bank.demo', {
      method: 'POST',
      url: '/api/v1/lending/reports',
      payload: { year: 2013, quarter: 4, ...REPORT, small_micro_loan_balance: '10500', small_micro_loan_balance_last_year: '10000' },
    });
    expect(bound.status, bound.body.slice(0, 300)).toBe(201);
  });

  it('a quarter not yet ended, and a batch with periods out of order, are rejected', async () => {
    const now = new Date();
    const year = now.getUTCFullYear();
    const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
    const future = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports?lang=en', payload: { year, quarter, ...REPORT } });
    expect(future.status).toBe(422);
    expect(future.json.problems[0].message).toContain('has not ended');
    const batch = {
      reports: [
        { year: 2014, quarter: 2, ...REPORT },
        { year: 2014, quarter: 1, ...REPORT },
      ],
    };
    const order = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports?lang=en', payload: batch });
    expect(order.status).toBe(422);
    expect(order.json.problems).toEqual([expect.objectContaining({ row: 2, field: 'quarter', path: '/reports/1/quarter' })]);
    expect(order.json.problems[0].message).toContain('out of order');
  });

  it('an uploaded file with one bad row is rejected whole: the row and column, nothing written', async () => {
    const header = ['年度', '季度', ...Object.keys(REPORT)].join(',');
    const row = (year: number, quarter: number, over: Record<string, string> = {}) =>
      [year, quarter, ...Object.entries({ ...REPORT, ...over }).map(([, v]) => v)].join(',');
    const csv = [
      header,
      row(2015, 2, { small_micro_loan_increment: '77.77' }),
      row(2015, 3, { small_micro_loan_balance_small_lines: '2200.01' }),
    ].join('\n');
    const before = await store.lendingReports.get('BANK-DEMO-01', 2015, 2, { scope: { all: true } });
    const r = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports/upload?lang=zh-CN', ...multipart('q.csv', csv) });
    expect(r.status).toBe(422);
    expect(r.json.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'small_micro_loan_balance_small_lines', field: 'small_micro_loan_balance_small_lines' }),
    ]);
    expect(r.json.problems[0].message).toContain('单户授信500万元以下贷款余额 2200.01 元大于小型微型企业贷款余额 2200 元');
    expect(await store.lendingReports.get('BANK-DEMO-01', 2015, 2, { scope: { all: true } })).toEqual(before);
    // The same file corrected is filed, both rows, from the Excel source.
    const good = [header, row(2015, 2, { small_micro_loan_increment: '77.77' }), row(2015, 3)].join('\n');
    const ok = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/reports/upload', ...multipart('q.csv', good) });
    expect(ok.status, ok.body.slice(0, 300)).toBe(201);
    expect(ok.json.reports.map((x: { period: string; source: string }) => `${x.period} ${x.source}`)).toEqual([
      '2015Q2 excel',
      '2015Q3 excel',
    ]);
    expect((await store.lendingReports.get('BANK-DEMO-01', 2015, 2, { scope: { all: true } })).smallMicroLoanIncrementFen).toBe(7777);
  });

  it('the template downloads with headers in the caller’s language and is read back', async () => {
    const wb = await workbook('bank.demo', '/api/v1/lending/reports/template?lang=ko');
    const headers = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers).toContain('소규모 기업 대출 잔액');
    const ws = wb.worksheets[0];
    ws.addRow(['BANK-DEMO-01', 2014, 1, ...Object.values(REPORT)]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await as('bank.demo', {
      method: 'POST',
      url: '/api/v1/lending/reports/upload',
      ...multipart('t.xlsx', buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    });
    expect(r.status, r.body.slice(0, 300)).toBe(201);
    expect(r.json.reports[0]).toMatchObject({ period: '2014Q1', small_micro_loan_balance: 2200 });
  });
});

describe('the check, as the policy computes it', () => {
  const file = async (year: number, quarter: number, over: Record<string, unknown>) => {
    const r = await as('bank.demo', {
      method: 'POST',
      url: '/api/v1/lending/reports?lang=en',
      payload: { year, quarter, ...REPORT, ...over },
    });
    expect(r.status, r.body.slice(0, 300)).toBe(201);
    return r.json.reports[0].check;
  };

  it('the increment target: "higher than" in 2012 Q4, "not lower than" from 2013 Q1 (equal increments)', async () => {
    const equal = { small_micro_loan_increment: '50', small_micro_loan_increment_last_year: '50' };
    const q4 = await file(2012, 4, equal);
    expect(q4).toMatchObject({ meets_increment_target: false, meets_growth_target: true, meets_two_targets: false });
    expect(q4.increment_wording).toMatchObject({ strictly_higher: true, in_force_from: '2012-04-19', document: '银监发〔2011〕94号' });
    expect(q4.increment_wording.text).toContain('higher than');
    const q1 = await file(2013, 1, equal);
    expect(q1).toMatchObject({ meets_increment_target: true, meets_two_targets: true });
    expect(q1.increment_wording).toMatchObject({ strictly_higher: false, in_force_from: '2013-01-01' });
    expect(q1.increment_wording.text).toContain('not lower than');
    // One fen above last year's meets it in 2012; one fen below misses it in 2013.
    expect((await file(2012, 4, { ...equal, small_micro_loan_increment: '50.01' })).meets_increment_target).toBe(true);
    expect((await file(2013, 1, { ...equal, small_micro_loan_increment: '49.99' })).meets_increment_target).toBe(false);
  });

  it('the growth target at the bound: equal growth meets it, one fen less misses it', async () => {
    // all loans 10,000 → 10,500 (+5%); small/micro 2,000 → 2,100 (+5%): equal; 2,099.99 is below.
    expect((await file(2013, 2, { small_micro_loan_balance: '2100' })).meets_growth_target).toBe(true);
    expect((await file(2013, 2, { small_micro_loan_balance: '2099.99' })).meets_growth_target).toBe(false);
    expect((await file(2013, 2, { small_micro_loan_balance: '2100.01' })).meets_growth_target).toBe(true);
  });

  it('a quarter before the rules (2012 Q1, before 2012-04-19) is stored unchecked, with the reason', async () => {
    const c = await file(2012, 1, {});
    expect(c).toMatchObject({ meets_two_targets: null, increment_wording: null });
    expect(c.problem).toContain('2012-04-19');
    expect(c.rules_cover).toEqual({ from: '2012-04-19', to: '2014-12-31' });
  });

  it('says which years the targets cover: the last quarter encoded is checked, the next one is not', async () => {
    const q4 = await file(2014, 4, {});
    expect(q4.meets_two_targets).not.toBeNull();
    expect(q4.rules_cover).toBeNull();
    const after = await file(2015, 1, {});
    expect(after).toMatchObject({ meets_two_targets: null, rules_cover: { from: '2012-04-19', to: '2014-12-31' } });
  });
});

describe('loan records: fee conduct and stamp duty', () => {
  const HEADER = '合同编号,借款人统一社会信用代码,借款人名称,借款人规模,合同签订日期,借款金额,银团贷款,承诺费,资金管理费,财务顾问费,咨询费';

  it('a bad row rejects the file with its row and column; nothing is stored', async () => {
    const csv = [
      HEADER,
      'T-1,91370200MA00000001,甲公司,小型,2013-05-01,1000000,否,100,0,0,0',
      'T-2,91370200MA00000002,乙公司,巨型,2013-13-01,1000000,否,0,0,0,0',
    ].join('\n');
    const r = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/loans/upload?lang=en', ...multipart('l.csv', csv) });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe('XW_ERR_LOAN_RECORDS_REJECTED');
    expect(r.json.problems.map((p: { row: number; column: string }) => `${p.row} ${p.column}`).sort()).toEqual([
      '3 借款人规模',
      '3 合同签订日期',
    ]);
    const listed = await as('bank.demo', { method: 'GET', url: '/api/v1/lending/loans' });
    expect(listed.json.items.some((l: { contract_id: string }) => l.contract_id === 'T-1')).toBe(false);
  });

  it('commitment fees on non-syndicated small loans are violations; advisory fees flagged; stamp duty per contract', async () => {
    const csv = [
      HEADER,
      'T-1,91370200MA00000001,甲公司,小型,2013-05-01,1000000,否,100.01,0.01,0,0',
      'T-2,91370200MA00000002,乙公司,微型,2013-05-01,1000000,是,100,0,0,0',
      'T-3,91370200MA00000003,丙公司,中型,2013-05-01,1000000,否,100,0,0,0',
      'T-4,91370200MA00000004,丁公司,小型,2013-05-01,1000000,否,0,0,500,0',
    ].join('\n');
    const r = await as('bank.demo', { method: 'POST', url: '/api/v1/lending/loans/upload', ...multipart('l.csv', csv) });
    expect(r.status, r.body.slice(0, 300)).toBe(201);
    expect(r.json).toMatchObject({ records: 4, violations: 1, review_flags: 1 });
    const items = (await as('bank.demo', { method: 'GET', url: '/api/v1/lending/loans?year=2013' })).json.items as {
      contract_id: string;
      check: Record<string, unknown>;
    }[];
    const byId = Object.fromEntries(items.map((l) => [l.contract_id, l.check]));
    expect(byId['T-1']).toMatchObject({ fee_violation: true, violation_amount: 100.02, stamp_duty_exempt: true, stamp_duty: 0 });
    expect(byId['T-2']).toMatchObject({ fee_violation: false, violation_amount: 0 });
    // A medium borrower: outside the ban, and its contract pays 0.05‰ stamp duty: 1,000,000 × 0.00005 = 50.
    expect(byId['T-3']).toMatchObject({ fee_violation: false, stamp_duty_exempt: false, stamp_duty: 50 });
    expect(byId['T-4']).toMatchObject({ fee_violation: false, fee_review_flag: true });
    // Officers of another region do not see the bank's records.
    const sz = (await as('officer.shenzhen', { method: 'GET', url: '/api/v1/lending/loans' })).json.items as { bank_id: string }[];
    expect(sz.every((l) => l.bank_id.startsWith('BANK-SZ'))).toBe(true);
    const flagged = (await as('officer.qingdao', { method: 'GET', url: '/api/v1/lending/loans?flagged=true' })).json.items as {
      check: { fee_violation: boolean; fee_review_flag: boolean };
    }[];
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((l) => l.check.fee_violation || l.check.fee_review_flag)).toBe(true);
    const wb = await workbook('bank.demo', '/api/v1/lending/loans/export?lang=en');
    const t1 = (wb.worksheets[0].getSheetValues() as unknown[][]).find((r) => r?.[2] === 'T-1') as unknown[];
    // Columns 14–18 (1-based): banned fee, its amount, to review, stamp-duty exempt, duty each party.
    expect(t1.slice(14, 19)).toEqual(['✓', 100.02, '✗', '✓', 0]);
  });
});

describe('a lending file refused', () => {
  it('answers as every upload route does (no file, another kind, a broken body, an empty CSV) and writes nothing', async () => {
    const bank = { authorization: `Bearer ${tokens.get('bank.demo')}` };
    const counts = async () => [
      (await reportsOf('bank.demo')).length,
      (await as('bank.demo', { method: 'GET', url: '/api/v1/lending/loans' })).json.items.length,
    ];
    const before = await counts();
    expect(await uploadRefusals(app, '/api/v1/lending/reports/upload', bank)).toEqual(UPLOAD_REFUSALS);
    expect(await uploadRefusals(app, '/api/v1/lending/loans/upload', bank)).toEqual(UPLOAD_REFUSALS);
    expect(await counts()).toEqual(before);
  });
});
