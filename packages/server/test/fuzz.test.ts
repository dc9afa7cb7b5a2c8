import { createStore, type Store, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionAuthentication } from '../src/auth/session-auth.ts';
import { userScope } from '../src/context/scope.ts';
import { ERROR_CODES } from '../src/errors/catalogue.ts';
import { ENTERPRISE, testApp } from './helpers.ts';

/**
 * No input may produce a 500: malformed JSON, wrong types, huge numbers, deep nesting, empty bodies,
 * unknown variables, bad periods, non-UTF-8, oversize bodies, at every route. Each answer is either a
 * success or a catalogued error body.
 */

const POSTS = [
  '/api/v1/classify?period=2013',
  '/api/v1/evaluate?period=2015&variables=size_class,corporate_income_tax,total_support_value',
  '/api/v1/evaluate?period=2013&variables=loan_contract_stamp_duty&entity=loan_contract',
  '/api/v1/entitlements?period=2013',
  '/api/v1/trace?period=2015&variable=corporate_income_tax',
  '/api/v1/procurement/evaluate',
];
const GETS = ['/api/v1/health', '/api/v1/measures', '/api/v1/measures/gf2012-14/02', '/api/v1/parameters', '/api/v1/parameters/tax'];

const FIELDS = [
  'id',
  'name',
  'industry',
  'employees',
  'revenue',
  'total_assets',
  'taxable_income',
  'founded',
  'region',
  'restricted_industry',
  'vat_sales',
  'signed',
  'loan_contract_amount',
  'borrower',
  'enterprises',
  'loan_contracts',
  'date',
  'bids',
  'price',
  'method',
  'price_weight',
  'deduction_rate',
  'consortium',
  'products',
  'supplier',
  'share',
  'size_class',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  '💥',
];

const SCALARS: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  123456789.999,
  '',
  ' ',
  '0',
  '-1',
  'abc',
  '1e5',
  '1,000.00',
  '١٢٣',
  '2013-02-30',
  '9999-12-31',
  '0000-00-00',
  'C',
  'C3311',
  'retail',
  'micro',
  'comprehensive',
  'true',
  '是',
  'x'.repeat(5000),
  '\u0000',
  '\ud800',
  '<script>',
  '{"a":1}',
  '10000000000000.01',
  '99999999999999999999',
];

function* randoms(seed: number): Generator<number> {
  let s = seed >>> 0;
  for (;;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

/** Random JSON built from the names and values the routes care about, nested a little. */
function randomValue(r: Generator<number>, depth: number): unknown {
  const x = r.next().value as number;
  const pick = <T>(list: readonly T[]) => list[Math.floor((r.next().value as number) * list.length)];
  if (depth > 3 || x < 0.55) return pick(SCALARS);
  if (x < 0.75) return Array.from({ length: Math.floor((r.next().value as number) * 4) }, () => randomValue(r, depth + 1));
  const o: Record<string, unknown> = {};
  const n = Math.floor((r.next().value as number) * 6);
  // Defined, not assigned: a "__proto__" key stays a key (as JSON.parse makes it), not a prototype change.
  for (let i = 0; i < n; i++)
    Object.defineProperty(o, pick(FIELDS), { value: randomValue(r, depth + 1), enumerable: true, writable: true, configurable: true });
  return o;
}

const deep = (n: number, open: string, close: string) => open.repeat(n) + close.repeat(n);

/** Bodies as raw text (so malformed ones get through), with their content type. */
function bodies(): { payload: string | Buffer; type?: string }[] {
  const json = (v: unknown) => ({ payload: JSON.stringify(v) });
  const list: { payload: string | Buffer; type?: string }[] = [
    { payload: '' },
    { payload: ' \n ' },
    { payload: '{' },
    { payload: '{"industry": "C",}' },
    { payload: "{'industry': 'C'}" },
    { payload: '{"revenue": NaN}' },
    { payload: '{"revenue": Infinity}' },
    { payload: '{"revenue": 1e400, "employees": -1e400, "industry": "C"}' },
    { payload: '{"industry": "C", "employees": 123456789012345678901234567890}' },
    { payload: 'null' },
    { payload: 'true' },
    { payload: '0' },
    { payload: '"text"' },
    { payload: '[]' },
    { payload: '[[]]' },
    { payload: '{}' },
    { payload: deep(50_000, '[', ']') },
    { payload: deep(50_000, '{"a":', '}').replace(/}$/, '1}').replace('{"a":}', '{"a":1}') },
    { payload: `{"industry":"C","borrower":${deep(20_000, '{"borrower":', '}').replace(/^((?:\{"borrower":)+)/, '$1{}')}}` },
    { payload: `{"enterprises":${deep(20_000, '[', ']')}}` },
    { payload: Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]) },
    { payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
    { payload: '{"industry":"C"}', type: 'text/plain' },
    { payload: '{"industry":"C"}', type: 'application/x-www-form-urlencoded' },
    { payload: '{"industry":"C"}', type: 'application/json; charset=latin1' },
    { payload: '{"industry":"C"}', type: 'application/vnd.xiaowei+json' },
    { payload: '{"industry":"C"}', type: 'multipart/form-data; boundary=x' },
    { payload: JSON.stringify({ ...ENTERPRISE, name: 'x'.repeat(5 * 1024 * 1024) }) },
    { payload: '{"__proto__": {"polluted": true}, "industry": "C"}' },
    { payload: '{"constructor": {"prototype": {"polluted": true}}, "industry": "C"}' },
    json({ enterprises: Array.from({ length: 10_001 }, () => ({ industry: 'C' })) }),
    json({
      enterprises: Array.from({ length: 3000 }, (_, i) => ({ id: i % 7, industry: i % 2 ? 'C' : 'nope', employees: i % 3 ? 'x' : i })),
    }),
    json({ enterprises: 'all' }),
    json({ enterprises: [null, 1, 'a', [], {}] }),
    json({ enterprises: [ENTERPRISE], industry: 'C' }),
    json({ loan_contracts: [{ signed: '2013-05-10', borrower: 'bank' }] }),
    json(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i]))),
    json([{ id: 'T', date: '2013-01-01', bids: [{ id: 'B', price: 1, consortium: [{ size_class: 'small', share: 2 }] }] }]),
    json({ id: 'T', date: '2013-01-01', method: 'comprehensive', price_weight: 30, bids: [{ id: 'B', price: 0, technical_score: 10 }] }),
    json({ id: 'T', date: '1999-01-01', bids: [{ id: 'B', price: 1 }] }),
    json({
      id: 'T',
      date: '2013-01-01',
      deduction_rate: 5,
      bids: [{ id: 'B', price: 1, supplier_size_class: 'small', supplier: { industry: 'C' } }],
    }),
    json({
      id: 'T',
      date: '2013-01-01',
      bids: Array.from({ length: 2000 }, (_, i) => ({ id: `B${i}`, price: i, supplier: { industry: 'F52', employees: i } })),
    }),
    json({ ...ENTERPRISE, founded: '2013-02-30', region: 370000, restricted_industry: 'maybe', vat_sales: -5 }),
    json({ industry: 'C', vat_filing_frequency: 'weekly', business_tax_rate: 2 }),
  ];
  const r = randoms(2012);
  for (let i = 0; i < 150; i++) list.push(json(randomValue(r, 0)));
  return list;
}

const QUERIES = [
  '',
  '?period=',
  '?period=2015-13',
  '?period=eternity',
  '?period=year:2013:0',
  '?period=month:2013-02:99999999',
  '?period=day:2013-01-01:100000',
  '?period=9999',
  '?period=0000',
  '?period=-2015',
  `?period=${'9'.repeat(5000)}`,
  '?period=2015&period=2016',
  '?variables=',
  '?variables=%00',
  `?variables=${'a,'.repeat(300)}`,
  '?variables=__proto__,constructor,toString',
  '?variables=size_class&entity=__proto__',
  '?variables=size_class&entity=tender',
  '?variables=bid_rank&entity=bid',
  '?variable=size_class',
  '?variable=__proto__',
  '?variable=founded&period=2015',
  '?lang=fr',
  '?lang=',
  '?lang[]=en',
  '?explain=maybe',
  `?kind=x&beneficiary=y&in_force=2013-13-45&chapter=-1&q=${'%E2%9C%93'.repeat(100)}`,
  '?at=not-a-date',
  '?%ff=%fe',
];

let app: FastifyInstance;
let registry: FastifyInstance;
let store: Store;
beforeAll(async () => {
  app = await testApp();
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 30 });
  // Every request of the registry app is an administrator's, so the fuzz reaches the handlers.
  registry = await testApp({ store, authenticate: () => userScope({ id: 'fuzz', name: 'fuzz', role: 'admin' }, { all: true }) });
}, 120_000);
afterAll(async () => {
  await app.close();
  await registry.close();
  await store.close();
});

async function expectNo500(options: InjectOptions, target: FastifyInstance = app): Promise<void> {
  const res = await target.inject(options);
  const shown =
    typeof options.payload === 'string' || Buffer.isBuffer(options.payload)
      ? String(options.payload)
      : JSON.stringify(options.payload ?? '');
  const what = `${options.method} ${String(options.url).slice(0, 120)} ${shown.slice(0, 120)}`;
  expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode >= 400 && options.method !== 'HEAD') {
    const body = JSON.parse(res.body);
    expect(ERROR_CODES, what).toContain(body.code);
    expect(body.status).toBe(res.statusCode);
  }
}

describe('no input produces a 500', () => {
  it('for every body at every POST route', async () => {
    const list = bodies();
    for (const url of POSTS) {
      for (const b of list) {
        await expectNo500({ method: 'POST', url, payload: b.payload, headers: { 'content-type': b.type ?? 'application/json' } });
      }
    }
  }, 300_000);

  it('for every query at every route', async () => {
    for (const base of [...POSTS, ...GETS]) {
      const path = base.split('?')[0];
      for (const q of QUERIES) {
        const method = POSTS.includes(base) ? 'POST' : 'GET';
        const known = base.includes('?') ? `&${base.split('?')[1]}` : '';
        for (const url of [`${path}${q}`, `${path}${q}${q === '' ? '?' : '&'}${known.slice(1)}`]) {
          await expectNo500({ method, url, payload: method === 'POST' ? ENTERPRISE : undefined });
        }
      }
    }
  }, 300_000);

  it('for odd paths, methods and headers', async () => {
    const paths = [
      '/api/v1/measures/%',
      '/api/v1/measures/%E0%A4%A',
      `/api/v1/measures/${'a/'.repeat(1000)}`,
      '/api/v1/parameters/..%2F..%2Fetc%2Fpasswd',
      '/api/v1/parameters/tax.__proto__.x',
      '/api/v1/parameters/constructor',
      `/api/v1/parameters/${'x.'.repeat(2000)}`,
      '/api/v1//classify',
      '/api/v1/classify/',
      '/API/V1/HEALTH',
      '/%00',
      `/${'x'.repeat(10_000)}`,
    ];
    for (const url of paths)
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const) await expectNo500({ method, url });
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) await expectNo500({ method, url: '/api/v1/classify', payload: ENTERPRISE });
    const headers = [
      { 'accept-language': 'x'.repeat(10_000) },
      { 'accept-language': 'ko;q=abc, en;q=-1, *;q=1' },
      { 'content-length': '5' },
      { 'content-type': '' },
      { 'content-type': 'application/json; charset=' },
    ];
    for (const h of headers)
      await expectNo500({
        method: 'POST',
        url: POSTS[0],
        payload: JSON.stringify(ENTERPRISE),
        headers: { 'content-type': 'application/json', ...h },
      });
  }, 120_000);

  it('at the registry routes, signed in', async () => {
    const list = bodies();
    const writes: [string, string][] = [
      ['POST', '/api/v1/enterprises'],
      ['PUT', '/api/v1/enterprises/XW-DEMO-000001'],
      ['PUT', '/api/v1/enterprises/nobody'],
      ['POST', '/api/v1/imports'],
    ];
    for (const [method, url] of writes) {
      for (const b of list) {
        await expectNo500(
          { method: method as 'POST', url, payload: b.payload, headers: { 'content-type': b.type ?? 'application/json' } },
          registry,
        );
      }
    }
    const r = randoms(7);
    for (let i = 0; i < 100; i++) {
      const body = { ...(randomValue(r, 0) as object), years: [randomValue(r, 1), { year: 2013, revenue: randomValue(r, 3) }] };
      await expectNo500({ method: 'POST', url: '/api/v1/enterprises', payload: body }, registry);
      await expectNo500({ method: 'PUT', url: '/api/v1/enterprises/XW-DEMO-000002', payload: body }, registry);
    }
    const reads = [
      '/api/v1/enterprises',
      '/api/v1/statistics/summary',
      '/api/v1/statistics/summary?year=2015',
      '/api/v1/exports',
      '/api/v1/exports?format=csv',
      '/api/v1/imports/x',
      '/api/v1/enterprises/XW-DEMO-000003',
    ];
    const filters = [
      '?year=1800',
      '?year=abc',
      '?size_class=micro',
      '?region=',
      '?region=99999999',
      '?cursor=garbage',
      '?cursor=WyJ4Il0',
      `?cursor=${'A'.repeat(900)}`,
      '?limit=0',
      '?limit=100000',
      '?sort=__proto__',
      '?q=%25_%5C',
      "?q=' or 1=1 --",
      '?industry=%',
      '?format=pdf',
    ];
    for (const url of reads)
      for (const q of ['', ...filters])
        await expectNo500({ method: 'GET', url: `${url}${url.includes('?') ? q.replace('?', '&') : q}` }, registry);
    for (const id of ['%00', '..', 'a'.repeat(500), '__proto__', "' or '1'='1"]) {
      for (const method of ['GET', 'PUT', 'DELETE'] as const)
        await expectNo500(
          { method, url: `/api/v1/enterprises/${encodeURIComponent(id)}`, payload: method === 'PUT' ? { name: 'x' } : undefined },
          registry,
        );
    }
    const boundary = 'b';
    const uploads = [
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${'"'.repeat(3)}\n,\n\r\n--${boundary}--\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004garbage\r\n--${boundary}--\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--${boundary}--\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n`,
      'not multipart at all',
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\n,,,\n1,2,3\r\n--${boundary}--\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\nname,year\nA,99999999999999999999\r\n--${boundary}--\r\n`,
    ];
    for (const payload of uploads) {
      await expectNo500(
        { method: 'POST', url: '/api/v1/imports', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
        registry,
      );
    }
  }, 300_000);

  it('at the account, token, user and audit routes, and with garbage credentials', async () => {
    const list = bodies();
    const writes: [string, string][] = [
      ['POST', '/api/v1/auth/login'],
      ['POST', '/api/v1/tokens'],
      ['POST', '/api/v1/users'],
      ['PUT', '/api/v1/users/fuzz'],
      ['PUT', '/api/v1/users/nobody'],
    ];
    for (const [method, url] of writes)
      for (const b of list)
        await expectNo500(
          { method: method as 'POST', url, payload: b.payload, headers: { 'content-type': b.type ?? 'application/json' } },
          registry,
        );
    const reads = ['/api/v1/audit', '/api/v1/users', '/api/v1/tokens', '/api/v1/auth/me', '/api/v1/auth/csrf'];
    const filters = [
      '?from=garbage',
      '?to=2013-13-45',
      '?cursor=garbage',
      `?cursor=${'A'.repeat(900)}`,
      '?action=%25',
      "?actor=' or 1=1 --",
      '?region=abc',
      '?region=99',
      '?role=root',
      '?limit=0',
      '?user_id=%00',
    ];
    for (const url of reads) for (const q of ['', ...filters]) await expectNo500({ method: 'GET', url: `${url}${q}` }, registry);
    for (const id of ['%00', '..', 'a'.repeat(500), '__proto__']) {
      await expectNo500({ method: 'DELETE', url: `/api/v1/tokens/${encodeURIComponent(id)}` }, registry);
      await expectNo500({ method: 'PUT', url: `/api/v1/users/${encodeURIComponent(id)}`, payload: { locale: 'en' } }, registry);
    }
    const real = await testApp({ store, authenticate: sessionAuthentication(store) });
    try {
      const credentials: Record<string, string>[] = [
        { cookie: 'xw_session=' },
        { cookie: `xw_session=${'a'.repeat(5000)}` },
        { cookie: 'xw_session=%E0%A4%A' },
        { cookie: 'xw_session="unterminated; other=1' },
        { cookie: ';;;=;xw_session' },
        { authorization: 'Bearer' },
        { authorization: 'Bearer ' },
        { authorization: `Bearer ${'x'.repeat(5000)}` },
        { authorization: 'Basic YWRtaW46YWRtaW4=' },
        { authorization: 'Bearer a b c d e f g h' },
        { cookie: 'xw_session=abcdefabcdef', 'x-csrf-token': 'x'.repeat(5000) },
      ];
      for (const headers of credentials) {
        for (const [method, url] of [
          ['GET', '/api/v1/auth/me'],
          ['POST', '/api/v1/auth/logout'],
          ['GET', '/api/v1/enterprises'],
          ['POST', '/api/v1/tokens'],
          ['GET', '/api/v1/measures'],
        ] as const) {
          await expectNo500({ method, url, headers, ...(method === 'POST' ? { payload: { name: 'x' } } : {}) }, real);
        }
      }
    } finally {
      await real.close();
    }
  }, 300_000);
});
