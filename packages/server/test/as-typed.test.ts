import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inexactNumbersAsText } from '../src/http/json-parser.ts';
import { call, testApp } from './helpers.ts';

/** Values are reported as the user typed them, also beyond what a double holds (issue 11: 2^53 + 1 was reported as 2^53). */
let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => app?.close());

describe('inexactNumbersAsText: literals a double does not hold as written', () => {
  it.each([
    ['{"a": 9007199254740993}', '{"a": "9007199254740993"}'],
    ['[-9007199254740993,1]', '["-9007199254740993",1]'],
    ['{"a": 9007199254740991}', '{"a": 9007199254740991}'],
    ['{"a": 12345678901234567.5, "b": 1e300}', '{"a": "12345678901234567.5", "b": 1e300}'],
    ['{"a": 100.0000000000000001, "b": 0.30000000000000004}', '{"a": "100.0000000000000001", "b": 0.30000000000000004}'],
    [
      '{"a": 1234567890123.45, "b": 1.000000000000000, "c": -0.0000000000000000}',
      '{"a": 1234567890123.45, "b": 1.000000000000000, "c": -0.0000000000000000}',
    ],
    ['[0.000000000000000001, 12345678901234567e2]', '["0.000000000000000001", 12345678901234567e2]'],
    ['{"a": "12345678901234567890", "b\\"": 12345678901234567890}', '{"a": "12345678901234567890", "b\\"": "12345678901234567890"}'],
    ['{"12345678901234567890": 1}', '{"12345678901234567890": 1}'],
  ])('%s → %s', (text, expected) => {
    expect(inexactNumbersAsText(text)).toBe(expected);
    expect(() => JSON.parse(inexactNumbersAsText(text))).not.toThrow();
  });
});

describe('messages quote the value as typed', () => {
  const evaluate = (body: string) =>
    call(app, {
      method: 'POST',
      url: '/api/v1/evaluate?period=2015&variables=size_class&lang=en',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });

  it('an integer beyond 2^53', async () => {
    const count = await evaluate('{"industry": "C", "employees": -9007199254740993}');
    expect(count.status).toBe(400);
    expect(count.json.problems).toEqual([{ path: '/employees', field: 'employees', message: '-9007199254740993 is below the minimum 0' }]);
    const amount = await evaluate('{"industry": "C", "employees": 10, "revenue": 9007199254740993}');
    expect(amount.json.problems[0].message).toBe('"9007199254740993" is not an amount (yuan, at most two decimals)');
  });
});

describe('amounts stay exact from the body to the answer (issue 12: the service reads numbers as the CLI does)', () => {
  const evaluate = (body: string) =>
    call(app, {
      method: 'POST',
      url: '/api/v1/evaluate?period=2015&variables=revenue,size_class&lang=en',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });

  it('refuses an amount a double would round to a lawful one, quoting it as typed', async () => {
    // JSON.parse reads 100.0000000000000001 as 100: the amount would have been taken as 100 yuan.
    const r = await evaluate('{"industry": "C", "employees": 10, "revenue": 100.0000000000000001}');
    expect(r.status).toBe(400);
    expect(r.json.problems).toEqual([
      { path: '/revenue', field: 'revenue', message: '"100.0000000000000001" is not an amount (yuan, at most two decimals)' },
    ]);
    const sum = await evaluate('{"industry": "C", "employees": 10, "revenue": 0.30000000000000004}');
    expect(sum.status).toBe(400);
    expect(sum.json.problems[0].message).toContain('0.30000000000000004');
  });

  it('keeps 0.1, 0.2 and fifteen-digit amounts to the fen, and quotes 17-digit values as typed', async () => {
    const batch = await evaluate(
      '{"enterprises": [{"id": 1, "industry": "C", "employees": 10, "revenue": 0.1}, {"id": 2, "industry": "C", "employees": 10, "revenue": 0.2}, {"id": 3, "industry": "C", "employees": 10, "revenue": 9999999999999.99}, {"id": 4, "industry": "C", "employees": 10, "revenue": "1234567890123.45"}]}',
    );
    expect(batch.status).toBe(200);
    const revenues = [...batch.body.matchAll(/"revenue":([^,}]+)/g)].map((m) => m[1]);
    expect(revenues).toEqual(['0.1', '0.2', '9999999999999.99', '1234567890123.45']);
    for (const literal of ['12345678901234567', '1234567890123456.7', '99999999999999.999']) {
      const r = await evaluate(`{"industry": "C", "employees": 10, "revenue": ${literal}}`);
      expect(r.status, literal).toBe(400);
      expect(r.json.problems[0].message, literal).toContain(literal);
    }
  });
});

describe('values keyed by period, as the CLI reads them (issue 12)', () => {
  const url = '/api/v1/evaluate?period=2014-10&variables=vat_filing_period_sales,small_scale_vat_exempt&lang=en';
  const post = (body: unknown) => call(app, { method: 'POST', url, payload: body as Record<string, unknown> });

  it('accepts a monthly amount by month and a yearly value by year', async () => {
    // Quarterly filing: the quarter's sales are October to December (国家税务总局公告2014年第57号: 90,000 a quarter).
    const r = await post({
      industry: 'F5211',
      is_small_scale_vat_taxpayer: { 2014: true },
      vat_filing_frequency: { 2014: 'quarterly' },
      vat_sales: { '2014-10': 30000, '2014-11': '28000.10', '2014-12': 31999.9 },
    });
    expect(r.status).toBe(200);
    expect(r.body).toContain('"vat_filing_period_sales":90000');
  });

  it('refuses a key that is not a period of the variable, and a bad value under a key, naming the key', async () => {
    const r = await post({ industry: 'F5211', vat_sales: { '2014': 30000, '2014-11': 'much' }, vat_filing_frequency: { 2014: 'weekly' } });
    expect(r.status).toBe(400);
    expect(r.json.problems).toContainEqual({
      path: '/vat_sales/2014',
      field: 'vat_sales.2014',
      message: '"2014" is not a period of "vat_sales": give it by month, e.g. 2014-10',
    });
    const fields = r.json.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(['vat_filing_frequency.2014', 'vat_sales.2014', 'vat_sales.2014-11']);
  });
});
