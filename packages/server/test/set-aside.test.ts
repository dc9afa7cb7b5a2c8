import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoApp } from './helpers.ts';

/**
 * Budget units, projects and the set-aside over HTTP, with the demo users signed in by API tokens on a
 * real SQLite store: who sees and changes what, the policy's decision at the 30% / 18% lines and one fen
 * on either side, bad writes that change nothing, the explanation, the report, its Excel file, and
 * published versions that never change.
 */
const demo = useDemoApp({
  enterprises: 20,
  users: [
    'procurement.demo',
    'officer.qingdao',
    'officer.shenzhen',
    'officer.shandong',
    'analyst.demo',
    'admin',
    'bank.demo',
    'enterprise.demo',
  ],
  tokenName: 'set-aside test',
});
const { as } = demo;
const GET = (who: string | null, url: string) => as(who, { method: 'GET', url });
const PUT = (who: string | null, url: string, payload: unknown) =>
  as(who, { method: 'PUT', url, payload: payload as InjectOptions['payload'] });
const POST = (who: string | null, url: string, payload: unknown) =>
  as(who, { method: 'POST', url, payload: payload as InjectOptions['payload'] });

const OWN = 'BU-DEMO-370200';
const auditRows = async () => (await demo.store.audit.list({ limit: 1000 })).items.length;

describe('who sees and changes which budget units', () => {
  it('gives procurement.demo its own unit only', async () => {
    const list = await GET('procurement.demo', '/api/v1/budget-units');
    expect(list.status).toBe(200);
    expect(list.json.items.map((u: { id: string }) => u.id)).toEqual([OWN]);
    expect((await GET('procurement.demo', `/api/v1/budget-units/${OWN}`)).json.years.length).toBe(4);
    expect((await GET('procurement.demo', '/api/v1/budget-units/BU-DEMO-370202')).status).toBe(404);
    expect((await GET('procurement.demo', '/api/v1/budget-units/BU-DEMO-440300/projects')).status).toBe(404);
    expect((await GET('procurement.demo', '/api/v1/budget-units/BU-DEMO-440300/set-aside/2013')).status).toBe(404);
    // Not the regional report: that is the officers'.
    expect((await GET('procurement.demo', '/api/v1/set-aside/report?year=2013')).status).toBe(403);
  });

  it('gives officer.qingdao the units of 3702, not Shenzhen’s or Jinan’s; the analyst all', async () => {
    const qd = (await GET('officer.qingdao', '/api/v1/budget-units')).json.items as { region_code: string }[];
    expect(qd.length).toBe(3);
    expect(qd.every((u) => u.region_code.startsWith('3702'))).toBe(true);
    expect((await GET('officer.qingdao', '/api/v1/budget-units/BU-DEMO-440300')).status).toBe(404);
    expect((await GET('officer.qingdao', '/api/v1/budget-units/BU-DEMO-370100')).status).toBe(404);
    expect((await GET('officer.shandong', '/api/v1/budget-units/BU-DEMO-370100')).status).toBe(200);
    expect((await GET('officer.qingdao', '/api/v1/budget-units?region=44')).json.items).toEqual([]);
    const all = (await GET('analyst.demo', '/api/v1/budget-units')).json.items;
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect((await GET('analyst.demo', '/api/v1/budget-units/BU-DEMO-440300/set-aside/2013')).status).toBe(200);
  });

  it('refuses banks, enterprises and nobody', async () => {
    for (const url of [
      '/api/v1/budget-units',
      `/api/v1/budget-units/${OWN}`,
      '/api/v1/set-aside/report?year=2013',
      '/api/v1/set-aside/reports',
    ]) {
      expect((await GET('bank.demo', url)).status).toBe(403);
      expect((await GET('enterprise.demo', url)).status).toBe(403);
      expect((await GET(null, url)).json.code).toBe('XW_ERR_UNAUTHENTICATED');
    }
  });

  it('lets procurement.demo record its budget and projects, not another unit’s; analysts write nothing', async () => {
    const before = await auditRows();
    expect((await PUT('procurement.demo', '/api/v1/budget-units/BU-DEMO-370202/years/2016', { procurement_budget: '1000' })).status).toBe(
      404,
    );
    expect(
      (
        await POST('procurement.demo', '/api/v1/budget-units/BU-DEMO-440300/projects', {
          year: 2013,
          name: 'x',
          budget: 1,
          reserved_for: 'none',
        })
      ).status,
    ).toBe(404);
    expect((await PUT('analyst.demo', `/api/v1/budget-units/${OWN}/years/2016`, { procurement_budget: '1000' })).status).toBe(403);
    expect((await PUT('officer.shenzhen', `/api/v1/budget-units/${OWN}/years/2016`, { procurement_budget: '1000' })).status).toBe(404);
    expect((await POST('procurement.demo', '/api/v1/budget-units', { name: 'x', region_code: '370200' })).status).toBe(403);
    expect((await POST('officer.qingdao', '/api/v1/budget-units', { name: 'x', region_code: '440300' })).status).toBe(403);
    expect((await PUT('officer.qingdao', '/api/v1/budget-units/BU-DEMO-370202', { region_code: '440300' })).status).toBe(403);
    expect(await auditRows()).toBe(before);

    const year = await PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2016`, { procurement_budget: '2500000.50' });
    expect(year.status).toBe(200);
    expect(year.json.procurement_budget).toBe(2500000.5);
    const created = await POST('procurement.demo', `/api/v1/budget-units/${OWN}/projects`, {
      year: 2016,
      name: '办公用品',
      budget: '750000.15',
      reserved_for: 'small_micro',
    });
    expect(created.status).toBe(201);
    expect(demo.check('POST', '/api/v1/budget-units/{id}/projects', 201, created.json)).toEqual([]);
    const awarded = await PUT('procurement.demo', `/api/v1/procurement-projects/${created.json.id}`, {
      award: { supplier_name: '青岛小微文具', size_class: 'micro', amount: '700000.01' },
    });
    expect(awarded.status).toBe(200);
    expect(awarded.json.award).toEqual({ supplier_id: null, supplier_name: '青岛小微文具', size_class: 'micro', amount: 700000.01 });
    const audit = await demo.store.audit.list({ entityId: created.json.id });
    expect(audit.items.map((a) => a.action).sort()).toEqual(['procurement_project.award', 'procurement_project.create']);
    // Officers of the region may correct the unit's projects too; Shenzhen's may not.
    expect((await PUT('officer.qingdao', `/api/v1/procurement-projects/${created.json.id}`, { name: '办公用品（更正）' })).status).toBe(
      200,
    );
    expect((await PUT('officer.shenzhen', `/api/v1/procurement-projects/${created.json.id}`, { name: 'x' })).status).toBe(404);
    await expect(
      as('officer.shenzhen', { method: 'DELETE', url: `/api/v1/procurement-projects/${created.json.id}` }),
    ).resolves.toMatchObject({
      status: 404,
    });
  });
});

describe('bad input changes nothing', () => {
  it('answers a bad amount, a reservation over the budget, an unknown field with a clear error naming the field', async () => {
    const before = await auditRows();
    const projects = (await GET('procurement.demo', `/api/v1/budget-units/${OWN}/projects?year=2013`)).json.items.length;
    const bad = await as('procurement.demo', {
      method: 'POST',
      url: `/api/v1/budget-units/${OWN}/projects?lang=en`,
      payload: { year: 2013, name: 'x', budget: '12.345', reserved_for: 'sme' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.problems[0]).toMatchObject({ field: 'budget' });
    const over = await as('procurement.demo', {
      method: 'POST',
      url: `/api/v1/budget-units/${OWN}/projects`,
      payload: { year: 2013, name: '超预算', budget: '52000000', reserved_for: 'sme' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(over.status).toBe(400);
    expect(over.json.problems[0].field).toBe('budget');
    expect(over.json.problems[0].message).toContain('超过年度政府采购预算总额');
    const lowered = await PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2013?lang=ko`, { procurement_budget: 1 });
    expect(lowered.status).toBe(400);
    expect(lowered.json.problems[0].field).toBe('procurement_budget');
    const negative = await PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2013`, { procurement_budget: '-5' });
    expect(negative.status).toBe(400);
    const unknown = await POST('procurement.demo', `/api/v1/budget-units/${OWN}/projects`, {
      year: 2013,
      name: 'x',
      budget: 1,
      reserved_for: 'large',
    });
    expect(unknown.status).toBe(400);
    const noYear = await POST('procurement.demo', `/api/v1/budget-units/${OWN}/projects?lang=en`, {
      year: 2019,
      name: 'x',
      budget: 1,
      reserved_for: 'none',
    });
    expect([noYear.status, noYear.json.problems[0].field]).toEqual([400, 'year']);
    const badAward = await PUT('procurement.demo', `/api/v1/procurement-projects/${OWN}-2013-P1`, {
      award: { supplier_name: 'x', size_class: 'tiny', amount: 1 },
    });
    expect(badAward.status).toBe(400);
    expect((await GET('procurement.demo', `/api/v1/budget-units/${OWN}/projects?year=2013`)).json.items.length).toBe(projects);
    expect(
      (await GET('procurement.demo', `/api/v1/budget-units/${OWN}`)).json.years.find((y: { year: number }) => y.year === 2013)
        .procurement_budget,
    ).toBe(52000000);
    expect(await auditRows()).toBe(before);
  });

  it('refuses awards adding up beyond 10^13 yuan, naming the field', async () => {
    const award = { supplier_name: '巨额供应商', size_class: 'micro', amount: '9000000000000' };
    const body = { year: 2013, name: '巨额', budget: '0.01', reserved_for: 'none', award };
    expect((await POST('admin', '/api/v1/budget-units/BU-DEMO-440305/projects', body)).status).toBe(201);
    const second = await POST('admin', '/api/v1/budget-units/BU-DEMO-440305/projects?lang=en', body);
    expect([second.status, second.json.problems[0].field]).toEqual([400, 'award.amount']);
    const report = await GET('admin', '/api/v1/set-aside/report?year=2013&region=4403');
    expect(report.status).toBe(200);
  });

  it('refuses to change what a published tender awarded (409 in three languages); the name may change', async () => {
    // The demo's 2015 tender awarded its open project 408,800 yuan: a budget of 1 yuan under it, or the project
    // turned reserved, would rewrite the unit's published set-aside result.
    const project = (await demo.store.tenders.get('TD-DEMO-2015-01', { scope: { all: true } })).projectId as string;
    const url = `/api/v1/procurement-projects/${project}`;
    for (const [lang, text] of [
      ['zh-CN', /已由公布的采购项目“TD-DEMO-2015-01”授予/],
      ['ko', /공표된 입찰 “TD-DEMO-2015-01”로 낙찰/],
      ['en', /awarded by the published tender "TD-DEMO-2015-01"/],
    ] as const) {
      const r = await PUT('procurement.demo', `${url}?lang=${lang}`, { budget: '1' });
      expect([r.status, r.json.code]).toEqual([409, 'XW_ERR_PROJECT_FROZEN']);
      expect(r.json.message).toMatch(text);
    }
    expect((await PUT('procurement.demo', url, { reserved_for: 'small_micro' })).status).toBe(409);
    expect((await as('procurement.demo', { method: 'DELETE', url })).json.code).toBe('XW_ERR_PROJECT_FROZEN');
    const renamed = await PUT('procurement.demo', url, { name: '2015 年印刷服务（更名）' });
    const stored = await demo.store.procurementProjects.get(project, { scope: { all: true } });
    expect([renamed.status, renamed.json.budget * 100, renamed.json.award.amount]).toEqual([200, stored.budgetFen, 408_800]);
    expect(stored).toMatchObject({ name: '2015 年印刷服务（更名）', reservedFor: 'none', award: { amountFen: 408_800_00 } });
  });

  it('never answers 500 to odd input', async () => {
    const odd = [
      GET('officer.qingdao', '/api/v1/budget-units/%00/set-aside/2013'),
      GET('officer.qingdao', '/api/v1/budget-units/BU-DEMO-370200/set-aside/99999'),
      GET('officer.qingdao', '/api/v1/set-aside/report?year=abc'),
      GET('officer.qingdao', '/api/v1/set-aside/report?year=2013&region=3702x'),
      GET('officer.qingdao', '/api/v1/budget-units?cursor=%%%'),
      GET('officer.qingdao', '/api/v1/set-aside/reports/nope'),
      PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2013/shortfall-reason`, { reason: 12 }),
      PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2013`, { procurement_budget: 1e300 }),
      POST('procurement.demo', `/api/v1/budget-units/${OWN}/projects`, {
        year: 2013,
        name: 'x',
        budget: '99999999999999999999',
        reserved_for: 'none',
      }),
      POST('officer.qingdao', '/api/v1/set-aside/reports', { year: 2013, region: '44' }),
    ];
    for (const r of await Promise.all(odd)) expect(r.status, r.body.slice(0, 200)).toBeLessThan(500);
  });
});

describe('the set-aside decided by the policy through the API', () => {
  const unit = 'BU-API-BOUNDS';
  const status = async (year: number) => (await GET('admin', `/api/v1/budget-units/${unit}/set-aside/${year}?lang=en`)).json;

  beforeAll(async () => {
    expect((await POST('admin', '/api/v1/budget-units', { id: unit, name: '边界单位', region_code: '370202' })).status).toBe(201);
    expect((await PUT('admin', `/api/v1/budget-units/${unit}/years/2013`, { procurement_budget: '1000000' })).status).toBe(200);
  });

  it('meets at exactly 30% and 18%, and fails one fen below either', async () => {
    const sm = await POST('admin', `/api/v1/budget-units/${unit}/projects`, {
      year: 2013,
      name: 'SM',
      budget: '180000',
      reserved_for: 'small_micro',
    });
    const sme = await POST('admin', `/api/v1/budget-units/${unit}/projects`, {
      year: 2013,
      name: 'SME',
      budget: '120000',
      reserved_for: 'sme',
    });
    let s = await status(2013);
    expect(demo.check('GET', '/api/v1/budget-units/{id}/set-aside/{year}', 200, s)).toEqual([]);
    expect([s.shares.sme_reserved, s.shares.small_micro_reserved, s.meets_sme, s.meets_small_micro, s.state]).toEqual([
      '0.300000',
      '0.180000',
      true,
      true,
      'meets',
    ]);
    expect([s.sme_reserved, s.small_micro_reserved]).toEqual([300000, 180000]);
    await PUT('admin', `/api/v1/procurement-projects/${sme.json.id}`, { budget: '119999.99' });
    s = await status(2013);
    expect([s.shares.sme_reserved, s.meets_sme, s.meets, s.state]).toEqual(['0.299999', false, false, 'below_without_reason']);
    await PUT('admin', `/api/v1/procurement-projects/${sme.json.id}`, { budget: '120000' });
    await PUT('admin', `/api/v1/procurement-projects/${sm.json.id}`, { budget: '179999.99' });
    s = await status(2013);
    expect([s.shares.small_micro_reserved, s.meets_sme, s.meets_small_micro, s.meets]).toEqual(['0.179999', false, false, false]);
    // One fen more for small/micro than the SME-only project lost: SME 300,000 exactly again, small/micro 180,000.01.
    await PUT('admin', `/api/v1/procurement-projects/${sme.json.id}`, { budget: '119999.99' });
    await PUT('admin', `/api/v1/procurement-projects/${sm.json.id}`, { budget: '180000.01' });
    s = await status(2013);
    expect([s.sme_reserved, s.meets_sme, s.meets_small_micro, s.meets]).toEqual([300000, true, true, true]);
  });

  it('explains the decision with the engine’s trace in the caller’s language', async () => {
    const zh = (await GET('procurement.demo', `/api/v1/budget-units/${OWN}/set-aside/2013`)).json;
    expect(zh.explanation.trace[0].variable).toBe('budget_unit_meets_set_aside');
    expect(zh.explanation.trace[0].label).toBe('预留采购份额达标');
    expect(zh.explanation.text).toContain('procurement.set_aside.sme_share');
    expect(zh.explanation.text).toContain('财库〔2011〕181号');
    const en = (await GET('procurement.demo', `/api/v1/budget-units/${OWN}/set-aside/2013?lang=en`)).json;
    expect(en.explanation.trace[0].label).toBe('Meets the procurement set-aside');
    expect(en.policy_version).toBeTruthy();
    // 2021: the yearly set-aside of 财库〔2011〕181号 ended on 2020-12-31 (财库〔2020〕46号's per-project rules are not encoded).
    const notEncoded = await PUT('admin', `/api/v1/budget-units/${unit}/years/2021`, { procurement_budget: '10' });
    expect(notEncoded.status).toBe(200);
    const s2021 = await status(2021);
    expect([s2021.state, s2021.problem.code, s2021.explanation.trace]).toEqual(['not_computable', 'not_encoded', []]);
  });

  it('takes a shortfall reason only when below the line, from the unit itself', async () => {
    const meets = await PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2013/shortfall-reason?lang=en`, { reason: '无' });
    expect([meets.status, meets.json.problems[0].field]).toEqual([400, 'reason']);
    expect((await PUT('officer.qingdao', `/api/v1/budget-units/${OWN}/years/2015/shortfall-reason`, { reason: 'x' })).status).toBe(403);
    const r = await PUT('procurement.demo', `/api/v1/budget-units/${OWN}/years/2015/shortfall-reason`, { reason: '年度大型设备集中采购' });
    expect(r.status).toBe(200);
    expect([r.json.state, r.json.shortfall_reason]).toEqual(['below_with_reason', '年度大型设备集中采购']);
    const audit = await demo.store.audit.list({ entityId: OWN, action: 'budget_unit_year.shortfall_reason' });
    // The seed recorded 2014's reason as `system`; this one is procurement.demo's own.
    const user = await demo.store.users.findByUsername('procurement.demo');
    expect(audit.items.filter((a) => a.actor === user?.id).map((a) => a.after)).toEqual([
      { year: 2015, shortfallReason: '年度大型设备集中采购' },
    ]);
  });
});

describe('the regional report', () => {
  it('lists the region’s units with shares and states; officers only their region', async () => {
    const r = await GET('officer.qingdao', '/api/v1/set-aside/report?year=2013');
    expect(r.status).toBe(200);
    expect(demo.check('GET', '/api/v1/set-aside/report', 200, r.json)).toEqual([]);
    expect(r.json.region).toBe('3702');
    expect(r.json.units.every((u: { region_code: string }) => u.region_code.startsWith('3702'))).toBe(true);
    expect(r.json.units.find((u: { budget_unit_id: string }) => u.budget_unit_id === 'BU-DEMO-370211').state).toBe('below_without_reason');
    expect(r.json.totals.units_below_without_reason).toBeGreaterThanOrEqual(1);
    expect((await GET('officer.qingdao', '/api/v1/set-aside/report?year=2013&region=44')).status).toBe(404);
    expect((await GET('officer.qingdao', '/api/v1/set-aside/report?year=2013&region=37')).status).toBe(404);
    expect((await GET('officer.qingdao', '/api/v1/set-aside/report?year=2013&region=370211')).json.units.length).toBe(1);
    const sz = (await GET('officer.shenzhen', '/api/v1/set-aside/report?year=2013')).json;
    expect(sz.units.every((u: { region_code: string }) => u.region_code.startsWith('4403'))).toBe(true);
    const all = (await GET('analyst.demo', '/api/v1/set-aside/report?year=2013')).json;
    expect(all.units.length).toBeGreaterThan(r.json.units.length + sz.units.length);
  });

  it('downloads the report as Excel with the same figures', async () => {
    const res = await demo.app.inject({
      method: 'GET',
      url: '/api/v1/set-aside/report/xlsx?year=2013&lang=en',
      headers: { authorization: `Bearer ${demo.tokens.get('officer.qingdao')}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('xiaowei-set-aside-3702-2013.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Budget unit id');
    const json = (await GET('officer.qingdao', '/api/v1/set-aside/report?year=2013')).json;
    expect(sheet.rowCount).toBe(json.units.length + 2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(json.units[0].budget_unit_id);
    expect(row.getCell(4).value).toBe(json.units[0].procurement_budget);
    expect(row.getCell(6).value).toBe(Number(json.units[0].shares.sme_reserved));
    const below = json.units.findIndex((u: { state: string }) => u.state === 'below_without_reason');
    expect(String(sheet.getRow(below + 2).getCell(11).value)).toBe('below the line, no reason recorded');
    expect((await GET('procurement.demo', '/api/v1/set-aside/report/xlsx?year=2013')).status).toBe(403);
  });

  it('renders the report as a PDF in each language', async () => {
    for (const lang of ['zh-CN', 'ko', 'en']) {
      const res = await demo.app.inject({
        method: 'GET',
        url: `/api/v1/set-aside/report/pdf?year=2013&lang=${lang}`,
        headers: { authorization: `Bearer ${demo.tokens.get('officer.qingdao')}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      expect(res.headers['content-disposition']).toContain('xiaowei-set-aside-3702-2013.pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await GET('officer.qingdao', '/api/v1/set-aside/report/pdf?year=2013&region=44')).status).toBe(404);
  });

  it('publishes immutable versions that later changes do not alter', async () => {
    expect((await POST('analyst.demo', '/api/v1/set-aside/reports', { year: 2014 })).status).toBe(403);
    expect((await POST('officer.qingdao', '/api/v1/set-aside/reports', { year: 2014, region: '4403' })).status).toBe(404);
    const v1 = await POST('officer.qingdao', '/api/v1/set-aside/reports', { year: 2014 });
    expect(v1.status).toBe(201);
    expect(demo.check('POST', '/api/v1/set-aside/reports', 201, v1.json)).toEqual([]);
    expect([v1.json.version, v1.json.region]).toEqual([1, '3702']);
    // A change after publication: the published version keeps what was announced.
    await POST('procurement.demo', `/api/v1/budget-units/${OWN}/projects`, {
      year: 2014,
      name: '追加',
      budget: '1000',
      reserved_for: 'sme',
    });
    const v2 = await POST('officer.qingdao', '/api/v1/set-aside/reports', { year: 2014 });
    expect(v2.json.version).toBe(2);
    expect(v2.json.report.totals.sme_reserved).toBe(v1.json.report.totals.sme_reserved + 1000);
    const again = (await GET('officer.qingdao', `/api/v1/set-aside/reports/${v1.json.id}`)).json;
    expect(again.report.totals).toEqual(v1.json.report.totals);
    expect(again.version).toBe(1);
    await expect(
      demo.store.db.updateTable('set_aside_reports').set({ version: 9 }).where('id', '=', v1.json.id).execute(),
    ).rejects.toThrow();
    await expect(demo.store.db.deleteFrom('set_aside_reports').execute()).rejects.toThrow();
    const list = (await GET('officer.shandong', '/api/v1/set-aside/reports?year=2014')).json.items;
    expect(list.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect((await GET('officer.shenzhen', '/api/v1/set-aside/reports')).json.items).toEqual([]);
    expect((await GET('officer.shenzhen', `/api/v1/set-aside/reports/${v1.json.id}`)).status).toBe(404);
    const file = await demo.app.inject({
      method: 'GET',
      url: `/api/v1/set-aside/reports/${v1.json.id}/xlsx`,
      headers: { authorization: `Bearer ${demo.tokens.get('analyst.demo')}` },
    });
    expect([file.statusCode, file.headers['content-disposition']]).toEqual([
      200,
      'attachment; filename="xiaowei-set-aside-3702-2014-v1.xlsx"',
    ]);
    const pdf = await demo.app.inject({
      method: 'GET',
      url: `/api/v1/set-aside/reports/${v1.json.id}/pdf`,
      headers: { authorization: `Bearer ${demo.tokens.get('officer.shandong')}` },
    });
    expect([pdf.statusCode, pdf.headers['content-disposition']]).toEqual([
      200,
      'attachment; filename="xiaowei-set-aside-3702-2014-v1.pdf"',
    ]);
  });
});
