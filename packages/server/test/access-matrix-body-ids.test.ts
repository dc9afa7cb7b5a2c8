import { createStore, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, testApp } from './helpers.ts';

/**
 * The access matrix, continued (issue 11): every route that takes an id in its BODY — a tender's project, a
 * project's own id, a bank of a lending report or loan record, an enterprise's id — asked by each party with
 * the id of another party's record. Each cell states the status, and after every request the other party's
 * record is checked unchanged; a refusal never names the other party's region (beyond echoing the id sent). (The route matrix by URL is in
 * access-matrix.test.ts.)
 */
type Who = 'proc' | 'o3702' | 'o4403' | 'bank' | 'ent' | 'admin';
const USERNAME: Record<Who, string> = {
  proc: 'procurement.demo',
  o3702: 'officer.qingdao',
  o4403: 'officer.shenzhen',
  bank: 'bank.demo',
  ent: 'enterprise.demo',
  admin: 'admin',
};
const WHO = Object.keys(USERNAME) as Who[];

let store: Store;
let app: FastifyInstance;
const tokens = new Map<Who, string>();
let n = 0;

/** Another unit's project (Shenzhen), another bank (Shenzhen), another region's enterprise (Shenzhen). */
const SZ_UNIT = 'BU-DEMO-440300';
const SZ_PROJECT = `${SZ_UNIT}-2013-P1`;
const QD_UNIT = 'BU-DEMO-370200';
const SZ_BANK = 'BANK-SZ-01';
let szEnterprise = '';

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  await seedDemo(store, { enterprises: 60 });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  for (const who of WHO) {
    const user = await store.users.findByUsername(USERNAME[who]);
    if (!user) throw new Error(USERNAME[who]);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'matrix' }, { actor: SYSTEM_ACTOR });
    tokens.set(who, token);
  }
  szEnterprise = (await store.enterprises.list({ scope: { regionPrefix: '4403' }, limit: 1 })).items[0].id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const multipart = (name: string, lines: string[]) => {
  const boundary = '----xiaowei-body-ids';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${lines.join('\n')}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

/** The other party's records as they must stay. */
async function otherParty() {
  const project = await store.procurementProjects.get(SZ_PROJECT, { scope: { all: true } });
  const loans = await store.loanRecords.list({ scope: { all: true }, bankId: SZ_BANK });
  const reports = await store.lendingReports.list({ scope: { all: true }, bankId: SZ_BANK });
  const enterprise = await store.enterprises.get(szEnterprise, { scope: { all: true } });
  return JSON.stringify({ project, loans: loans.length, reports: reports.map((r) => [r.year, r.quarter, r.submittedAt]), enterprise });
}

interface Case {
  readonly name: string;
  /** Status by user; users not listed are not asked. */
  readonly expect: Partial<Record<Who, number>>;
  readonly request: (k: number) => InjectOptions;
}

const LENDING = {
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

const CASES: readonly Case[] = [
  {
    name: 'create a tender naming another unit’s project',
    // "not a project of this unit": the same answer for a project that does not exist.
    expect: { proc: 400, o4403: 403, bank: 403 },
    request: (k) => ({
      method: 'POST',
      url: '/api/v1/tenders',
      payload: { id: `BX-T-${k}`, name: '越权采购', date: '2013-05-10', method: 'lowest_price', project_id: SZ_PROJECT },
    }),
  },
  {
    name: 'submit a tender (e-procurement API) naming another unit’s project',
    expect: { proc: 400 },
    request: (k) => ({
      method: 'POST',
      url: '/api/v1/tenders/submit',
      payload: {
        id: `BX-S-${k}`,
        name: '越权采购',
        date: '2013-05-10',
        method: 'lowest_price',
        deduction_rate: '0.06',
        project_id: SZ_PROJECT,
        bids: [{ id: 'B1', supplier_name: '甲', price: 1000, size_class: 'small' }],
      },
    }),
  },
  {
    name: 'point a draft tender at another unit’s project',
    expect: { proc: 404, o4403: 403 },
    request: () => ({ method: 'PUT', url: '/api/v1/tenders/TD-DEMO-2014-01', payload: { project_id: SZ_PROJECT } }),
  },
  {
    name: 'add a project whose id is another unit’s project',
    expect: { proc: 409, o3702: 409, admin: 409 },
    request: () => ({
      method: 'POST',
      url: `/api/v1/budget-units/${QD_UNIT}/projects`,
      payload: { id: SZ_PROJECT, year: 2013, name: '越权项目', budget: '1', reserved_for: 'none' },
    }),
  },
  {
    name: 'file a quarterly report for another bank',
    expect: { bank: 422, o4403: 403, proc: 403 },
    request: () => ({ method: 'POST', url: '/api/v1/lending/reports', payload: { bank_id: SZ_BANK, year: 2016, quarter: 1, ...LENDING } }),
  },
  {
    name: 'upload quarterly reports for another bank',
    expect: { bank: 422, o4403: 403 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/lending/reports/upload',
      ...multipart('r.csv', [
        `bank_id,year,quarter,${Object.keys(LENDING).join(',')}`,
        `${SZ_BANK},2016,1,${Object.values(LENDING).join(',')}`,
      ]),
    }),
  },
  {
    name: 'upload loan records for another bank',
    expect: { bank: 422, o4403: 403 },
    request: (k) => ({
      method: 'POST',
      url: '/api/v1/lending/loans/upload',
      ...multipart('l.csv', [
        'bank_id,contract_id,borrower_credit_code,borrower_name,borrower_size_class,signed,amount',
        `${SZ_BANK},BX-L-${k},91370200MA00000001,越权借款人,small,2013-05-01,1000000`,
      ]),
    }),
  },
  {
    name: 'create an enterprise whose id another region holds',
    expect: { o3702: 409, ent: 403, proc: 403 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: { id: szEnterprise, name: '越权企业', region_code: '370202', industry: 'F52' },
    }),
  },
];

describe('ids in request bodies never reach another party’s records', () => {
  for (const c of CASES) {
    for (const [who, status] of Object.entries(c.expect) as [Who, number][]) {
      it(`${c.name}: ${USERNAME[who]} → ${status}`, async () => {
        const before = await otherParty();
        const options = c.request(++n);
        const r = await call(app, {
          ...options,
          headers: { ...(options.headers as Record<string, string>), authorization: `Bearer ${tokens.get(who)}` },
        });
        expect(r.status, r.body.slice(0, 300)).toBe(status);
        // Beyond echoing the id the request itself sent, nothing of the other party (its region, its name).
        const echoed = r.body.replaceAll(SZ_PROJECT, '').replaceAll(SZ_BANK, '').replaceAll(szEnterprise, '');
        if (who !== 'admin') expect(echoed).not.toMatch(/4403|440300|440305|Shenzhen|深圳|선전/);
        expect(await otherParty()).toBe(before);
      });
    }
  }
});
