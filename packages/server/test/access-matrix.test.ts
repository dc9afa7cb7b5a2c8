import { createStore, DEMO_USERS, type Store, SYSTEM_ACTOR, seedDemo } from '@xiaowei/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { newToken, sessionAuthentication } from '../src/auth/session-auth.ts';
import { call, testApp } from './helpers.ts';

/**
 * Who may read or change what: every demo user (and nobody) × every registry, user and audit route,
 * against a real SQLite store seeded with the demo registry. The expected status of each cell is
 * declared in {@link MATRIX}; the test generates one request per cell. Users sign in with API tokens
 * (sessions and CSRF are covered in auth.test.ts); mutations act on a fresh enterprise per cell.
 */

type Who = 'anon' | 'ent' | 'o37' | 'o3702' | 'o4403' | 'proc' | 'bank' | 'prov' | 'analyst' | 'admin' | 'dept';
const WHO: readonly Who[] = ['anon', 'ent', 'o37', 'o3702', 'o4403', 'proc', 'bank', 'prov', 'analyst', 'admin', 'dept'];
const USERNAME: Record<Exclude<Who, 'anon'>, string> = {
  ent: 'enterprise.demo',
  o37: 'officer.shandong',
  o3702: 'officer.qingdao',
  o4403: 'officer.shenzhen',
  proc: 'procurement.demo',
  bank: 'bank.demo',
  prov: 'provider.demo',
  analyst: 'analyst.demo',
  admin: 'admin',
  // Human resources and social security, Qingdao (a department user: feeds, scoped by region; issue 13 §2).
  dept: 'hr.qd',
};

/** Statuses by user; `_` is everybody signed in not listed (anonymous is always 401). */
type Row = Partial<Record<Who | '_', number>>;
const NO_REGISTRY = { proc: 403, bank: 403, prov: 403, dept: 403 };
const READ = (ent: number, o37: number, o3702: number, o4403: number): Row => ({
  ent,
  o37,
  o3702,
  o4403,
  analyst: 200,
  admin: 200,
  ...NO_REGISTRY,
});
const WRITE = (ok: number, o37: number, o3702: number, o4403: number): Row => ({
  _: 403,
  o37,
  o3702,
  o4403,
  admin: ok,
});

/** Places: Qingdao (3702, the enterprise user's own), Jinan-or-other Shandong (37, not 3702), Shenzhen (4403). */
type Place = 'qd' | 'sd' | 'sz';
interface Case {
  readonly name: string;
  readonly expect: Row;
  /** The request, given a fresh enterprise id in the case's place (when `place` is set) and the demo ids. */
  readonly request: (ctx: Ctx) => InjectOptions;
  readonly place?: Place;
}
interface Ctx {
  readonly fresh: string;
  readonly own: string;
  readonly sd: string;
  readonly sz: string;
  readonly region: Record<Place, string>;
  readonly n: number;
  readonly userIds: Readonly<Record<string, string>>;
  /** Programmes (issue 13 §3): human resources in Qingdao (with one offer), tax in Qingdao (with offers), human resources in Shenzhen. */
  readonly programmes: { readonly hrQd: string; readonly taxQd: string; readonly hrSz: string };
  /** An offer of each Qingdao programme (to an enterprise other than the enterprise user's). */
  readonly offers: { readonly hrQd: string; readonly taxQd: string };
}

const csv = (rows: string[]) => {
  const boundary = '----xiaowei-matrix';
  const body = ['id,name,region,industry,year,从业人员', ...rows].join('\n');
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.csv"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

/** A consistent quarterly lending report (yuan): small/micro growth 10% vs all loans 5%. */
const LENDING_REPORT = {
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
const upload = (name: string, lines: string[]): InjectOptions => {
  const boundary = '----xiaowei-matrix';
  return {
    method: 'POST',
    url: name.startsWith('l') ? '/api/v1/lending/loans/upload' : '/api/v1/lending/reports/upload',
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${lines.join('\n')}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

const FEED_HIRE = (enterprise: string) => ({
  enterprise_id: enterprise,
  year: 2013,
  hire_id: 'MX-H',
  hire_date: '2013-07-01',
  graduation_year: 2013,
  contract_months: 12,
});
const FEED_READERS: Row = { _: 403, dept: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 };

const MATRIX: readonly Case[] = [
  // Department data feeds (issue 13 §2).
  { name: 'feed kinds', expect: { _: 403, dept: 200, admin: 200 }, request: () => ({ method: 'GET', url: '/api/v1/feeds/kinds' }) },
  {
    name: 'feed graduate hires of the own Qingdao enterprise',
    expect: { _: 403, dept: 201, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/feeds/graduate_hires/batches',
      payload: { batch_id: `mx-${c.n}`, rows: [FEED_HIRE(c.own)] },
    }),
  },
  {
    name: 'feed graduate hires of a Shenzhen enterprise',
    expect: { _: 403, dept: 422, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/feeds/graduate_hires/batches',
      payload: { batch_id: `mx-${c.n}`, rows: [FEED_HIRE(c.sz)] },
    }),
  },
  {
    name: 'feed R&D spend (the tax department’s kind)',
    expect: { _: 403, dept: 403, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/feeds/rd_donations/batches',
      payload: { batch_id: `mx-${c.n}`, rows: [{ enterprise_id: c.own, year: 2013, rd_expensed_costs: '1000' }] },
    }),
  },
  { name: 'list feed batches', expect: FEED_READERS, request: () => ({ method: 'GET', url: '/api/v1/feeds/batches' }) },
  { name: 'a feed template', expect: FEED_READERS, request: () => ({ method: 'GET', url: '/api/v1/feeds/graduate_hires/template' }) },
  {
    name: 'a feed batch that is not there',
    expect: { _: 403, dept: 404, o37: 404, o3702: 404, o4403: 404, analyst: 404, admin: 404 },
    request: () => ({ method: 'GET', url: '/api/v1/feeds/batches/no-such-batch' }),
  },
  // Proactive delivery (issue 13 §3–4): programmes, offers, objections, batches, take-up, the public publicity page.
  {
    name: 'list programmes',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/programmes' }),
  },
  // A department user reads its own department's programmes of its region (hr.qd: human resources, Qingdao), their
  // offers and take-up; another department's or region's programme is not found, as outside a scope everywhere.
  {
    name: 'a human-resources Qingdao programme',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200, dept: 200 },
    request: (c) => ({ method: 'GET', url: `/api/v1/programmes/${c.programmes.hrQd}` }),
  },
  {
    name: 'a tax Qingdao programme',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200, dept: 404 },
    request: (c) => ({ method: 'GET', url: `/api/v1/programmes/${c.programmes.taxQd}` }),
  },
  {
    name: 'a human-resources Shenzhen programme',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 200, analyst: 200, admin: 200, dept: 404 },
    request: (c) => ({ method: 'GET', url: `/api/v1/programmes/${c.programmes.hrSz}` }),
  },
  {
    name: 'an offer of the human-resources Qingdao programme',
    expect: { _: 403, ent: 404, o37: 200, o3702: 200, o4403: 404, admin: 200, dept: 200 },
    request: (c) => ({ method: 'GET', url: `/api/v1/offers/${c.offers.hrQd}` }),
  },
  {
    name: 'an offer of the tax Qingdao programme',
    expect: { _: 403, ent: 404, o37: 200, o3702: 200, o4403: 404, admin: 200, dept: 404 },
    request: (c) => ({ method: 'GET', url: `/api/v1/offers/${c.offers.taxQd}` }),
  },
  {
    name: 'change the budget of the human-resources Qingdao programme',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 404, admin: 200 },
    request: (c) => ({ method: 'PATCH', url: `/api/v1/programmes/${c.programmes.hrQd}`, payload: { budget: `${100000 + c.n}` } }),
  },
  {
    name: 'publish the human-resources Qingdao programme (nothing confirmed)',
    expect: { _: 403, o37: 400, o3702: 400, o4403: 404, admin: 400 },
    request: (c) => ({ method: 'POST', url: `/api/v1/programmes/${c.programmes.hrQd}/publish`, payload: {} }),
  },
  {
    name: 'a payment batch of the human-resources Qingdao programme (nothing payable)',
    expect: { _: 403, o37: 400, o3702: 400, o4403: 404, admin: 400 },
    request: (c) => ({ method: 'POST', url: '/api/v1/payment-batches', payload: { programme_id: c.programmes.hrQd } }),
  },
  {
    name: 'take-up of the programmes as Excel',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/take-up/file?format=xlsx' }),
  },
  {
    name: 'create a Qingdao programme',
    expect: { _: 403, o37: 201, o3702: 201, o4403: 400, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/programmes',
      payload: {
        name: `矩阵项目 ${c.n}`,
        measure: 'gf2012-14/02.2',
        department: 'tax',
        region_code: '3702',
        year: 2015,
        budget: '1000',
        publicity_days: 5,
      },
    }),
  },
  {
    name: 'list offers',
    expect: { _: 403, ent: 200, o37: 200, o3702: 200, o4403: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/offers' }),
  },
  {
    name: 'confirm an offer nobody has',
    expect: { _: 403, ent: 404 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/offers/MX-NO-OFFER/confirm',
      payload: { account_name: 'a', bank_name: 'b', account_number: '12345678' },
    }),
  },
  {
    name: 'list objections',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/objections' }),
  },
  {
    name: 'list payment batches',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/payment-batches' }),
  },
  {
    name: 'take-up',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/take-up' }),
  },
  {
    name: 'the public publicity page of an unknown programme',
    expect: { anon: 404, _: 404 },
    request: () => ({ method: 'GET', url: '/api/v1/publicity/MX-NO-PROGRAMME' }),
  },
  // Enterprise accounts and correction requests (issue 13 §1).
  {
    name: 'issue an activation code for a Shandong (not Qingdao) enterprise',
    expect: { _: 403, o37: 201, o3702: 404, o4403: 404, admin: 201 },
    request: (c) => ({ method: 'POST', url: '/api/v1/enterprise-accounts/codes', payload: { enterprise_ids: [c.sd] } }),
  },
  {
    name: 'account status of the own Qingdao enterprise',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: (c) => ({ method: 'GET', url: `/api/v1/enterprise-accounts/status?ids=${c.own}` }),
  },
  {
    name: 'list correction requests',
    expect: { _: 403, ent: 200, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/corrections' }),
  },
  {
    name: 'request a correction of the own enterprise',
    expect: { _: 403, ent: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/corrections',
      payload: { field: 'name', proposed_value: `矩阵改名 ${c.n}`, reason: '矩阵' },
    }),
  },
  {
    name: 'accept a correction request that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, admin: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/corrections/no-such-request/accept', payload: {} }),
  },
  // Applications and complaints (issue 14 §1, §2): transitions of the wrong role are 403 before anything is read.
  {
    name: 'measures open to applications',
    expect: { _: 403, ent: 200, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/applications/measures' }),
  },
  {
    name: 'list applications',
    expect: { _: 403, ent: 200, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/applications?sort=due' }),
  },
  {
    name: 'start an application of the own enterprise',
    expect: { _: 403, ent: 201 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { measure: 'gf2012-14/28', year: 2026, values: { purpose: '矩阵' } },
    }),
  },
  {
    name: 'submit an application that is not there',
    expect: { _: 403, ent: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/applications/no-such-application/submit', payload: {} }),
  },
  {
    name: 'approve an application that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, admin: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/applications/no-such-application/approve', payload: { reason: '矩阵' } }),
  },
  {
    name: 'list complaints',
    // A department user sees its own department's complaints of its region (none for human resources).
    expect: { _: 403, ent: 200, o37: 200, o3702: 200, o4403: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/complaints' }),
  },
  {
    name: 'file a complaint of the own enterprise',
    expect: { _: 403, ent: 201 },
    request: () => ({ method: 'POST', url: '/api/v1/complaints', payload: { type: 'fee', respondent: '矩阵', body: '矩阵' } }),
  },
  {
    name: 'reply to a complaint that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, admin: 404, dept: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/complaints/no-such-complaint/reply', payload: { reply: '矩阵' } }),
  },
  {
    name: 'rate a complaint that is not there',
    expect: { _: 403, ent: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/complaints/no-such-complaint/rate', payload: { rating: 3 } }),
  },
  {
    name: 'complaint statistics',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200, dept: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/complaints/statistics' }),
  },
  { name: 'list enterprises', expect: READ(200, 200, 200, 200), request: () => ({ method: 'GET', url: '/api/v1/enterprises' }) },
  {
    name: 'get own Qingdao enterprise',
    expect: READ(200, 200, 200, 404),
    request: (c) => ({ method: 'GET', url: `/api/v1/enterprises/${c.own}` }),
  },
  {
    name: 'get Shandong (not Qingdao) enterprise',
    expect: READ(404, 200, 404, 404),
    request: (c) => ({ method: 'GET', url: `/api/v1/enterprises/${c.sd}` }),
  },
  {
    name: 'get Shenzhen enterprise',
    expect: READ(404, 404, 404, 200),
    request: (c) => ({ method: 'GET', url: `/api/v1/enterprises/${c.sz}` }),
  },
  {
    name: 'create in Qingdao',
    expect: WRITE(201, 201, 201, 403),
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: { id: `MX-C-${c.n}`, name: `矩阵 ${c.n}`, region_code: c.region.qd, industry: 'C' },
    }),
  },
  {
    name: 'create in Shenzhen',
    expect: WRITE(201, 403, 403, 201),
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/enterprises',
      payload: { id: `MX-C-${c.n}`, name: `矩阵 ${c.n}`, region_code: c.region.sz, industry: 'C' },
    }),
  },
  {
    name: 'update in Qingdao',
    place: 'qd',
    expect: WRITE(200, 200, 200, 404),
    request: (c) => ({ method: 'PUT', url: `/api/v1/enterprises/${c.fresh}`, payload: { name: '改名' } }),
  },
  {
    name: 'update in Shenzhen',
    place: 'sz',
    expect: WRITE(200, 404, 404, 200),
    request: (c) => ({ method: 'PUT', url: `/api/v1/enterprises/${c.fresh}`, payload: { name: '改名' } }),
  },
  {
    name: 'move a Qingdao enterprise to Shenzhen',
    place: 'qd',
    expect: WRITE(200, 403, 403, 404),
    request: (c) => ({ method: 'PUT', url: `/api/v1/enterprises/${c.fresh}`, payload: { region_code: c.region.sz } }),
  },
  {
    name: 'delete in Qingdao',
    place: 'qd',
    expect: WRITE(204, 204, 204, 404),
    request: (c) => ({ method: 'DELETE', url: `/api/v1/enterprises/${c.fresh}` }),
  },
  {
    name: 'delete in Shenzhen',
    place: 'sz',
    expect: WRITE(204, 404, 404, 204),
    request: (c) => ({ method: 'DELETE', url: `/api/v1/enterprises/${c.fresh}` }),
  },
  {
    name: 'import rows in Qingdao',
    // Outside the importer's region: a rejected row (checked in the import's transaction), not a 403.
    expect: WRITE(201, 201, 201, 422),
    request: (c) => ({ method: 'POST', url: '/api/v1/imports', ...csv([`MX-I-${c.n},导入 ${c.n},${c.region.qd},F52,2013,12`]) }),
  },
  {
    name: 'import a row overwriting a Shenzhen enterprise (as Qingdao)',
    place: 'sz',
    expect: WRITE(201, 422, 422, 422),
    request: (c) => ({ method: 'POST', url: '/api/v1/imports', ...csv([`${c.fresh},导入 ${c.n},${c.region.qd},F52,2013,12`]) }),
  },
  {
    name: 'export',
    expect: { ...READ(403, 200, 200, 200) },
    request: () => ({ method: 'GET', url: '/api/v1/exports?format=csv' }),
  },
  {
    name: 'audit log',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/audit' }),
  },
  {
    name: 'list users',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/users' }),
  },
  {
    name: 'create a user',
    expect: { _: 403, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: `mx.user.${c.n}`, password: 'correct horse battery', role: 'analyst', display_name: 'M' },
    }),
  },
  {
    name: 'statistics summary',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/statistics/summary?year=2015' }),
  },
  // Budget units and the set-aside (item 05): a procurement user reaches its own unit (BU-DEMO-370200, Qingdao),
  // officers the units of their region, analysts read all; writes by the unit, the region's officers, admins.
  {
    name: 'list budget units',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units' }),
  },
  {
    name: 'get the own Qingdao budget unit',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units/BU-DEMO-370200' }),
  },
  {
    name: 'get a Jinan budget unit',
    expect: { _: 403, proc: 404, o37: 200, o3702: 404, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units/BU-DEMO-370100' }),
  },
  {
    name: 'get a Shenzhen budget unit',
    expect: { _: 403, proc: 404, o37: 404, o3702: 404, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units/BU-DEMO-440300' }),
  },
  {
    name: 'set-aside status of the Qingdao unit',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units/BU-DEMO-370200/set-aside/2013' }),
  },
  {
    name: 'projects of the Shenzhen unit',
    expect: { _: 403, proc: 404, o37: 404, o3702: 404, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/budget-units/BU-DEMO-440300/projects' }),
  },
  {
    name: 'record a year of the Qingdao unit',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 404, admin: 200 },
    request: (c) => ({
      method: 'PUT',
      url: `/api/v1/budget-units/BU-DEMO-370200/years/${2016 + (c.n % 80)}`,
      payload: { procurement_budget: '1000' },
    }),
  },
  {
    name: 'record a year of the Shenzhen unit',
    expect: { _: 403, proc: 404, o37: 404, o3702: 404, o4403: 200, admin: 200 },
    request: (c) => ({
      method: 'PUT',
      url: `/api/v1/budget-units/BU-DEMO-440300/years/${2016 + (c.n % 80)}`,
      payload: { procurement_budget: '1000' },
    }),
  },
  {
    name: 'add a project to the Qingdao unit',
    expect: { _: 403, proc: 201, o37: 201, o3702: 201, o4403: 404, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/budget-units/BU-DEMO-370200/projects',
      payload: { id: `MX-P-${c.n}`, year: 2013, name: `矩阵项目 ${c.n}`, budget: '1', reserved_for: 'none' },
    }),
  },
  {
    name: 'add a project to the Shenzhen unit',
    expect: { _: 403, proc: 404, o37: 404, o3702: 404, o4403: 201, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/budget-units/BU-DEMO-440300/projects',
      payload: { id: `MX-P-${c.n}`, year: 2013, name: `矩阵项目 ${c.n}`, budget: '1', reserved_for: 'none' },
    }),
  },
  {
    name: 'create a budget unit in Qingdao',
    expect: { _: 403, o37: 201, o3702: 201, o4403: 403, admin: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/budget-units',
      payload: { id: `MX-BU-${c.n}`, name: `矩阵单位 ${c.n}`, region_code: '370202' },
    }),
  },
  {
    name: 'record a shortfall reason of the Qingdao unit',
    expect: { _: 403, proc: 200, admin: 200 },
    request: (c) => ({
      method: 'PUT',
      url: '/api/v1/budget-units/BU-DEMO-370200/years/2015/shortfall-reason',
      payload: { reason: `原因 ${c.n}` },
    }),
  },
  {
    name: 'record a shortfall reason of the Shenzhen unit',
    expect: { _: 403, proc: 404, admin: 200 },
    request: (c) => ({
      method: 'PUT',
      url: '/api/v1/budget-units/BU-DEMO-440300/years/2014/shortfall-reason',
      payload: { reason: `原因 ${c.n}` },
    }),
  },
  {
    name: 'regional set-aside report',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/set-aside/report?year=2013' }),
  },
  {
    name: 'regional set-aside report as Excel',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/set-aside/report/xlsx?year=2013' }),
  },
  {
    name: 'regional set-aside report as PDF',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/set-aside/report/pdf?year=2013' }),
  },
  {
    name: 'publish the set-aside report',
    expect: { _: 403, o37: 201, o3702: 201, o4403: 201, admin: 201 },
    request: () => ({ method: 'POST', url: '/api/v1/set-aside/reports', payload: { year: 2013 } }),
  },
  {
    name: 'published set-aside reports',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/set-aside/reports' }),
  },
  // Statistics bulletins (issue 15 §2): officers of the region, analysts and admins; the archive is public.
  {
    name: 'list bulletins',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/bulletins' }),
  },
  {
    name: 'generate a Shandong bulletin',
    expect: { _: 403, o37: 201, o3702: 404, o4403: 404, analyst: 201, admin: 201 },
    request: () => ({ method: 'POST', url: '/api/v1/bulletins', payload: { period: '2013-Q1', region: '37' } }),
  },
  {
    name: 'review a bulletin that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, analyst: 404, admin: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/bulletins/no-such-bulletin/review', payload: {} }),
  },
  {
    name: 'publish a bulletin that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, analyst: 404, admin: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/bulletins/no-such-bulletin/publish', payload: {} }),
  },
  {
    name: 'a bulletin that is not there, and its PDF',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, analyst: 404, admin: 404 },
    request: () => ({ method: 'GET', url: '/api/v1/bulletins/no-such-bulletin/pdf' }),
  },
  {
    name: 'discard a bulletin that is not there',
    expect: { _: 403, o37: 404, o3702: 404, o4403: 404, analyst: 404, admin: 404 },
    request: () => ({ method: 'DELETE', url: '/api/v1/bulletins/no-such-bulletin' }),
  },
  {
    name: 'the public bulletin archive',
    expect: { _: 200, anon: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/public/bulletins' }),
  },
  {
    name: 'a public bulletin that is not published',
    expect: { _: 404, anon: 404 },
    request: () => ({ method: 'GET', url: '/api/v1/public/bulletins/no-such-bulletin' }),
  },
  // Lending (issue 6): a bank reads and files its own; officers read the banks of their region; analysts and admins all.
  {
    name: 'list lending reports',
    expect: { _: 403, bank: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/reports' }),
  },
  {
    name: 'get the Qingdao demo bank’s report',
    expect: { _: 403, bank: 200, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/reports/BANK-DEMO-01/2013/2' }),
  },
  {
    name: 'get a Shenzhen bank’s report',
    expect: { _: 403, bank: 404, o37: 404, o3702: 404, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/reports/BANK-SZ-01/2013/2' }),
  },
  {
    name: 'file a quarter for the demo bank',
    expect: { _: 403, bank: 201, admin: 201 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/lending/reports',
      payload: { bank_id: 'BANK-DEMO-01', year: 2014, quarter: 2, ...LENDING_REPORT },
    }),
  },
  {
    name: 'file a quarter for a Shenzhen bank',
    expect: { _: 403, bank: 422, admin: 201 },
    request: () => ({
      method: 'POST',
      url: '/api/v1/lending/reports',
      payload: { bank_id: 'BANK-SZ-01', year: 2014, quarter: 2, ...LENDING_REPORT },
    }),
  },
  {
    name: 'upload lending reports',
    expect: { _: 403, bank: 201, admin: 201 },
    request: () =>
      upload('r.csv', [
        ['bank_id', 'year', 'quarter', ...Object.keys(LENDING_REPORT)].join(','),
        ['BANK-DEMO-01', 2014, 3, ...Object.values(LENDING_REPORT)].join(','),
      ]),
  },
  {
    name: 'lending report template',
    expect: { _: 403, bank: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/reports/template' }),
  },
  {
    name: 'lending dashboard',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/dashboard' }),
  },
  {
    name: 'lending dashboard export',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/dashboard/export' }),
  },
  {
    name: 'lending dashboard PDF',
    expect: { _: 403, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/dashboard/pdf' }),
  },
  {
    name: 'list banks',
    expect: { _: 403, bank: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/banks' }),
  },
  {
    name: 'list loan records',
    expect: { _: 403, bank: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/loans' }),
  },
  {
    name: 'export loan records',
    expect: { _: 403, bank: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/lending/loans/export' }),
  },
  {
    name: 'upload loan records',
    expect: { _: 403, bank: 201, admin: 201 },
    request: (c) =>
      upload('l.csv', [
        'bank_id,contract_id,borrower_credit_code,borrower_name,borrower_size_class,signed,amount',
        `BANK-DEMO-01,MX-L-${c.n},91370200MA00000001,矩阵借款人,small,2013-05-01,1000000`,
      ]),
  },
  // Tenders (item 05): the unit's procurement staff read and change their unit's tenders (BU-DEMO-370200, Qingdao);
  // officers read those of their region, analysts and admins all; nobody else. TD-DEMO-2014-01 is a draft,
  // TD-DEMO-2015-01 published (seed-tenders.ts).
  {
    name: 'list tenders',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/tenders' }),
  },
  {
    name: 'get a Qingdao tender',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/tenders/TD-DEMO-2013-01' }),
  },
  {
    name: 'tender evaluation report',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 404, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/tenders/TD-DEMO-2015-01/report' }),
  },
  {
    name: 'tender legal deduction range',
    expect: { _: 403, proc: 200, o37: 200, o3702: 200, o4403: 200, analyst: 200, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/tenders/legal-range?date=2013-05-10' }),
  },
  {
    name: 'create a tender',
    expect: { _: 403, proc: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/tenders',
      payload: { id: `MX-T-${c.n}`, name: '矩阵采购', date: '2013-05-10', method: 'lowest_price' },
    }),
  },
  {
    name: 'change a draft tender',
    expect: { _: 403, proc: 200 },
    request: () => ({ method: 'PUT', url: '/api/v1/tenders/TD-DEMO-2014-01', payload: { name: '2014 年政务信息系统运维服务' } }),
  },
  {
    name: 'add a bid',
    expect: { _: 403, proc: 200 },
    request: (c) => ({
      method: 'PUT',
      url: `/api/v1/tenders/TD-DEMO-2014-01/bids/MX${c.n}`,
      payload: { supplier_name: '矩阵', price: '900000', technical_score: 50 },
    }),
  },
  {
    name: 'evaluate a tender',
    expect: { _: 403, proc: 201 },
    request: () => ({ method: 'POST', url: '/api/v1/tenders/TD-DEMO-2014-01/evaluate' }),
  },
  {
    name: 'change a published tender',
    expect: { _: 403, proc: 409 },
    request: () => ({ method: 'POST', url: '/api/v1/tenders/TD-DEMO-2015-01/publish' }),
  },
  {
    name: 'submit a tender (e-procurement API)',
    expect: { _: 403, proc: 201 },
    request: (c) => ({
      method: 'POST',
      url: '/api/v1/tenders/submit',
      payload: {
        id: `MX-S-${c.n}`,
        name: '接口采购',
        date: '2013-05-10',
        method: 'lowest_price',
        deduction_rate: '0.06',
        bids: [{ id: 'B1', supplier_name: '甲', price: 1000, size_class: 'small' }],
      },
    }),
  },
  { name: 'own API tokens', expect: { _: 200 }, request: () => ({ method: 'GET', url: '/api/v1/tokens' }) },
  { name: 'who am I', expect: { _: 200 }, request: () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
  { name: 'own inbox', expect: { _: 200 }, request: () => ({ method: 'GET', url: '/api/v1/notifications' }) },
  { name: 'own unread count', expect: { _: 200 }, request: () => ({ method: 'GET', url: '/api/v1/notifications/unread-count' }) },
  { name: 'mark all own read', expect: { _: 200 }, request: () => ({ method: 'POST', url: '/api/v1/notifications/read-all' }) },
  { name: 'own notification settings', expect: { _: 200 }, request: () => ({ method: 'GET', url: '/api/v1/notifications/settings' }) },
  {
    name: 'change own notification settings',
    expect: { _: 200 },
    request: () => ({ method: 'PUT', url: '/api/v1/notifications/settings', payload: { email_events: { 'offer.new': true } } }),
  },
  {
    name: 'another user’s notification settings',
    expect: { _: 403, admin: 200 },
    request: (c) => ({ method: 'GET', url: `/api/v1/users/${c.userIds.ent}/notification-settings` }),
  },
  {
    name: 'change another user’s e-mail address',
    expect: { _: 403, admin: 200 },
    request: (c) => ({ method: 'PUT', url: `/api/v1/users/${c.userIds.ent}/notification-settings`, payload: { email: 'ent@example.cn' } }),
  },
  {
    name: 'e-mail deliveries',
    expect: { _: 403, admin: 200 },
    request: () => ({ method: 'GET', url: '/api/v1/notifications/deliveries' }),
  },
  {
    name: 'retry an e-mail',
    expect: { _: 403, admin: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/notifications/deliveries/no-such-notification/retry' }),
  },
  {
    name: 'mark a notification that is not one’s own read',
    expect: { _: 404 },
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: { ids: ['not-mine'] } }),
  },
  { name: 'engine route (public)', expect: { _: 200, anon: 200 }, request: () => ({ method: 'GET', url: '/api/v1/measures' }) },
];

let store: Store;
let app: FastifyInstance;
const tokens = new Map<Who, string>();
const ids = new Map<Who, string>();
let ctxBase: Omit<Ctx, 'fresh' | 'n'>;
let counter = 0;

beforeAll(async () => {
  store = await createStore({ url: ':memory:' });
  await store.migrate();
  const hash = await hashPassword('demo-password-1');
  await seedDemo(store, { enterprises: 200, passwordHash: hash });
  app = await testApp({ store, authenticate: sessionAuthentication(store) });
  for (const who of WHO) {
    if (who === 'anon') continue;
    const user = await store.users.findByUsername(USERNAME[who]);
    if (!user) throw new Error(USERNAME[who]);
    const token = newToken('xw_');
    await store.apiTokens.create({ token, userId: user.id, name: 'matrix' }, { actor: SYSTEM_ACTOR });
    tokens.set(who, token);
    ids.set(who, user.id);
  }
  const all = (await store.enterprises.list({ scope: { all: true }, limit: 1000 })).items;
  const own = (await store.users.findByUsername('enterprise.demo'))?.enterpriseId as string;
  const ownRow = all.find((e) => e.id === own);
  const sd = all.find((e) => e.regionCode.startsWith('37') && !e.regionCode.startsWith('3702'));
  const sz = all.find((e) => e.regionCode.startsWith('4403'));
  if (!ownRow || !sd || !sz) throw new Error('demo data lacks a region');
  expect(ownRow.regionCode.startsWith('3702')).toBe(true);
  // Programmes of two departments and two regions. Human resources' one gets an offer through its own data: a
  // graduate hire fed for a small or micro Qingdao enterprise (not the enterprise user's), then recomputed.
  const system = { actor: SYSTEM_ACTOR, scope: { all: true } } as const;
  const programme = (department: string, measure: string, regionCode: string, year: number) =>
    store.programmes.create(
      { name: `矩阵 ${department} ${regionCode}`, measure, department, regionCode, year, budgetYuan: '1000000', publicityDays: 5 },
      system,
    );
  const hrQd = await programme('human_resources', 'gf2012-14/25.2', '3702', 2013);
  const taxQd = await programme('tax', 'gf2012-14/02.2', '3702', 2015);
  const hrSz = await programme('human_resources', 'gf2012-14/25.2', '4403', 2013);
  const smallQd = await store.db
    .selectFrom('entitlements as n')
    .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .select('e.id')
    .where('n.year', '=', 2013)
    .where('n.is_small_or_micro', '=', 1)
    .where('e.region_code', 'like', '3702%')
    .where('e.id', '!=', own)
    .orderBy('e.id')
    .limit(20)
    .execute();
  const hired = await store.feeds.submit(
    {
      batchId: 'mx-programme-hires',
      kind: 'graduate_hires',
      rows: smallQd.map((e) => ({
        enterprise_id: e.id,
        year: 2013,
        hire_id: 'MX-P',
        hire_date: '2013-07-01',
        graduation_year: 2013,
        contract_months: 24,
        social_insurance_paid_in_full: true,
        insured_months: 6,
        local_average_monthly_wage: '3500',
      })),
    },
    { actor: SYSTEM_ACTOR, department: 'human_resources', regionPrefix: '3702' },
  );
  if (hired.status !== 'accepted') throw new Error(JSON.stringify(hired));
  await store.recomputeEntitlements({ enterpriseIds: smallQd.map((e) => e.id) });
  const [hrOffer] = await store.offers.list({ scope: { all: true }, programmeId: hrQd.id });
  const [taxOffer] = (await store.offers.list({ scope: { all: true }, programmeId: taxQd.id })).filter((o) => o.enterpriseId !== own);
  if (!hrOffer || !taxOffer) throw new Error('the matrix needs an offer of each Qingdao programme');
  ctxBase = {
    own,
    sd: sd.id,
    sz: sz.id,
    region: { qd: ownRow.regionCode, sd: sd.regionCode, sz: sz.regionCode },
    userIds: Object.fromEntries(ids),
    programmes: { hrQd: hrQd.id, taxQd: taxQd.id, hrSz: hrSz.id },
    offers: { hrQd: hrOffer.id, taxQd: taxOffer.id },
  };
}, 120_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const headersOf = (who: Who): Record<string, string> => (who === 'anon' ? {} : { authorization: `Bearer ${tokens.get(who)}` });

describe('access matrix: role × region × route', () => {
  const cells = MATRIX.flatMap((c) =>
    WHO.map((who) => ({ c, who, status: who === 'anon' ? (c.expect.anon ?? 401) : (c.expect[who] ?? c.expect._ ?? -1) })),
  );
  it.each(cells.map((x) => [x.c.name, x.who, x.status, x] as const))('%s — %s → %i', async (_n, who, status, { c }) => {
    expect(status, 'the table declares every cell').toBeGreaterThan(0);
    const n = ++counter;
    let fresh = '';
    if (c.place) {
      const created = await store.enterprises.create(
        { id: `MX-F-${n}`, name: `矩阵样本 ${n}`, regionCode: ctxBase.region[c.place], industry: 'C' },
        { actor: SYSTEM_ACTOR },
      );
      fresh = created.id;
    }
    const options = c.request({ ...ctxBase, fresh, n });
    const r = await call(app, { ...options, headers: { ...(options.headers as Record<string, string>), ...headersOf(who) } });
    expect(r.status, `${c.name} as ${who}: ${r.body.slice(0, 300)}`).toBe(status);
    // A refused change changed nothing.
    if (c.place && status >= 400) {
      const after = await store.enterprises.get(fresh, { scope: { all: true } });
      expect(after.name).toBe(`矩阵样本 ${n}`);
      expect(after.regionCode).toBe(ctxBase.region[c.place]);
    }
  });
});

describe('what each scope sees', () => {
  const list = async (who: Who, url: string) => {
    const items: { id: string; region_code: string }[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(app, {
        method: 'GET',
        url: `${url}${url.includes('?') ? '&' : '?'}limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        headers: headersOf(who),
      });
      expect(r.status).toBe(200);
      items.push(...r.json.items);
      cursor = r.json.next_cursor;
    } while (cursor);
    return items;
  };

  it('lists only the enterprises in the region, or the own one', async () => {
    const qd = await list('o3702', '/api/v1/enterprises');
    expect(qd.length).toBeGreaterThan(0);
    expect(qd.every((e) => e.region_code.startsWith('3702'))).toBe(true);
    const sd = await list('o37', '/api/v1/enterprises');
    expect(sd.every((e) => e.region_code.startsWith('37'))).toBe(true);
    expect(sd.length).toBeGreaterThan(qd.length);
    expect((await list('o4403', '/api/v1/enterprises')).every((e) => e.region_code.startsWith('4403'))).toBe(true);
    expect((await list('ent', '/api/v1/enterprises')).map((e) => e.id)).toEqual([ctxBase.own]);
    // A wider filter than the scope does not widen it.
    expect((await list('o3702', '/api/v1/enterprises?region=44')).length).toBe(0);
  });

  it('gives officers the statistics of their region only, analysts and admins all', async () => {
    type Group = { key: string | null; enterprises: number; small_or_micro: number; total_support_value: number };
    const summary = async (who: Who) => {
      const r = await call(app, { method: 'GET', url: '/api/v1/statistics/summary?year=2015', headers: headersOf(who) });
      expect(r.status).toBe(200);
      return r.json as {
        years: number[];
        total: Group;
        by_size_class: Group[];
        by_industry_group: Group[];
        by_region: Group[];
        region_level: string;
        by_measure: { measure: string; title: string | null; enterprises: number; total_value: number }[];
      };
    };
    const fen = (yuan: number) => Math.round(yuan * 100);
    const sum = (groups: Group[], f: (g: Group) => number) => groups.reduce((a, g) => a + f(g), 0);
    const [admin, analyst, o37, o3702, o4403] = await Promise.all(
      ['admin', 'analyst', 'o37', 'o3702', 'o4403'].map((w) => summary(w as Who)),
    );
    expect(analyst).toEqual(admin);
    // Without a year: the newest year with stored entitlements in the scope.
    const newest = await call(app, { method: 'GET', url: '/api/v1/statistics/summary', headers: headersOf('o3702') });
    expect(newest.json).toEqual(o3702);
    expect(o3702.years[0]).toBe(2015);
    expect(o3702.years).toEqual([...o3702.years].sort((a, b) => b - a));
    expect(admin.region_level).toBe('province');
    expect(o37.region_level).toBe('city');
    expect(o3702.region_level).toBe('county');
    expect(o3702.by_region.length).toBeGreaterThan(0);
    expect(o3702.by_region.every((g) => g.key?.startsWith('3702'))).toBe(true);
    expect(o37.by_region.every((g) => g.key?.startsWith('37') && g.key.endsWith('00'))).toBe(true);
    expect(o4403.by_region.every((g) => g.key?.startsWith('4403'))).toBe(true);
    expect(admin.total.enterprises).toBeGreaterThan(o37.total.enterprises);
    expect(o37.total.enterprises).toBeGreaterThan(o3702.total.enterprises);
    // Shandong's row of the national breakdown is the Shandong officer's total; Qingdao's city row the Qingdao officer's.
    expect(admin.by_region.find((g) => g.key === '370000')).toMatchObject({ ...o37.total, key: '370000' });
    expect(o37.by_region.find((g) => g.key === '370200')).toMatchObject({ ...o3702.total, key: '370200' });
    for (const s of [admin, o37, o3702]) {
      for (const groups of [s.by_size_class, s.by_industry_group, s.by_region]) {
        expect(sum(groups, (g) => g.enterprises)).toBe(s.total.enterprises);
        expect(sum(groups, (g) => g.small_or_micro)).toBe(s.total.small_or_micro);
        expect(sum(groups, (g) => fen(g.total_support_value))).toBe(fen(s.total.total_support_value));
      }
    }
    // By measure: titled from the catalogue, within the scope (a region never exceeds the wider one), and the
    // measures' counted values add up to the total support value.
    expect(admin.by_measure.length).toBeGreaterThan(0);
    expect(admin.by_measure.some((m) => m.total_value > 0)).toBe(true);
    for (const s of [admin, o37, o3702, o4403]) {
      expect(s.by_measure.every((m) => typeof m.title === 'string' && m.title.length > 0)).toBe(true);
      expect(s.by_measure.every((m) => m.enterprises <= s.total.enterprises)).toBe(true);
      expect(s.by_measure.reduce((a, m) => a + fen(m.total_value), 0)).toBe(fen(s.total.total_support_value));
    }
    for (const [narrow, wide] of [
      [o3702, o37],
      [o37, admin],
      [o4403, admin],
    ] as const) {
      for (const m of narrow.by_measure) {
        const w = wide.by_measure.find((x) => x.measure === m.measure);
        expect(w).toBeDefined();
        expect(m.enterprises).toBeLessThanOrEqual(w?.enterprises ?? 0);
        expect(fen(m.total_value)).toBeLessThanOrEqual(fen(w?.total_value ?? 0));
      }
    }
    const nationalFen = (measure: string) => fen(admin.by_measure.find((m) => m.measure === measure)?.total_value ?? 0);
    for (const m of admin.by_measure) {
      const regional = [o37, o4403].reduce((a, s) => a + fen(s.by_measure.find((x) => x.measure === m.measure)?.total_value ?? 0), 0);
      expect(regional).toBeLessThanOrEqual(nationalFen(m.measure));
    }
    // The same figures as the Qingdao officer's registry list for the year, exactly.
    type Item = { entitlement: { is_small_or_micro: boolean | null; total_support_value: number | null } | null };
    const items = (await list('o3702', '/api/v1/enterprises?year=2015')) as unknown as Item[];
    expect(items.length).toBe(o3702.total.enterprises);
    expect(items.filter((e) => e.entitlement?.is_small_or_micro).length).toBe(o3702.total.small_or_micro);
    const listed = items.reduce((a, e) => a + fen(e.entitlement?.total_support_value ?? 0), 0);
    expect(listed).toBe(fen(o3702.total.total_support_value));
  });

  it('shows a department user its own department’s programmes of its region, their offers and take-up, read-only', async () => {
    const get = async (who: Who, url: string) => {
      const r = await call(app, { method: 'GET', url, headers: headersOf(who) });
      expect(r.status, `${who} ${url}`).toBe(200);
      return r.json as { items: Record<string, unknown>[] };
    };
    const programmes = (await get('dept', '/api/v1/programmes')).items;
    expect(programmes.map((p) => p.id)).toContain(ctxBase.programmes.hrQd);
    expect(programmes.every((p) => p.department === 'human_resources' && String(p.region_code).startsWith('3702'))).toBe(true);
    // The Qingdao officer sees the tax programme too; the department does not.
    const officers = (await get('o3702', '/api/v1/programmes')).items.map((p) => p.id);
    expect(officers).toEqual(expect.arrayContaining([ctxBase.programmes.hrQd, ctxBase.programmes.taxQd]));
    expect(programmes.map((p) => p.id)).not.toContain(ctxBase.programmes.taxQd);
    const offers = (await get('dept', '/api/v1/offers')).items;
    expect(offers.map((o) => o.id)).toContain(ctxBase.offers.hrQd);
    expect(offers.every((o) => o.programme_id === ctxBase.programmes.hrQd || programmes.some((p) => p.id === o.programme_id))).toBe(true);
    // Asking for another department's programme's offers or take-up gives nothing, as for a programme outside a region.
    expect((await get('dept', `/api/v1/offers?programme_id=${ctxBase.programmes.taxQd}`)).items).toEqual([]);
    expect((await get('dept', `/api/v1/take-up?programme_id=${ctxBase.programmes.taxQd}`)).items).toEqual([]);
    const takeUp = (await get('dept', '/api/v1/take-up')).items;
    expect(takeUp.map((r) => r.programme_id).sort()).toEqual(programmes.map((p) => p.id).sort());
    // The department's take-up row is the officer's row of the same programme, figure for figure.
    const officerRow = (await get('o3702', `/api/v1/take-up?programme_id=${ctxBase.programmes.hrQd}`)).items[0];
    expect(takeUp.find((r) => r.programme_id === ctxBase.programmes.hrQd)).toEqual(officerRow);
    expect(officerRow.offered).toBeGreaterThan(0);
  });

  it('exports only the region', async () => {
    const r = await call(app, { method: 'GET', url: '/api/v1/exports?format=csv', headers: headersOf('o4403') });
    const lines = r.body.trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes(',4403'))).toBe(true);
  });

  it('shows officers the audit rows and users of their region only', async () => {
    const rows = await list('o3702', '/api/v1/audit');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((a) => (a as unknown as { region_code: string }).region_code?.startsWith('3702'))).toBe(true);
    const users = (await list('o37', '/api/v1/users')) as unknown as { username: string; region_prefix: string }[];
    // The Qingdao departments (feeds, issue 13 §2) are users of the region too.
    const departments = ['amr.qd', 'fees.qd', 'hr.qd', 'park.qd', 'tax.qd'];
    expect(users.map((u) => u.username).sort()).toEqual([...departments, 'officer.qingdao', 'officer.shandong'].sort());
    const wider = (await list('o3702', '/api/v1/users?region=37')) as unknown as { username: string }[];
    expect(wider.map((u) => u.username).sort()).toEqual([...departments, 'officer.qingdao'].sort());
    expect((await list('admin', '/api/v1/users')).length).toBeGreaterThanOrEqual(DEMO_USERS.length);
  });
});

describe('declared access', () => {
  it('every route but the engine, documents and sign-in needs a signed-in user (and the document says so)', async () => {
    const doc = (await call(app, { method: 'GET', url: '/api/openapi.json' })).json;
    const open: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { security?: unknown; tags?: string[] }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        if (op.security === undefined) open.push(`${method.toUpperCase()} ${path}`);
        else expect(op.security).toEqual([{ session: [] }, { token: [] }]);
        if (op.tags?.some((t) => ['registry', 'users', 'audit'].includes(t))) expect(op.security, `${method} ${path}`).toBeDefined();
      }
    }
    expect(open.sort()).toEqual(
      [
        'GET /api/v1/health',
        'POST /api/v1/classify',
        'POST /api/v1/evaluate',
        'POST /api/v1/entitlements',
        'POST /api/v1/entitlements/pdf',
        'POST /api/v1/trace',
        'POST /api/v1/procurement/evaluate',
        'GET /api/v1/measures',
        'GET /api/v1/measures/{*}',
        'GET /api/v1/parameters',
        'GET /api/v1/parameters/{*}',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/logout',
        'POST /api/v1/auth/enterprise-login',
        'POST /api/v1/auth/enterprise-activate',
        'GET /api/v1/publicity/{id}',
        'POST /api/v1/publicity/{id}/objections',
        'GET /api/v1/public/bulletins',
        'GET /api/v1/public/bulletins/{id}',
        'GET /api/v1/public/bulletins/{id}/pdf',
        'GET /api/v1/public/bulletins/{id}/xlsx',
      ].sort(),
    );
  });
});

describe('registry figures through tender evaluations (issue 11)', () => {
  // Bids naming a Qingdao, a Shandong-not-Qingdao and a Shenzhen enterprise and an id nobody registered, in a
  // tender of the Qingdao procurement centre (BU-DEMO-370200). Each reader of the tender sees the registry's
  // reason with its figures only for the enterprises inside its own registry scope; for the others whether
  // the registry agrees and its class, and "cannot be checked" alike for an unknown id and an id without a class.
  const REDACTED =
    /^(matches the registry: \w+ in 2013|declared \w+, but the registry classes it \w+ for 2013|cannot be checked against the registry)$/;
  type Party = 'own' | 'sd' | 'sz' | 'unknown';
  const PARTIES: readonly Party[] = ['own', 'sd', 'sz', 'unknown'];
  /** Per reader: the parties whose figures it may see (`null`: may not read the tender at all, with that status). */
  const SEES: Partial<Record<Who, readonly Party[] | number>> = {
    anon: 401,
    ent: 403,
    bank: 403,
    prov: 403,
    dept: 403,
    o4403: 404,
    proc: [],
    o3702: ['own'],
    o37: ['own', 'sd'],
    analyst: ['own', 'sd', 'sz', 'unknown'],
    admin: ['own', 'sd', 'sz', 'unknown'],
  };
  const partyId = (p: Party) => (p === 'unknown' ? 'MX-NOBODY-REGISTERED' : ctxBase[p]);
  let submitted: { status: number; json: { evaluation: Record<string, unknown> } } | undefined;
  const submit = async () => {
    submitted ??= await call(app, {
      method: 'POST',
      url: '/api/v1/tenders/submit?lang=en',
      headers: headersOf('proc'),
      payload: {
        id: 'MX-REGISTRY',
        name: '名录核对',
        date: '2013-05-10',
        method: 'lowest_price',
        deduction_rate: '0.06',
        bids: PARTIES.map((p, i) => ({
          id: `B${i}`,
          supplier_id: partyId(p),
          supplier_name: `供应商${i}`,
          price: 1000 + i,
          size_class: 'micro',
        })),
      },
    });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
    return submitted.json.evaluation;
  };
  type Report = { bids: { declarations: { party_id: string; status: string; explanation: string }[] }[] };
  const explanations = (report: Report) => new Map(report.bids.map((b, i) => [PARTIES[i], b.declarations[0]?.explanation ?? '']));
  const expectSees = (who: Who, report: Report) => {
    const seen = SEES[who] as readonly Party[];
    for (const [party, text] of explanations(report)) {
      if (seen.includes(party)) expect(text, `${who} sees ${party}'s figures`).not.toMatch(REDACTED);
      else expect(text, `${who} must not see ${party}'s figures: ${text}`).toMatch(REDACTED);
      expect(text).not.toMatch(party === 'unknown' && !seen.includes(party) ? /MX-NOBODY/ : /$^/);
    }
  };

  it('the e-procurement answer shows the budget unit no figures', async () => {
    expectSees('proc', (await submit()) as unknown as Report);
  });

  it.each(WHO.map((w) => [w] as const))('the stored report, the tender and its Excel file as %s', async (who) => {
    await submit();
    const r = await call(app, { method: 'GET', url: '/api/v1/tenders/MX-REGISTRY/report?lang=en', headers: headersOf(who) });
    const expected = SEES[who];
    if (typeof expected === 'number') {
      expect(r.status).toBe(expected);
      return;
    }
    expect(r.status).toBe(200);
    expectSees(who, r.json);
    const detail = await call(app, { method: 'GET', url: '/api/v1/tenders/MX-REGISTRY?lang=en', headers: headersOf(who) });
    expectSees(who, detail.json.evaluation);
    const x = await app.inject({ method: 'GET', url: '/api/v1/tenders/MX-REGISTRY/report?format=xlsx&lang=en', headers: headersOf(who) });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((sh) => sh.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    // The file lists the declarations the registry does not confirm, each with the explanation the JSON gives this reader.
    const flagged = (r.json as Report).bids
      .flatMap((b) => b.declarations)
      .filter((d) => d.status !== 'confirmed')
      .map((d) => d.explanation);
    const shown = cells.filter((c) => /registry/.test(c));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual(flagged.sort());
  });
});
