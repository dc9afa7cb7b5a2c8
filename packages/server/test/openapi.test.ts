import fastifyAjvCompiler from '@fastify/ajv-compiler';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, testApp } from './helpers.ts';

/** Every route of the service: a test fails when one is added without being listed here and documented. */
const ROUTES: readonly [string, string][] = [
  ['GET', '/api/v1/scenarios'],
  ['POST', '/api/v1/scenarios'],
  ['GET', '/api/v1/scenarios/{id}'],
  ['PUT', '/api/v1/scenarios/{id}'],
  ['DELETE', '/api/v1/scenarios/{id}'],
  ['POST', '/api/v1/scenarios/{id}/runs'],
  ['GET', '/api/v1/simulation-runs/{id}'],
  ['DELETE', '/api/v1/simulation-runs/{id}'],
  ['GET', '/api/v1/simulation-runs/{id}/xlsx'],
  ['GET', '/api/v1/simulation-runs/{id}/pdf'],
  ['GET', '/api/v1/health'],
  ['POST', '/api/v1/classify'],
  ['POST', '/api/v1/evaluate'],
  ['POST', '/api/v1/entitlements'],
  ['POST', '/api/v1/entitlements/pdf'],
  ['POST', '/api/v1/trace'],
  ['POST', '/api/v1/procurement/evaluate'],
  ['GET', '/api/v1/measures'],
  ['GET', '/api/v1/measures/{*}'],
  ['GET', '/api/v1/parameters'],
  ['GET', '/api/v1/parameters/{*}'],
  ['GET', '/api/v1/enterprises'],
  ['POST', '/api/v1/enterprises'],
  ['GET', '/api/v1/enterprises/{id}'],
  ['PUT', '/api/v1/enterprises/{id}'],
  ['DELETE', '/api/v1/enterprises/{id}'],
  ['POST', '/api/v1/imports'],
  ['GET', '/api/v1/imports/{id}'],
  ['GET', '/api/v1/exports'],
  ['GET', '/api/v1/feeds/kinds'],
  ['POST', '/api/v1/feeds/{kind}/batches'],
  ['POST', '/api/v1/feeds/{kind}/uploads'],
  ['GET', '/api/v1/feeds/{kind}/template'],
  ['GET', '/api/v1/feeds/batches'],
  ['GET', '/api/v1/feeds/batches/{id}'],
  ['POST', '/api/v1/auth/login'],
  ['POST', '/api/v1/auth/logout'],
  ['GET', '/api/v1/auth/me'],
  ['GET', '/api/v1/auth/csrf'],
  ['POST', '/api/v1/tokens'],
  ['GET', '/api/v1/tokens'],
  ['DELETE', '/api/v1/tokens/{id}'],
  ['GET', '/api/v1/users'],
  ['POST', '/api/v1/users'],
  ['PUT', '/api/v1/users/{id}'],
  ['GET', '/api/v1/audit'],
  ['GET', '/api/v1/statistics/summary'],
  ['GET', '/api/v1/budget-units'],
  ['POST', '/api/v1/budget-units'],
  ['GET', '/api/v1/budget-units/{id}'],
  ['PUT', '/api/v1/budget-units/{id}'],
  ['PUT', '/api/v1/budget-units/{id}/years/{year}'],
  ['PUT', '/api/v1/budget-units/{id}/years/{year}/shortfall-reason'],
  ['GET', '/api/v1/budget-units/{id}/set-aside/{year}'],
  ['POST', '/api/v1/auth/enterprise-login'],
  ['POST', '/api/v1/auth/enterprise-activate'],
  ['POST', '/api/v1/enterprise-accounts/codes'],
  ['POST', '/api/v1/enterprise-accounts/codes/file'],
  ['GET', '/api/v1/enterprise-accounts/status'],
  ['GET', '/api/v1/applications'],
  ['POST', '/api/v1/applications'],
  ['GET', '/api/v1/applications/measures'],
  ['GET', '/api/v1/applications/form'],
  ['GET', '/api/v1/applications/{id}'],
  ['PUT', '/api/v1/applications/{id}'],
  ['POST', '/api/v1/applications/{id}/submit'],
  ['POST', '/api/v1/applications/{id}/withdraw'],
  ['POST', '/api/v1/applications/{id}/respond'],
  ['POST', '/api/v1/applications/{id}/review'],
  ['POST', '/api/v1/applications/{id}/request-info'],
  ['POST', '/api/v1/applications/{id}/approve'],
  ['POST', '/api/v1/applications/{id}/reject'],
  ['POST', '/api/v1/applications/{id}/pay'],
  ['POST', '/api/v1/applications/{id}/attachments'],
  ['GET', '/api/v1/applications/{id}/attachments/{file}'],
  ['GET', '/api/v1/complaints'],
  ['POST', '/api/v1/complaints'],
  ['GET', '/api/v1/complaints/statistics'],
  ['GET', '/api/v1/complaints/{id}'],
  ['POST', '/api/v1/complaints/{id}/reply'],
  ['POST', '/api/v1/complaints/{id}/rate'],
  ['POST', '/api/v1/complaints/{id}/attachments'],
  ['GET', '/api/v1/complaints/{id}/attachments/{file}'],
  ['GET', '/api/v1/corrections'],
  ['POST', '/api/v1/corrections'],
  ['GET', '/api/v1/corrections/fields'],
  ['GET', '/api/v1/corrections/{id}'],
  ['POST', '/api/v1/corrections/{id}/accept'],
  ['POST', '/api/v1/corrections/{id}/reject'],
  ['GET', '/api/v1/programmes'],
  ['POST', '/api/v1/programmes'],
  ['GET', '/api/v1/programmes/{id}'],
  ['PATCH', '/api/v1/programmes/{id}'],
  ['POST', '/api/v1/programmes/{id}/publish'],
  ['GET', '/api/v1/programmes/{id}/payable'],
  ['GET', '/api/v1/offers'],
  ['GET', '/api/v1/offers/{id}'],
  ['POST', '/api/v1/offers/{id}/confirm'],
  ['POST', '/api/v1/offers/{id}/cancel'],
  ['GET', '/api/v1/objections'],
  ['POST', '/api/v1/objections/{id}/decide'],
  ['GET', '/api/v1/publicity/{id}'],
  ['POST', '/api/v1/publicity/{id}/objections'],
  ['GET', '/api/v1/payment-batches'],
  ['POST', '/api/v1/payment-batches'],
  ['GET', '/api/v1/payment-batches/{id}'],
  ['POST', '/api/v1/payment-batches/{id}/approve'],
  ['GET', '/api/v1/payment-batches/{id}/file'],
  ['POST', '/api/v1/payment-batches/{id}/results'],
  ['GET', '/api/v1/take-up'],
  ['GET', '/api/v1/take-up/file'],
  ['GET', '/api/v1/notifications'],
  ['GET', '/api/v1/notifications/unread-count'],
  ['POST', '/api/v1/notifications/read'],
  ['POST', '/api/v1/notifications/read-all'],
  ['GET', '/api/v1/notifications/settings'],
  ['PUT', '/api/v1/notifications/settings'],
  ['GET', '/api/v1/users/{id}/notification-settings'],
  ['PUT', '/api/v1/users/{id}/notification-settings'],
  ['GET', '/api/v1/notifications/deliveries'],
  ['POST', '/api/v1/notifications/deliveries/{id}/retry'],
  ['GET', '/api/v1/budget-units/{id}/projects'],
  ['POST', '/api/v1/budget-units/{id}/projects'],
  ['PUT', '/api/v1/procurement-projects/{id}'],
  ['DELETE', '/api/v1/procurement-projects/{id}'],
  ['GET', '/api/v1/set-aside/report'],
  ['GET', '/api/v1/set-aside/report/xlsx'],
  ['GET', '/api/v1/set-aside/report/pdf'],
  ['POST', '/api/v1/set-aside/reports'],
  ['GET', '/api/v1/set-aside/reports'],
  ['GET', '/api/v1/set-aside/reports/{id}'],
  ['GET', '/api/v1/set-aside/reports/{id}/xlsx'],
  ['GET', '/api/v1/set-aside/reports/{id}/pdf'],
  ['GET', '/api/v1/bulletins'],
  ['POST', '/api/v1/bulletins'],
  ['GET', '/api/v1/bulletins/{id}'],
  ['DELETE', '/api/v1/bulletins/{id}'],
  ['POST', '/api/v1/bulletins/{id}/review'],
  ['POST', '/api/v1/bulletins/{id}/publish'],
  ['GET', '/api/v1/bulletins/{id}/pdf'],
  ['GET', '/api/v1/public/bulletins'],
  ['GET', '/api/v1/public/bulletins/{id}'],
  ['GET', '/api/v1/public/bulletins/{id}/pdf'],
  ['GET', '/api/v1/public/bulletins/{id}/xlsx'],
  ['GET', '/api/v1/lending/banks'],
  ['POST', '/api/v1/lending/reports'],
  ['GET', '/api/v1/lending/reports'],
  ['POST', '/api/v1/lending/reports/upload'],
  ['GET', '/api/v1/lending/reports/template'],
  ['GET', '/api/v1/lending/reports/{bank}/{year}/{quarter}'],
  ['GET', '/api/v1/lending/dashboard'],
  ['GET', '/api/v1/lending/dashboard/export'],
  ['GET', '/api/v1/lending/dashboard/pdf'],
  ['POST', '/api/v1/lending/loans/upload'],
  ['GET', '/api/v1/lending/loans'],
  ['GET', '/api/v1/lending/loans/export'],
  ['GET', '/api/v1/tenders'],
  ['POST', '/api/v1/tenders'],
  ['POST', '/api/v1/tenders/submit'],
  ['GET', '/api/v1/tenders/legal-range'],
  ['GET', '/api/v1/tenders/bid-template'],
  ['GET', '/api/v1/tenders/{id}'],
  ['PUT', '/api/v1/tenders/{id}'],
  ['DELETE', '/api/v1/tenders/{id}'],
  ['PUT', '/api/v1/tenders/{id}/bids/{bid}'],
  ['DELETE', '/api/v1/tenders/{id}/bids/{bid}'],
  ['POST', '/api/v1/tenders/{id}/bids/import'],
  ['POST', '/api/v1/tenders/{id}/evaluate'],
  ['POST', '/api/v1/tenders/{id}/publish'],
  ['GET', '/api/v1/tenders/{id}/report'],
];

let app: FastifyInstance;
// biome-ignore lint/suspicious/noExplicitAny: the parsed document; the tests assert its shape
let doc: any;

beforeAll(async () => {
  app = await testApp();
  doc = (await get(app, '/api/openapi.json')).json;
});
afterAll(() => app.close());

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const v of node) refs(v, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with an info block and tags', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toMatch(/Xiaowei/);
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.tags.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['engine', 'policy', 'service']));
  });

  it('documents every route, with its parameters, body and responses', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => [m.toUpperCase(), path]));
    expect(documented.sort()).toEqual([...ROUTES].sort());
    for (const [method, path] of ROUTES) {
      const op = doc.paths[path][method.toLowerCase()];
      expect(op.summary, `${method} ${path} summary`).toBeTruthy();
      expect(op.tags?.length, `${method} ${path} tags`).toBeGreaterThan(0);
      const success = Object.keys(op.responses).find((code) => /^2\d\d$/.test(code)) as string;
      expect(success, `${method} ${path} success response`).toBeDefined();
      if (success !== '204')
        expect(Object.values(op.responses[success].content)[0], `${method} ${path} ${success}`).toHaveProperty('schema');
      expect(op.responses['4XX'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
      expect(op.responses['5XX']).toBeDefined();
      const params = op.parameters ?? [];
      expect(
        params.map((p: { name: string }) => p.name),
        `${method} ${path} lang`,
      ).toContain('lang');
      for (const p of params) {
        expect(['query', 'path', 'header', 'cookie']).toContain(p.in);
        expect(p.schema).toBeDefined();
        if (p.in === 'path') expect(path).toContain(`{${p.name}}`);
      }
      // Sign-out takes no body.
      if ((method === 'POST' || method === 'PUT') && path !== '/api/v1/auth/logout')
        expect(Object.values(op.requestBody?.content ?? { none: {} })[0], `${method} ${path} body`).toHaveProperty('schema');
    }
  });

  it('documents only routes the service serves', () => {
    for (const [method, path] of ROUTES) {
      expect(
        app.hasRoute({ method: method as 'GET', url: path.replace('{*}', '*').replace(/\{(\w+)\}/g, ':$1') }),
        `${method} ${path}`,
      ).toBe(true);
    }
  });

  it('resolves every reference and compiles every schema', () => {
    for (const r of refs(doc)) {
      expect(r, 'a local reference').toMatch(/^#\/components\/schemas\/[\w.-]+$/);
      expect(doc.components.schemas[r.split('/').pop() as string], r).toBeDefined();
    }
    const compile = fastifyAjvCompiler()({}, { customOptions: { strict: false, allowUnionTypes: true } });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => compile({ schema: { ...doc, $id: `check-${name}`, $ref: `#/components/schemas/${name}` } }), name).not.toThrow();
    }
  });

  it('describes the enterprise fields with their labels and types', () => {
    const e = doc.components.schemas.Enterprise;
    // One value, or values keyed by year ({"2014": …}) as the CLI reads them.
    expect(e.properties.revenue.type).toEqual(['number', 'string', 'null', 'object']);
    expect(e.properties.revenue.additionalProperties.type).toEqual(['number', 'string', 'null']);
    expect(e.properties.revenue.description).toMatch(/By year as well/);
    expect(e.properties.revenue.description).toMatch(/Revenue/);
    expect(e.properties.industry.description).toMatch(/Required/);
    expect(doc.components.schemas.EnterpriseInput.properties.enterprises.maxItems).toBe(10000);
  });

  it('is browsable at /api/docs', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const json = await get(app, '/api/docs/json');
    expect(json.json.openapi).toBe('3.1.0');
  });
});
