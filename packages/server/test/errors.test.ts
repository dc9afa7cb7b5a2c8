import { readFileSync } from 'node:fs';
import { LANGS } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { userScope } from '../src/context/scope.ts';
import { ERROR_CODES, ERRORS } from '../src/errors/catalogue.ts';
import { catalogueTable, documentedTable, ERRORS_DOC } from '../src/errors/errors-doc.ts';
import { get, post, testApp } from './helpers.ts';

describe('the error catalogue', () => {
  it('is documented in docs/errors.md, exactly', () => {
    const page = readFileSync(ERRORS_DOC, 'utf8');
    const documented = documentedTable(page);
    expect(documented, 'docs/errors.md lost its catalogue markers').toBeDefined();
    const codesInPage = [...(documented ?? '').matchAll(/^\| `(XW_ERR_\w+)` \| (\d{3}) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(codesInPage, 'codes and statuses in docs/errors.md').toEqual(ERROR_CODES.map((c) => `${c} ${ERRORS[c].status}`));
    // Messages too; run `node --import tsx packages/server/src/errors/errors-doc.ts` to regenerate the table.
    expect(documented).toBe(catalogueTable());
  });

  it('has a message in every language, with the same placeholders, for every code', () => {
    for (const code of ERROR_CODES) {
      const { message, status } = ERRORS[code];
      expect(code).toMatch(/^XW_ERR_[A-Z_]+$/);
      expect(status).toBeGreaterThanOrEqual(400);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGS) {
        expect(message[lang].trim(), `${code} ${lang}`).not.toBe('');
        expect(names(message[lang]), `${code} ${lang} placeholders`).toEqual(names(message.en));
      }
    }
  });

  it('names only catalogued codes in the source', () => {
    const files = ['app.ts', 'errors/error-handler.ts', 'engine/engine-service.ts', 'http/json-parser.ts', 'routes/health/get-health.ts'];
    for (const f of files) {
      const text = readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/'(XW_ERR_\w+)'/g)) expect(ERROR_CODES, f).toContain(m[1]);
    }
  });
});

describe('error responses', () => {
  it("speak the user's language: ?lang=, then Accept-Language, then zh-CN", async () => {
    const app = await testApp();
    const zh = await get(app, '/api/v1/nowhere');
    expect(zh.json).toEqual({ code: 'XW_ERR_NOT_FOUND', status: 404, message: '找不到“/api/v1/nowhere”' });
    expect(zh.headers['content-language']).toBe('zh-CN');
    const ko = await get(app, '/api/v1/nowhere', { 'accept-language': 'fr-FR, ko;q=0.8, en;q=0.5' });
    expect(ko.json.message).toBe('“/api/v1/nowhere”을(를) 찾을 수 없습니다');
    const en = await get(app, '/api/v1/nowhere?lang=en', { 'accept-language': 'ko' });
    expect(en.json.message).toBe('"/api/v1/nowhere" not found');
    const zhTw = await get(app, '/api/v1/nowhere', { 'accept-language': 'zh-TW' });
    expect(zhTw.headers['content-language']).toBe('zh-CN');
    await app.close();
  });

  it('cover bodies that are too large, of the wrong type, not JSON, not UTF-8, or empty', async () => {
    const app = await testApp({ config: { bodyLimit: 1000 } });
    const url = '/api/v1/classify?period=2013&lang=en';
    const big = await post(app, url, { industry: 'C', name: 'x'.repeat(2000) });
    expect(big.json).toMatchObject({ code: 'XW_ERR_PAYLOAD_TOO_LARGE', status: 413 });
    expect(big.status).toBe(413);
    const xml = await post(app, url, '<enterprise/>', { 'content-type': 'application/xml' });
    expect(xml.json).toMatchObject({ code: 'XW_ERR_UNSUPPORTED_MEDIA_TYPE', status: 415 });
    const broken = await post(app, url, '{"industry": "C",', { 'content-type': 'application/json' });
    expect(broken.json).toMatchObject({ code: 'XW_ERR_MALFORMED_JSON', status: 400 });
    const latin1 = await post(app, url, Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), {
      'content-type': 'application/json',
    });
    expect(latin1.json).toMatchObject({ code: 'XW_ERR_BAD_ENCODING', status: 400 });
    const gbk = await post(app, url, '{"industry":"C"}', { 'content-type': 'application/json; charset=gbk' });
    expect(gbk.json.code).toBe('XW_ERR_BAD_ENCODING');
    const empty = await post(app, url, '', { 'content-type': 'application/json' });
    expect(empty.json).toMatchObject({ code: 'XW_ERR_EMPTY_BODY', status: 400 });
    const none = await app.inject({ method: 'POST', url });
    expect(JSON.parse(none.body).code).toBe('XW_ERR_EMPTY_BODY');
    const proto = await post(app, url, '{"industry":"C","__proto__":{"x":1}}', { 'content-type': 'application/json' });
    expect(proto.json.code).toBe('XW_ERR_MALFORMED_JSON');
    // A UTF-8 byte-order mark is allowed.
    const bom = await post(app, url, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"industry":"C","employees":10}')]), {
      'content-type': 'application/json',
    });
    expect(bom.status).toBe(200);
    await app.close();
  });

  it('turn a bug into XW_ERR_INTERNAL with a request id, never a stack', async () => {
    const app = await testApp();
    app.get('/test/boom', async () => {
      throw new TypeError('secret detail');
    });
    const r = await get(app, '/test/boom?lang=en');
    expect(r.status).toBe(500);
    expect(r.json).toEqual({
      code: 'XW_ERR_INTERNAL',
      status: 500,
      message: `internal error (request id ${r.json.request_id})`,
      request_id: expect.any(String),
    });
    expect(r.body).not.toContain('secret');
    await app.close();
  });

  it('rate-limit with XW_ERR_RATE_LIMITED and Retry-After when a limit is set', async () => {
    const app = await testApp({ config: { rateLimit: { max: 2, timeWindowMs: 60_000 } } });
    for (let i = 0; i < 2; i++) expect((await get(app, '/api/v1/health')).status).toBe(200);
    const r = await get(app, '/api/v1/health?lang=en');
    expect(r.status).toBe(429);
    expect(r.json).toMatchObject({ code: 'XW_ERR_RATE_LIMITED', status: 429 });
    expect(r.json.message).toMatch(/^too many requests; retry in \d+ s$/);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });

  it('check the route access against the request scope (401 / 403)', async () => {
    const app = await testApp({
      authenticate: (request) =>
        request.headers['x-test-user'] === 'officer'
          ? userScope({ id: 'u1', name: 'officer', role: 'officer' }, { regionPrefix: '37' })
          : request.headers['x-test-user'] === 'bank'
            ? userScope({ id: 'u2', name: 'bank', role: 'bank' }, null)
            : undefined,
    });
    app.get('/test/officers', { config: { access: { roles: ['officer', 'admin'] } } }, async (request) => ({ scope: request.scope.data }));
    expect((await get(app, '/test/officers?lang=en')).json).toMatchObject({ code: 'XW_ERR_UNAUTHENTICATED', status: 401 });
    expect((await get(app, '/test/officers', { 'x-test-user': 'bank' })).json).toMatchObject({ code: 'XW_ERR_FORBIDDEN', status: 403 });
    expect((await get(app, '/test/officers', { 'x-test-user': 'officer' })).json).toEqual({ scope: { regionPrefix: '37' } });
    // Engine routes are public.
    expect((await post(app, '/api/v1/classify?period=2013', { industry: 'C', employees: 10 })).status).toBe(200);
    await app.close();
  });
});

describe('the registry without a database', () => {
  it('answers XW_ERR_NOT_READY (503) to a signed-in user', async () => {
    const app = await testApp({ authenticate: () => userScope({ id: 'a', name: 'a', role: 'admin' }, { all: true }) });
    const r = await get(app, '/api/v1/enterprises?lang=en');
    expect(r.json).toEqual({
      code: 'XW_ERR_NOT_READY',
      status: 503,
      message: 'the service is not available: no database (DATABASE_URL=none)',
      request_id: expect.any(String),
    });
    await app.close();
  });
});

describe('security headers', () => {
  it('are set on every response (helmet)', async () => {
    const app = await testApp();
    for (let i = 0; i < 2; i++) {
      const r = await get(app, '/api/v1/health');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['strict-transport-security']).toMatch(/max-age=/);
    }
    const missing = await get(app, '/api/v1/nowhere');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });
});
