import { createStore, type Store, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataScope, type Role, userScope } from '../src/context/scope.ts';
import { call, post, testApp } from './helpers.ts';

/**
 * The importer's region, checked where the rows are written (issue 11): an enterprise of another region
 * created while an import runs is never taken over, and an officer learns nothing of other regions'
 * enterprises beyond "this id is not yours to write" — on import a row problem, on create a conflict
 * that names no region. Over a real SQLite store with the demo registry; `x-test-user: role[:region]`.
 */
let store: Store;
let app: FastifyInstance;
/** Runs just before the store's import (the window in which the old pre-check and the write were apart). */
let beforeImport: (() => Promise<void>) | undefined;

function authenticate(request: FastifyRequest) {
  const header = request.headers['x-test-user'];
  if (typeof header !== 'string') return undefined;
  const [role, region] = header.split(':');
  const data: DataScope = role === 'admin' ? { all: true } : { regionPrefix: region };
  return userScope({ id: `test-${role}-${region ?? ''}`, name: role, role: role as Role }, data);
}
const qingdao = { 'x-test-user': 'officer:3702' };
const shenzhen = { 'x-test-user': 'officer:4403' };

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 40 });
  const racing: Store = {
    ...store,
    importRecords: async (records, options) => {
      await beforeImport?.();
      return store.importRecords(records, options);
    },
  };
  app = await testApp({ store: racing, authenticate });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

function upload(csv: string) {
  const boundary = '----xiaowei-scope';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const HEAD = '统一社会信用代码,企业名称,所属地区,行业,年度,从业人员';

describe('imports are checked against the importer’s region where they write', () => {
  it('an enterprise of another region created after the upload arrived is not taken over: a row problem, nothing written', async () => {
    beforeImport = () =>
      store.enterprises
        .create({ id: 'RACE-0001', name: '深圳竞态企业', regionCode: '440305', industry: 'F52' }, { actor: 'other' })
        .then(() => {});
    try {
      const body = upload([HEAD, 'RACE-0000,青岛企业,370202,F52,2013,12', 'RACE-0001,青岛企业,370202,F52,2013,12'].join('\n'));
      const r = await call(app, { method: 'POST', url: '/api/v1/imports?lang=en', ...body, headers: { ...body.headers, ...qingdao } });
      expect([r.status, r.json.code]).toEqual([422, 'XW_ERR_IMPORT_REJECTED']);
      expect(r.json.problems).toEqual([
        expect.objectContaining({ row: 3, column: '统一社会信用代码', field: 'id', message: expect.not.stringMatching(/44|Shenzhen/) }),
      ]);
    } finally {
      beforeImport = undefined;
    }
    expect(await store.enterprises.get('RACE-0001', { scope: { all: true } })).toMatchObject({ regionCode: '440305', version: 1 });
    await expect(store.enterprises.get('RACE-0000', { scope: { all: true } })).rejects.toThrow(/not found/);
  });

  it('lists an out-of-region id among the other bad rows, in every language, without naming its region', async () => {
    const sz = (await store.enterprises.list({ scope: { regionPrefix: '4403' }, limit: 1 })).items[0];
    const body = upload([HEAD, `${sz.id},改名,370202,F52,2013,12`, 'OK-0001,青岛企业,370202,F52,2013,abc'].join('\n'));
    for (const lang of ['zh-CN', 'ko', 'en']) {
      const r = await call(app, { method: 'POST', url: `/api/v1/imports?lang=${lang}`, ...body, headers: { ...body.headers, ...qingdao } });
      expect([r.status, r.json.code]).toEqual([422, 'XW_ERR_IMPORT_REJECTED']);
      expect(r.json.problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
        [2, 'id'],
        [3, 'employees'],
      ]);
      expect(r.json.problems[0].message).not.toMatch(new RegExp(`${sz.regionCode.slice(0, 4)}|深圳|Shenzhen|선전`));
    }
    expect((await store.enterprises.get(sz.id, { scope: { all: true } })).name).toBe(sz.name);
  });
});

describe('creating an enterprise whose id is taken', () => {
  it('answers the same for an id of the officer’s region and one of another region, naming no region', async () => {
    const own = (await store.enterprises.list({ scope: { regionPrefix: '3702' }, limit: 1 })).items[0];
    const other = (await store.enterprises.list({ scope: { regionPrefix: '4403' }, limit: 1 })).items[0];
    const body = (id: string) => ({ id, name: '新企业', region_code: '370202', industry: 'F52' });
    const a = await post(app, '/api/v1/enterprises?lang=en', body(own.id), qingdao);
    const b = await post(app, '/api/v1/enterprises?lang=en', body(other.id), qingdao);
    expect([a.status, b.status]).toEqual([409, 409]);
    expect(b.json.code).toBe(a.json.code);
    expect(b.json.message.replace(other.id, 'ID')).toBe(a.json.message.replace(own.id, 'ID'));
    expect(b.body).not.toMatch(/4403|440[0-9]{2}|Shenzhen/);
    expect(b.json.problems?.[0]?.field).toBe('id');
    // And the other way round, in Chinese: Shenzhen's officer with a Qingdao id.
    const zh = await post(app, '/api/v1/enterprises', { ...body(own.id), region_code: '440305' }, shenzhen);
    expect([zh.status, zh.json.message]).toEqual([409, `统一社会信用代码“${own.id}”已被登记，不能再以该代码创建企业`]);
  });
});
