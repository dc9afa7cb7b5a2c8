import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, documentChecker, testApp } from './helpers.ts';

/**
 * What-if scenarios over HTTP on a real SQLite store with the demo registry (figures for 2016 too): saved with
 * every problem of a bad one named by change and field in the caller's language, shared within the owner's
 * region, run over the registry in the caller's scope and polled to the result; other roles are refused.
 */
let store: Store;
let app: FastifyInstance;
let check: Awaited<ReturnType<typeof documentChecker>>;
const tokens = new Map<string, string>();
const USERS = ['analyst.demo', 'officer.qingdao', 'officer.shenzhen', 'officer.shandong', 'enterprise.demo'];

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 300, years: [2015, 2016] });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  check = await documentChecker(app);
  for (const username of USERS) {
    const user = await store.users.findByUsername(username);
    if (!user) throw new Error(username);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'scenarios test' }, { actor: SYSTEM_ACTOR });
    tokens.set(username, token);
  }
}, 180_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** The route template of a URL, as the OpenAPI document names it. */
const template = (url: string) =>
  url
    .replace(/\?.*$/, '')
    .replace(/^\/api\/v1\/scenarios\/[^/]+/, '/api/v1/scenarios/{id}')
    .replace(/^\/api\/v1\/simulation-runs\/[^/]+/, '/api/v1/simulation-runs/{id}');
const as = async (who: string, options: InjectOptions) => {
  const reply = await call(app, { ...options, headers: { authorization: `Bearer ${tokens.get(who)}` } });
  // Every answer is what the published document says.
  expect(check(options.method as string, template(options.url as string), reply.status, reply.json)).toEqual([]);
  return reply;
};
const LIMIT = 'tax.corporate_income_tax.small_low_profit.taxable_income_limit';
const SCENARIO = {
  name: '小型微利企业上限 50 万元（2016）',
  base_year: 2016,
  changes: [{ kind: 'parameter', path: LIMIT, value: 500000, from: '2016-01-01', until: '2016-12-31' }],
};

async function poll(who: string, id: string) {
  for (let i = 0; i < 600; i++) {
    const r = await as(who, { method: 'GET', url: `/api/v1/simulation-runs/${id}` });
    if (!['reading', 'running'].includes(r.json.status)) return r.json;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the run did not finish');
}

describe('what-if scenarios over HTTP', () => {
  it('refuses a bad scenario with every problem by change and field, in the caller’s language', async () => {
    const r = await as('analyst.demo', {
      method: 'POST',
      url: '/api/v1/scenarios?lang=ko',
      payload: {
        ...SCENARIO,
        changes: [
          { kind: 'parameter', path: 'tax.nothing', value: 1, from: '2016-01-01' },
          { ...SCENARIO.changes[0], from: '2016-02-30' },
        ],
      },
    });
    expect(r.status).toBe(400);
    expect(r.json.problems.map((p: { path: string }) => p.path)).toEqual(['/changes/0/path', '/changes/1/from']);
    expect(r.json.problems[1].message).toContain('2016-02-30');
    expect((await as('analyst.demo', { method: 'GET', url: '/api/v1/scenarios' })).json).toEqual([]);
  });

  it('answers each kind of change with its own fields, as the document says (the web reads them by kind)', async () => {
    const changes = [
      SCENARIO.changes[0],
      { kind: 'measure_off', measure: 'gf2012-14/02.2', from: '2016-01-01' },
      { kind: 'copy_values', source: '2017-01-01', from: '2016-01-01', until: '2016-12-31' },
    ];
    const created = await as('analyst.demo', { method: 'POST', url: '/api/v1/scenarios', payload: { ...SCENARIO, changes } });
    expect(created.status, created.body).toBe(201);
    // `as` has checked each answer against the document; the kinds without a value come back as sent.
    expect(created.json.changes.map((c: { kind: string }) => c.kind)).toEqual(['parameter', 'measure_off', 'copy_values']);
    expect(created.json.changes.slice(1)).toEqual(changes.slice(1));
    const listed = await as('analyst.demo', { method: 'GET', url: '/api/v1/scenarios' });
    expect(listed.json.find((s: { id: string }) => s.id === created.json.id).changes).toEqual(created.json.changes);
    // Not through `as`: a 204 has no body to check.
    const gone = await call(app, {
      method: 'DELETE',
      url: `/api/v1/scenarios/${created.json.id}`,
      headers: { authorization: `Bearer ${tokens.get('analyst.demo')}` },
    });
    expect(gone.status).toBe(204);
  });

  it('saves, shares within the owner’s region and runs a scenario over the registry in the caller’s scope', async () => {
    const created = await as('officer.shandong', { method: 'POST', url: '/api/v1/scenarios', payload: SCENARIO });
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect((await as('officer.qingdao', { method: 'GET', url: `/api/v1/scenarios/${id}` })).status).toBe(404);
    const shared = await as('officer.shandong', { method: 'PUT', url: `/api/v1/scenarios/${id}`, payload: { ...SCENARIO, shared: true } });
    expect(shared.json).toMatchObject({ shared: true, version: 2, owned: true });
    expect((await as('officer.qingdao', { method: 'GET', url: `/api/v1/scenarios/${id}` })).json.owned).toBe(false);
    expect((await as('officer.shenzhen', { method: 'GET', url: `/api/v1/scenarios/${id}` })).status).toBe(404);
    expect((await as('enterprise.demo', { method: 'GET', url: '/api/v1/scenarios' })).status).toBe(403);

    const started = await as('officer.qingdao', { method: 'POST', url: `/api/v1/scenarios/${id}/runs`, payload: {} });
    expect(started.status).toBe(202);
    // Another user does not see the run.
    expect((await as('officer.shandong', { method: 'GET', url: `/api/v1/simulation-runs/${started.json.id}` })).status).toBe(404);
    const done = await poll('officer.qingdao', started.json.id);
    expect(done.status).toBe('completed');
    const result = done.result;
    const input = await store.simulationInput({ scope: { regionPrefix: '3702' }, year: 2016 });
    expect(result.enterprises).toBe(input.n);
    expect(result.totals.enterprises + result.incomplete).toBe(input.n);
    // The sums of the breakdowns are the total.
    const cents = (v: number) => Math.round(v * 100);
    for (const key of ['by_region', 'by_industry_group', 'by_size_class', 'by_measure']) {
      expect(result[key].reduce((a: number, g: { change: number }) => a + cents(g.change), 0)).toBe(cents(result.totals.change));
    }
    expect(result.totals.losers).toBe(0);
    expect(result.largest_changes.length).toBe(Math.min(20, result.totals.gainers));
    for (const c of result.largest_changes) expect(c.explanations[0].measure).toBe('gf2012-14/02.2');
    // The traces as POST /api/v1/trace gives them: labels in the caller's language, the limit in yuan on each side.
    type Node = { label: unknown; parameters: { path: string; value: unknown }[]; children: Node[] };
    const limitIn = (n: Node): unknown[] => [
      ...n.parameters.filter((p) => p.path === LIMIT).map((p) => p.value),
      ...n.children.flatMap(limitIn),
    ];
    const traced = result.largest_changes[0].explanations[0];
    expect(typeof traced.reform.label).toBe('string');
    expect(new Set(limitIn(traced.baseline))).toEqual(new Set([300000]));
    expect(new Set(limitIn(traced.reform))).toEqual(new Set([500000]));

    // Excel: the same figures, amounts and counts as numbers with the shared formats.
    const file = (kind: string, lang: string) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/simulation-runs/${started.json.id}/${kind}?lang=${lang}`,
        headers: { authorization: `Bearer ${tokens.get('officer.qingdao')}` },
      });
    const xlsx = await file('xlsx', 'en');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const total = workbook.worksheets[0].getRow(2);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(3).value).toBe(result.totals.enterprises);
    expect(total.getCell(6).value).toBe(result.totals.change);
    expect(total.getCell(6).numFmt).toBe('#,##0.00');
    expect(total.getCell(9).value).toBe(result.totals.gainers);
    // PDF: a real PDF document in the language asked.
    const pdf = await file('pdf', 'ko');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a simulation run through the API', () => {
  it('reports its progress while it reads the registry and stops on cancel, computing nothing', async () => {
    // The registry read waits for the test: the run is caught while reading, with no race against its end.
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const gated = new Proxy(store, {
      get(target, key) {
        if (key === 'simulationInput') {
          return async (options: Parameters<Store['simulationInput']>[0]) => {
            options.onProgress?.(7);
            await gate;
            return target.simulationInput(options);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const gatedApp = await testApp({ store: gated, authenticate: sessionAuthentication(store) });
    try {
      const headers = { authorization: `Bearer ${tokens.get('analyst.demo')}` };
      const created = await call(gatedApp, { method: 'POST', url: '/api/v1/scenarios', payload: SCENARIO, headers });
      expect(created.status).toBe(201);
      const started = await call(gatedApp, {
        method: 'POST',
        url: `/api/v1/scenarios/${created.json.id}/runs`,
        payload: { year: 2016 },
        headers,
      });
      expect(started.status).toBe(202);
      const url = `/api/v1/simulation-runs/${started.json.id}`;
      const reading = await call(gatedApp, { method: 'GET', url, headers });
      expect(reading.json).toMatchObject({ status: 'reading', done: 0, total: 7, finished_at: null });
      // Another user can neither see nor cancel it.
      const other = { authorization: `Bearer ${tokens.get('officer.qingdao')}` };
      expect((await call(gatedApp, { method: 'DELETE', url, headers: other })).status).toBe(404);
      expect((await call(gatedApp, { method: 'DELETE', url, headers })).status).toBe(200);
      open();
      let run = reading.json;
      for (let i = 0; i < 100 && ['reading', 'running'].includes(run.status); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        run = (await call(gatedApp, { method: 'GET', url, headers })).json;
      }
      expect(run.status).toBe('cancelled');
      expect(run.done).toBe(0);
      expect(run.result).toBeUndefined();
      expect(run.finished_at).not.toBeNull();
      // Nothing to export from a cancelled run.
      expect((await call(gatedApp, { method: 'GET', url: `${url}/pdf`, headers })).status).toBe(409);
    } finally {
      open();
      await gatedApp.close();
    }
  });
});
