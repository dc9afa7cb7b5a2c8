import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, documentChecker, ENTERPRISE, get, post, testApp } from './helpers.ts';

let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;

beforeAll(async () => {
  app = await testApp();
  check = await documentChecker(app);
});
afterAll(() => app.close());

/** Calls a route and checks the body against the published OpenAPI document. */
async function documented(method: 'GET' | 'POST', url: string, path: string, payload?: unknown, headers: Record<string, string> = {}) {
  const r = await call(app, { method, url, payload: payload as string, headers });
  expect(check(method, path, r.status, r.json)).toEqual([]);
  return r;
}

describe('POST /api/v1/classify', () => {
  it('classifies one enterprise and explains the class in the language asked for', async () => {
    const small = { ...ENTERPRISE, revenue: 19999999.99 };
    const en = await documented('POST', '/api/v1/classify?period=2013&lang=en', '/api/v1/classify', small);
    expect(en.status).toBe(200);
    // 300 employees meet the medium bound, 19,999,999.99 yuan of revenue does not (300号 art. 4 (2)).
    expect(en.json.result).toMatchObject({
      id: 'E002',
      name: '精工机械制造有限公司',
      industry_group: 'industry',
      size_class: 'small',
      is_small_or_micro: true,
      explanation: { deciding_tier: 'medium', checks: [{ indicator: 'revenue', value: 19999999.99, bound: 20000000, met: false }] },
    });
    expect(en.json.result.explanation.text).toBe('small, not medium: revenue 19,999,999.99 yuan is below 20,000,000 yuan');
    const zh = await post(app, '/api/v1/classify?period=2013', small);
    expect(zh.json.result.explanation.text).toMatch(/^小型，而非中型：营业收入/);
    const ko = await post(app, '/api/v1/classify?period=2013', small, { 'accept-language': 'ko-KR,ko;q=0.9' });
    expect(ko.json.result.explanation.text).toMatch(/^소기업\(중기업 아님\)/);
    expect(ko.headers['content-language']).toBe('ko');
  });

  it('classifies a batch in order; exactly at a bound meets it', async () => {
    const r = await documented('POST', '/api/v1/classify?period=2013', '/api/v1/classify', {
      enterprises: [ENTERPRISE, { id: 'R1', industry: 'retail', employees: 9, revenue: 999999.99 }],
    });
    expect(r.status).toBe(200);
    expect(r.json.results.map((x: { id: string; size_class: string }) => [x.id, x.size_class])).toEqual([
      ['E002', 'medium'],
      ['R1', 'micro'],
    ]);
    expect(r.json).toMatchObject({
      period: '2013',
      policy_version: expect.any(String),
      parameter_hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('reports every bad value of every record with row and field, in three languages', async () => {
    const body = { enterprises: [{ industry: 'C', employees: -1 }, { industry: 'XYZ', revenue: '1.234' }, { employees: 5 }] };
    const zh = await documented('POST', '/api/v1/classify?period=2013', '/api/v1/classify', body);
    expect(zh.status).toBe(400);
    expect(zh.json.code).toBe('XW_ERR_VALIDATION');
    expect(zh.json.message).toMatch(/个问题/);
    const en = await post(app, '/api/v1/classify?period=2013&lang=en', body);
    expect(en.json.problems).toEqual([{ path: '/enterprises/0/employees', row: 1, field: 'employees', message: 'must be at least 0' }]);
    // Schema problems first; once the shape is right, the engine checks every value of every record.
    const values = { enterprises: [{ industry: 'C', employees: 5 }, { industry: 'XYZ', revenue: '1.234' }, { employees: 5 }] };
    const all = await post(app, '/api/v1/classify?period=2013&lang=en', values);
    expect(all.status).toBe(400);
    expect(all.json.problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
      [2, 'industry'],
      [2, 'revenue'],
      [3, 'industry'],
    ]);
    expect(all.json.problems[1].message).toBe('"1.234" is not an amount (yuan, at most two decimals)');
    expect(all.json.problems[2].message).toBe('a value is required');
    const ko = await post(app, '/api/v1/classify?period=2013&lang=ko', values);
    expect(ko.json.problems[2].message).toBe('필수 값이 없습니다');
    const zhValues = await post(app, '/api/v1/classify?period=2013&lang=zh-CN', values);
    expect(zhValues.json.problems[2].message).toBe('缺少必填值');
  });

  it('refuses computed variables and unknown fields by name', async () => {
    const r = await post(app, '/api/v1/classify?period=2013&lang=en', { industry: 'C', size_class: 'small', turnover: 5 });
    expect(r.status).toBe(400);
    expect(r.json.problems).toEqual([
      { path: '/size_class', field: 'size_class', message: '"size_class" is computed, not an input' },
      { path: '/turnover', field: 'turnover', message: 'unknown field "turnover"' },
    ]);
  });

  it('says when a year lies outside the encoded size standard', async () => {
    // The standard took effect on 2011-06-18: the year 2011 is classified on its figures (ADR 0004), 2010 is not.
    const r = await documented('POST', '/api/v1/classify?period=2010&lang=en', '/api/v1/classify', { industry: 'C' });
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('XW_ERR_PERIOD');
    expect(r.json.message).toMatch(/^cannot evaluate for 2010: .*2011-06-18/);
    const first = await documented('POST', '/api/v1/classify?period=2011&lang=en', '/api/v1/classify', {
      industry: 'C',
      employees: 20,
      revenue: 3000000,
    });
    expect(first.status).toBe(200);
  });
});

describe('POST /api/v1/evaluate', () => {
  it('evaluates any variables of one record through the plan', async () => {
    const url = '/api/v1/evaluate?period=2015&variables=corporate_income_tax,is_small_low_profit,size_class';
    const r = await documented('POST', url, '/api/v1/evaluate', {
      id: 't1',
      industry: 'C3311',
      employees: 10,
      total_assets: 1000000,
      taxable_income: 250000,
    });
    expect(r.status).toBe(200);
    // 250,000 × 25% on half the income = 31,250 … the halving of 财税〔2015〕99号 from 1 October: 43,750 as the CLI computes.
    expect(r.json).toMatchObject({
      entity: 'enterprise',
      period: '2015',
      variables: ['corporate_income_tax', 'is_small_low_profit', 'size_class'],
      result: { id: 't1', values: { corporate_income_tax: 43750, is_small_low_profit: true, size_class: 'micro' } },
    });
  });

  it('takes variables repeated or comma-separated, and a batch', async () => {
    const r = await documented(
      'POST',
      '/api/v1/evaluate?period=2015&variables=size_class&variables=revenue, corporate_income_tax',
      '/api/v1/evaluate',
      {
        enterprises: [
          { id: 2, industry: 'I65', employees: 10, taxable_income: '123456789.99', revenue: 123456789.99 },
          { id: 'big', industry: 'C', employees: 999, revenue: 1000000000000.01, taxable_income: 0 },
        ],
      },
    );
    expect(r.status).toBe(200);
    expect(r.json.variables).toEqual(['size_class', 'revenue', 'corporate_income_tax']);
    expect(r.json.results).toEqual([
      { id: 2, values: { size_class: 'small', revenue: 123456789.99, corporate_income_tax: 30864197.5 } },
      { id: 'big', values: { size_class: 'medium', revenue: 1000000000000.01, corporate_income_tax: 0 } },
    ]);
    // The amounts are written as decimal text from fen, not from a float of yuan.
    expect(r.body).toContain('"revenue":1000000000000.01');
    expect(r.body).toContain('"corporate_income_tax":30864197.5');
  });

  it('reuses the compiled plan for the same period and variables', async () => {
    const before = app.engine.cachedPlans;
    for (let i = 0; i < 5; i++) await post(app, '/api/v1/evaluate?period=2014&variables=is_small_low_profit', { industry: 'C' });
    expect(app.engine.cachedPlans).toBe(before + 1);
  });

  it('follows links through a simulation: loan contracts with their borrower nested', async () => {
    const loans = {
      loan_contracts: [
        {
          id: 'L1',
          signed: '2013-05-10',
          loan_contract_amount: '1000000',
          borrower: { industry: 'C3311', employees: 50, revenue: 10000000, total_assets: 5000000 },
        },
        {
          id: 'L2',
          signed: '2013-06-01',
          loan_contract_amount: '2000000',
          borrower: { industry: 'C3311', employees: 2000, revenue: 900000000, total_assets: 5000000 },
        },
      ],
    };
    const r = await documented(
      'POST',
      '/api/v1/evaluate?entity=loan_contract&period=2013&variables=loan_contract_stamp_duty_exempt,loan_contract_stamp_duty',
      '/api/v1/evaluate',
      loans,
    );
    expect(r.status).toBe(200);
    // L2: a large borrower: 2,000,000 × 0.05‰ = 100 yuan (财税〔2011〕105号 exempts only small and micro borrowers).
    expect(r.json.results).toEqual([
      { id: 'L1', values: { loan_contract_stamp_duty_exempt: true, loan_contract_stamp_duty: 0 } },
      { id: 'L2', values: { loan_contract_stamp_duty_exempt: false, loan_contract_stamp_duty: 100 } },
    ]);
    const bad = await post(app, '/api/v1/evaluate?entity=loan_contract&period=2013&variables=loan_contract_stamp_duty&lang=en', {
      loan_contracts: [{ id: 'L1', signed: '2013-05-10', borrower: { industry: 'C', employees: 'many' } }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.problems).toEqual([
      { path: '/loan_contracts/0/borrower/employees', row: 1, field: 'borrower.employees', message: '"many" is not a number' },
    ]);
  });

  it('aggregates across entities through a simulation (the whole support package)', async () => {
    const r = await post(app, '/api/v1/evaluate?period=2013&variables=total_support_value', {
      industry: 'C3311',
      employees: 30,
      revenue: 1999999,
      total_assets: 1000000,
      taxable_income: 200000,
    });
    expect(r.status).toBe(200);
    expect(r.json.result.values.total_support_value).toBeGreaterThan(0);
  });

  it('names unknown variables with the closest ids, in the language asked for', async () => {
    const en = await documented('POST', '/api/v1/evaluate?period=2015&variables=corporate_incom_tax&lang=en', '/api/v1/evaluate', {
      industry: 'C',
    });
    expect(en.status).toBe(400);
    expect(en.json.code).toBe('XW_ERR_UNKNOWN_VARIABLE');
    expect(en.json.message).toMatch(/^unknown variable "corporate_incom_tax" of enterprise; the closest are: corporate_income_tax/);
    const zh = await post(app, '/api/v1/evaluate?period=2015&variables=corporate_incom_tax', { industry: 'C' });
    expect(zh.json.message).toMatch(/^enterprise 没有变量“corporate_incom_tax”/);
    const ko = await post(app, '/api/v1/evaluate?period=2015&variables=corporate_incom_tax&lang=ko', { industry: 'C' });
    expect(ko.json.message).toMatch(/변수 “corporate_incom_tax”/);
    const wrong = await post(app, '/api/v1/evaluate?period=2015&variables=bid_rank&lang=en', { industry: 'C' });
    expect(wrong.json).toMatchObject({ code: 'XW_ERR_WRONG_ENTITY', message: 'variable "bid_rank" belongs to bid, not enterprise' });
    const entity = await post(app, '/api/v1/evaluate?period=2015&variables=x&entity=planet&lang=en', { industry: 'C' });
    expect(entity.json.code).toBe('XW_ERR_UNKNOWN_ENTITY');
    const none = await post(app, '/api/v1/evaluate?period=2015&variables=,&lang=en', { industry: 'C' });
    expect(none.json.problems).toEqual([{ path: 'query.variables', field: 'variables', message: 'at least one variable name is needed' }]);
  });

  it('rejects bad periods and missing query parameters', async () => {
    const bad = await post(app, '/api/v1/evaluate?period=2015-13&variables=size_class&lang=en', { industry: 'C' });
    expect(bad.json.code).toBe('XW_ERR_PERIOD');
    const month = await post(app, '/api/v1/evaluate?period=2015-03&variables=size_class&lang=en', { industry: 'C' });
    expect(month.json).toMatchObject({ code: 'XW_ERR_PERIOD', status: 400 });
    expect(month.json.message).toMatch(/defined per year/);
    const missing = await documented('POST', '/api/v1/evaluate?lang=en', '/api/v1/evaluate', { industry: 'C' });
    expect(missing.status).toBe(400);
    expect(missing.json.problems.map((p: { path: string; message: string }) => [p.path, p.message])).toEqual([
      ['query.period', 'is required'],
      ['query.variables', 'is required'],
    ]);
  });
});

describe('POST /api/v1/entitlements', () => {
  it('assesses every entitlement: value, why not, what would change, the total', async () => {
    const body = { id: 'S1', industry: 'C3311', employees: 30, revenue: 1999999, total_assets: 500000, taxable_income: 200000 };
    const r = await documented('POST', '/api/v1/entitlements?period=2013&lang=en', '/api/v1/entitlements', body);
    expect(r.status).toBe(200);
    const a = r.json.result;
    const cit = a.entitlements.find((e: { measure: string }) => e.measure === 'gf2012-14/02.2');
    expect(cit).toMatchObject({ title: 'Halved income tax for small low-profit enterprises', eligible: true, counted: true });
    expect(cit.value).toBe(10000);
    expect(a.total_support_value).toBe(
      a.entitlements.filter((e: { counted: boolean }) => e.counted).reduce((s: number, e: { value: number }) => s + e.value, 0),
    );
    const over = await post(app, '/api/v1/entitlements?period=2013&lang=en', { ...body, taxable_income: 300000.01 });
    const missed = over.json.result.entitlements.find((e: { measure: string }) => e.measure === 'gf2012-14/02.2');
    expect(missed.eligible).toBe(false);
    const income = missed.conditions.find((c: { variable: string }) => c.variable === 'small_low_profit_income_within_limit');
    expect(income).toMatchObject({ met: false, threshold: { quantity: 'taxable_income', op: '<=', value: 300000.01, bound: 300000 } });
    expect(income.advice).toBe('taxable income 300,000.01 yuan > 300,000 yuan — at 300,000 yuan or less it would qualify');
    const zh = await post(app, '/api/v1/entitlements?period=2013', { ...body, taxable_income: 300000.01 });
    expect(zh.json.result.entitlements[0].title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('needs a period', async () => {
    const r = await post(app, '/api/v1/entitlements?lang=ko', ENTERPRISE);
    expect(r.status).toBe(400);
    expect(r.json.problems[0]).toMatchObject({ path: 'query.period', message: '필수 항목이 없습니다' });
  });
});

describe('missing figures at the API', () => {
  it('evaluate: a figure the answer needs and the record lacks is a 422 naming the field, never a 0', async () => {
    const r = await post(app, '/api/v1/evaluate?period=2013&variables=size_class&lang=en', {
      industry: 'construction',
      employees: 500,
      revenue: 900000000,
    });
    expect(r.status).toBe(422);
    expect(r.body).toContain('total_assets');
    const ok = await post(app, '/api/v1/evaluate?period=2013&variables=size_class', { industry: 'other', employees: 12 });
    expect(ok.status).toBe(200);
    expect(ok.json.result.values.size_class).toBe('small');
  });

  it('classify: a missing indicator the class depends on is a 422 naming the field; a finance code is refused as a bad value (400, as the CLI)', async () => {
    const r = await post(app, '/api/v1/classify?period=2013&lang=en', { industry: 'construction', employees: 500, revenue: 900000000 });
    expect(r.status).toBe(422);
    expect(r.json.problems).toEqual([
      expect.objectContaining({ field: 'total_assets', message: '"total_assets" is not given: size_class depends on it' }),
    ]);
    const micro = await post(app, '/api/v1/classify?period=2013&lang=en', { industry: 'construction', revenue: 2999999.99 });
    expect(micro.status).toBe(200);
    expect(micro.json.result.size_class).toBe('micro');
    const finance = await post(app, '/api/v1/classify?period=2013&lang=en', {
      industry: 'J66',
      employees: 10,
      revenue: 1,
      total_assets: 1,
    });
    // A code outside the size standard's industries (工信部联企业〔2011〕300号) is a bad value of the record,
    // reported before anything is computed, as `xiaowei classify` reports it.
    expect(finance.status).toBe(400);
    expect(finance.json.problems[0]).toMatchObject({ path: '/industry', field: 'industry' });
    expect(finance.json.problems[0].message).toContain('finance');
  });

  it('evaluate: a finance firm (J66) is taxed and may be small low-profit (EIT Regulations art. 92)', async () => {
    const r = await post(app, '/api/v1/evaluate?period=2026&variables=is_small_low_profit,corporate_income_tax', {
      industry: 'J66',
      employees: 85,
      total_assets: 5000000,
      taxable_income: 250000,
    });
    expect(r.status).toBe(200);
    expect(r.json.result.values).toEqual({ is_small_low_profit: true, corporate_income_tax: 12500 });
  });

  it('evaluate: 2026, the industrial firm with 85 employees and 250,000 of income pays 12,500 (5%)', async () => {
    const r = await post(app, '/api/v1/evaluate?period=2026&variables=is_small_low_profit,corporate_income_tax', {
      industry: 'C3311',
      employees: 85,
      total_assets: 5000000,
      taxable_income: 250000,
    });
    expect(r.status).toBe(200);
    expect(r.json.result.values).toEqual({ is_small_low_profit: true, corporate_income_tax: 12500 });
  });
});

describe('POST /api/v1/trace', () => {
  it('traces any variable for one record, as a tree and as text', async () => {
    const r = await documented('POST', '/api/v1/trace?period=2015&variable=corporate_income_tax&lang=en', '/api/v1/trace', {
      id: 't1',
      industry: 'C3311',
      employees: 10,
      total_assets: 1000000,
      taxable_income: 250000,
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: 't1', variable: 'corporate_income_tax', period: '2015', value: 43750 });
    expect(r.json.trace).toMatchObject({ variable: 'corporate_income_tax', kind: 'formula', value: 43750, label: 'Enterprise income tax' });
    const inputs = r.json.trace.children.map((c: { variable: string }) => c.variable);
    expect(inputs).toContain('taxable_income');
    expect(r.json.trace.parameters[0]).toMatchObject({
      path: 'tax.corporate_income_tax.general_rate',
      value: 0.25,
      confidence: 'verified',
    });
    expect(r.json.text).toMatch(/^corporate_income_tax \(Enterprise income tax\) <2015> = 43750/);
  });

  it('takes one record only', async () => {
    const r = await post(app, '/api/v1/trace?period=2015&variable=size_class&lang=en', { enterprises: [ENTERPRISE] });
    expect(r.status).toBe(400);
    expect(r.json.problems[0].message).toBe('a trace is for one record: send the record itself');
  });
});

describe('POST /api/v1/procurement/evaluate', () => {
  const tender = JSON.parse(readFileSync(new URL('../../../examples/tender.json', import.meta.url), 'utf8'));

  it('evaluates the bids of a tender with the small/micro price deductions', async () => {
    const r = await documented('POST', '/api/v1/procurement/evaluate?lang=en', '/api/v1/procurement/evaluate', tender);
    expect(r.status).toBe(200);
    expect(r.json.result).toMatchObject({ tender: 'T2013-017', date: '2013-05-10', method: 'comprehensive' });
    const b2 = r.json.result.bids.find((b: { id: string }) => b.id === 'B2');
    // 1,040,000 less the 6% deduction = 977,600 (财库〔2011〕181号 art. 5).
    expect(b2).toMatchObject({ price_deduction_rate: 0.06, evaluated_price: 977600, deduction_reason: 'small_micro' });
    const traced = await post(app, '/api/v1/procurement/evaluate?explain=true&lang=en', [tender]);
    expect(traced.status).toBe(200);
    expect(traced.json.results[0].bids[0].trace.variable).toBe('bid_total_score');
  });

  it('reports tender problems with their path and tender row', async () => {
    const r = await documented('POST', '/api/v1/procurement/evaluate?lang=en', '/api/v1/procurement/evaluate', [
      tender,
      {
        ...tender,
        id: 'T2',
        method: 'comprehensive',
        price_weight: null,
        bids: [
          { id: 'B1', price: 'cheap' },
          { id: 'B1', price: 10 },
        ],
      },
    ]);
    expect(r.status).toBe(400);
    expect(r.json.problems).toEqual([
      { path: '/1/price_weight', row: 2, field: 'price_weight', message: 'comprehensive scoring needs price_weight' },
      { path: '/1/bids/0/price', row: 2, field: 'price', message: '"cheap" is not an amount (yuan, at most two decimals)' },
      { path: '/1/bids/1/id', row: 2, field: 'id', message: 'duplicate bid id "B1"' },
    ]);
    const rate = await post(app, '/api/v1/procurement/evaluate?lang=en', { ...tender, deduction_rate: 0.2 });
    expect(rate.status).toBe(422);
    expect(rate.json).toMatchObject({ code: 'XW_ERR_CANNOT_COMPUTE', problems: [{ path: '/deduction_rate', field: 'deduction_rate' }] });
    expect(rate.json.problems[0].message).toMatch(/outside the legal range 6%–10%/);
  });
});

describe('GET /api/v1/measures', () => {
  it('lists the 29 items, filters by kind, beneficiary, date and text in any language', async () => {
    const all = await documented('GET', '/api/v1/measures?lang=en', '/api/v1/measures');
    expect(all.json.count).toBe(29);
    const stamp = ['印花税', 'stamp duty', '인지세'];
    for (const q of stamp) {
      const r = await get(app, `/api/v1/measures?q=${encodeURIComponent(q)}&lang=en`);
      expect(r.json.measures.map((m: { id: string }) => m.id)).toContain('gf2012-14/02');
    }
    const banks = await get(app, '/api/v1/measures?beneficiary=bank&kind=entitlement&in_force=2013-06-01');
    expect(banks.json.count).toBeGreaterThan(0);
    for (const m of banks.json.measures) expect(m.effective.from <= '2013-06-01').toBe(true);
    const bad = await documented('GET', '/api/v1/measures?kind=gift&in_force=2013-02-30&lang=en', '/api/v1/measures');
    expect(bad.status).toBe(400);
    expect(bad.json.problems.map((p: { path: string }) => p.path)).toEqual(['query.kind', 'query.in_force']);
  });

  it('gets one item or sub-measure, the id as is or URL-encoded', async () => {
    const item = await documented('GET', '/api/v1/measures/gf2012-14/02?lang=ko', '/api/v1/measures/{*}');
    expect(item.json).toMatchObject({ id: 'gf2012-14/02', item: 2, chapter: 2 });
    expect(item.json.text_ko.length).toBeGreaterThan(100);
    // The document's answer is one of two shapes (an item, or a sub-measure with its parent): each matches exactly one.
    const sub = await documented('GET', '/api/v1/measures/gf2012-14%2F02.4?lang=en', '/api/v1/measures/{*}');
    expect(sub.json).toMatchObject({ id: 'gf2012-14/02.4', parent: 'gf2012-14/02' });
    expect(Object.keys(sub.json)).not.toContain('item');
    const missing = await documented('GET', '/api/v1/measures/gf2012-14/99?lang=en', '/api/v1/measures/{*}');
    expect(missing.json).toEqual({ code: 'XW_ERR_NOT_FOUND', status: 404, message: '"gf2012-14/99" not found' });
  });
});

describe('GET /api/v1/parameters', () => {
  it('gives the labelled tree, with values in force on a date', async () => {
    const r = await documented('GET', '/api/v1/parameters?at=2013-06-01&lang=en', '/api/v1/parameters');
    expect(r.status).toBe(200);
    const classification = r.json.children.find((c: { name: string }) => c.name === 'classification');
    expect(classification.label).toBe('Enterprise size classification');
  });

  it("gives one parameter's whole history, money in exact yuan", async () => {
    const r = await documented(
      'GET',
      '/api/v1/parameters/classification/size_standard/industry/medium/revenue?lang=en',
      '/api/v1/parameters/{*}',
    );
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ path: 'classification.size_standard.industry.medium.revenue', kind: 'parameter', unit: 'currency' });
    expect(r.json.values[0]).toMatchObject({ start: '2011-06-18', end: null, value: 20000000, confidence: 'verified' });
    expect(r.json.values[0].references[0].document).toBe('工信部联企业〔2011〕300号');
    const dotted = await get(app, '/api/v1/parameters/classification.size_standard.industry.medium.revenue');
    expect(dotted.json.path).toBe(r.json.path);
    const missing = await get(app, '/api/v1/parameters/tax.nothing?lang=en');
    expect(missing.json.code).toBe('XW_ERR_NOT_FOUND');
  });
});

describe('GET /api/v1/health', () => {
  it('is ready without a store', async () => {
    const r = await documented('GET', '/api/v1/health', '/api/v1/health');
    expect(r.json).toMatchObject({ status: 'ok', store: 'none' });
  });
});

describe('validation errors at every engine route, in the three languages', () => {
  const cases: [string, 'GET' | 'POST', string, unknown][] = [
    ['classify', 'POST', '/api/v1/classify?period=2013', { industry: 'C', employees: 'many' }],
    ['evaluate', 'POST', '/api/v1/evaluate?period=2015&variables=size_class', { industry: 'C', revenue: 'lots' }],
    [
      'entitlements',
      'POST',
      '/api/v1/entitlements?period=2013',
      { enterprises: [{ industry: 'C' }, { industry: 'C', founded: 'yesterday' }] },
    ],
    ['trace', 'POST', '/api/v1/trace?period=2015&variable=size_class', { industry: 'C', restricted_industry: 'perhaps' }],
    ['procurement', 'POST', '/api/v1/procurement/evaluate', { id: 'T', date: '2013-05-10', bids: [{ id: 'B', price: -5 }] }],
    ['measures', 'GET', '/api/v1/measures?in_force=someday', undefined],
    ['parameters', 'GET', '/api/v1/parameters?at=2013-99-99', undefined],
  ];
  const script = { 'zh-CN': /[\u4e00-\u9fff]/, ko: /[\uac00-\ud7af]/, en: /^[\x20-\x7e“”—…]+$/ } as const;
  for (const [name, method, url, payload] of cases) {
    it(name, async () => {
      const texts: string[] = [];
      for (const lang of ['zh-CN', 'ko', 'en'] as const) {
        const sep = url.includes('?') ? '&' : '?';
        const r = await call(app, { method, url: `${url}${sep}lang=${lang}`, payload: payload as string });
        expect(r.status, `${name} ${lang}: ${r.body}`).toBe(400);
        expect(r.json.code).toBe('XW_ERR_VALIDATION');
        expect(r.json.problems.length).toBeGreaterThan(0);
        const messages = [r.json.message, ...r.json.problems.map((p: { message: string }) => p.message)];
        for (const m of messages) expect(m, `${name} ${lang}`).toMatch(script[lang]);
        texts.push(messages.join('|'));
      }
      expect(new Set(texts).size).toBe(3);
    });
  }
});
