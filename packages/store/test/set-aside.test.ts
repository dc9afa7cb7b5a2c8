/**
 * Budget units, projects and the set-aside monitoring on SQLite and PostgreSQL (the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema, else PGlite): the policy's decision at the 30% and 18%
 * lines and one fen on either side, scopes, audited writes that leave nothing behind when refused, the
 * shortfall reason, the regional report and its immutable published versions.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type Store, SYSTEM_ACTOR, seedProcurement, ValidationError } from '../src/index.ts';
import { dialects } from './dialects.ts';

const BACKENDS = dialects('xw_sa', 2);

const ALL = { all: true } as const;
const W = { actor: 'tester', scope: ALL };

for (const [name, open] of BACKENDS) {
  describe(`set-aside on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.migrate();
      await seedProcurement(store);
    }, 60_000);
    afterAll(() => cleanup?.());

    const auditCount = async () => Number((await sql<{ n: unknown }>`select count(*) as n from audit_log`.execute(store.db)).rows[0].n);

    it('seeds deterministic units; seeding again changes nothing', async () => {
      const before = await auditCount();
      expect(await seedProcurement(store)).toEqual([]);
      expect(await auditCount()).toBe(before);
      const unit = await store.budgetUnits.get('BU-DEMO-370200', { scope: { budgetUnitId: 'BU-DEMO-370200' } });
      expect(unit.years.map((y) => y.year)).toEqual([2012, 2013, 2014, 2015]);
      const s = await store.setAside.status('BU-DEMO-370200', 2013, { scope: ALL });
      // 15,600,000 of 52,000,000 reserved for SMEs (30%), 9,360,000 for small/micro (18%): on both lines.
      expect(s.amounts).toMatchObject({ budgetFen: 52_000_000_00, smeReservedFen: 15_600_000_00, smallMicroReservedFen: 9_360_000_00 });
      expect(s.shares).toMatchObject({ smeReserved: '0.300000', smallMicroReserved: '0.180000' });
      expect(s.state).toBe('meets');
    });

    it('decides at the 30% line and one fen on either side with the policy', async () => {
      const id = `BU-T-30-${name}`;
      await store.budgetUnits.create({ id, name: '边界测试单位', regionCode: '370202' }, { actor: 'tester' });
      await store.budgetUnits.upsertYear(id, { year: 2013, procurementBudgetFen: 100_000_000 }, W);
      // SME-only project 30,000,000 − 18,000,000 fen, small/micro 18,000,000 fen: 30% and 18% exactly.
      const sme = await store.procurementProjects.create(
        { budgetUnitId: id, year: 2013, name: 'SME', budgetFen: 12_000_000, reservedFor: 'sme' },
        W,
      );
      await store.procurementProjects.create(
        { budgetUnitId: id, year: 2013, name: 'SM', budgetFen: 18_000_000, reservedFor: 'small_micro' },
        W,
      );
      const at = await store.setAside.status(id, 2013, { scope: ALL });
      expect([at.meetsSme, at.meetsSmallMicro, at.state]).toEqual([true, true, 'meets']);
      await store.procurementProjects.update(sme.id, { budgetFen: 11_999_999 }, W);
      const below = await store.setAside.status(id, 2013, { scope: ALL });
      expect([below.shares.smeReserved, below.meetsSme, below.meetsSmallMicro, below.state]).toEqual([
        '0.299999',
        false,
        true,
        'below_without_reason',
      ]);
      await store.procurementProjects.update(sme.id, { budgetFen: 12_000_001 }, W);
      // One fen above 30%: 60% of 30,000,001 fen is 18,000,000.6 > 18,000,000 — the small/micro part now fails.
      const above = await store.setAside.status(id, 2013, { scope: ALL });
      expect([above.meetsSme, above.meetsSmallMicro, above.meets]).toEqual([true, false, false]);
    });

    it('decides at the 18% line and one fen on either side', async () => {
      const id = `BU-T-18-${name}`;
      await store.budgetUnits.create({ id, name: '边界测试单位 18', regionCode: '370211' }, { actor: 'tester' });
      await store.budgetUnits.upsertYear(id, { year: 2014, procurementBudgetFen: 100_000_000 }, W);
      const sme = await store.procurementProjects.create(
        { id: `${id}-SME`, budgetUnitId: id, year: 2014, name: 'SME', budgetFen: 20_000_000, reservedFor: 'sme' },
        W,
      );
      const sm = await store.procurementProjects.create(
        { id: `${id}-SM`, budgetUnitId: id, year: 2014, name: 'SM', budgetFen: 18_000_000, reservedFor: 'small_micro' },
        W,
      );
      // 38% for SMEs; small/micro 18% of the total but 18/38 < 60% of the SME part: below.
      const short = await store.setAside.status(id, 2014, { scope: ALL });
      expect([short.meetsSme, short.meetsSmallMicro]).toEqual([true, false]);
      // SME part 12,000,000 + 18,000,000 = 30%, small/micro 18% = 60% of it: on both lines.
      await store.procurementProjects.update(sme.id, { budgetFen: 12_000_000 }, W);
      const at = await store.setAside.status(id, 2014, { scope: ALL });
      expect([at.shares.smeReserved, at.shares.smallMicroReserved, at.meets]).toEqual(['0.300000', '0.180000', true]);
      await store.procurementProjects.update(sm.id, { budgetFen: 17_999_999 }, W);
      const below = await store.setAside.status(id, 2014, { scope: ALL });
      expect([below.shares.smallMicroReserved, below.meetsSmallMicro]).toEqual(['0.179999', false]);
      await store.procurementProjects.update(sm.id, { budgetFen: 18_000_001 }, W);
      const again = await store.setAside.status(id, 2014, { scope: ALL });
      // 18,000,001 of 30,000,001 ≥ 60%; 18.000001% ≥ 18%.
      expect([again.meetsSme, again.meetsSmallMicro, again.meets]).toEqual([true, true, true]);
    });

    it('sums awards to medium, small and micro suppliers; small and micro apart', async () => {
      const s = await store.setAside.status('BU-DEMO-370202', 2012, { scope: ALL });
      const projects = await store.procurementProjects.list('BU-DEMO-370202', { scope: ALL, year: 2012 });
      const sum = (classes: string[]) =>
        projects.filter((p) => p.award && classes.includes(p.award.sizeClass)).reduce((a, p) => a + (p.award?.amountFen ?? 0), 0);
      expect(s.amounts.smeAwardedFen).toBe(sum(['medium', 'small', 'micro']));
      expect(s.amounts.smallMicroAwardedFen).toBe(sum(['small', 'micro']));
      expect(s.amounts.smeAwardedFen).toBeGreaterThan(s.amounts.smallMicroAwardedFen);
    });

    it('scopes reads and writes: a unit sees only itself, an officer their region', async () => {
      const own = { budgetUnitId: 'BU-DEMO-370200' };
      expect((await store.budgetUnits.list({ scope: own })).items.map((u) => u.id)).toEqual(['BU-DEMO-370200']);
      await expect(store.budgetUnits.get('BU-DEMO-370202', { scope: own })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.procurementProjects.list('BU-DEMO-440300', { scope: own })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.procurementProjects.get('BU-DEMO-440300-2013-P1', { scope: { regionPrefix: '3702' } })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const qd = (await store.budgetUnits.list({ scope: { regionPrefix: '3702' }, limit: 1000 })).items;
      expect(qd.length).toBeGreaterThanOrEqual(3);
      expect(qd.every((u) => u.regionCode.startsWith('3702'))).toBe(true);
      expect((await store.budgetUnits.list({ scope: { regionPrefix: '3702' }, regionPrefix: '44' })).items).toEqual([]);
      const before = await auditCount();
      await expect(
        store.procurementProjects.create(
          { budgetUnitId: 'BU-DEMO-440300', year: 2013, name: 'x', budgetFen: 1, reservedFor: 'none' },
          { actor: 'tester', scope: own },
        ),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.budgetUnits.upsertYear('BU-DEMO-440300', { year: 2016, procurementBudgetFen: 1 }, { actor: 'x', scope: own }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await auditCount()).toBe(before);
      // Text search: name contains (wildcards taken literally) or id equals.
      expect((await store.budgetUnits.list({ scope: ALL, text: '黄岛' })).items.map((u) => u.id)).toEqual(['BU-DEMO-370211']);
      expect((await store.budgetUnits.list({ scope: ALL, text: 'BU-DEMO-370100' })).items.map((u) => u.id)).toEqual(['BU-DEMO-370100']);
      expect((await store.budgetUnits.list({ scope: ALL, text: '%' })).items).toEqual([]);
      // A party scope of another kind sees no units.
      expect((await store.budgetUnits.list({ scope: { bankId: 'BANK-DEMO-01' } })).items).toEqual([]);
    });

    it('refuses a write that would reserve more than the budget, leaving nothing behind', async () => {
      const before = await auditCount();
      const projects = (await store.procurementProjects.list('BU-DEMO-370200', { scope: ALL, year: 2013 })).length;
      const error = await store.procurementProjects
        .create({ budgetUnitId: 'BU-DEMO-370200', year: 2013, name: '超预算', budgetFen: 52_000_000_00, reservedFor: 'sme' }, W)
        .catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe('budgetFen');
      expect(error.messages['zh-CN']).toContain('超过年度政府采购预算总额');
      const lowered = await store.budgetUnits.upsertYear('BU-DEMO-370200', { year: 2013, procurementBudgetFen: 100 }, W).catch((e) => e);
      expect(lowered).toBeInstanceOf(ValidationError);
      expect((await store.budgetUnits.get('BU-DEMO-370200', { scope: ALL })).years.find((y) => y.year === 2013)?.procurementBudgetFen).toBe(
        52_000_000_00,
      );
      expect((await store.procurementProjects.list('BU-DEMO-370200', { scope: ALL, year: 2013 })).length).toBe(projects);
      // Bad values, no year recorded, unknown reservation: refused before anything is written.
      await expect(
        store.procurementProjects.create({ budgetUnitId: 'BU-DEMO-370200', year: 2019, name: 'x', budgetFen: 1, reservedFor: 'none' }, W),
      ).rejects.toMatchObject({ field: 'year' });
      await expect(
        store.procurementProjects.create({ budgetUnitId: 'BU-DEMO-370200', year: 2013, name: 'x', budgetFen: -1, reservedFor: 'none' }, W),
      ).rejects.toMatchObject({ field: 'budgetFen' });
      await expect(
        store.procurementProjects.create(
          { budgetUnitId: 'BU-DEMO-370200', year: 2013, name: 'x', budgetFen: 1, reservedFor: 'medium' as 'sme' },
          W,
        ),
      ).rejects.toMatchObject({ field: 'reservedFor' });
      await expect(store.budgetUnits.create({ name: 'x', regionCode: '99' }, { actor: 't' })).rejects.toMatchObject({
        field: 'regionCode',
      });
      expect(await auditCount()).toBe(before);
    });

    it('refuses awards that would add up beyond 10^13 yuan instead of rounding them', async () => {
      const id = `BU-T-BIG-${name}`;
      await store.budgetUnits.create({ id, name: '大额', regionCode: '440305' }, { actor: 'tester' });
      await store.budgetUnits.upsertYear(id, { year: 2013, procurementBudgetFen: 100 }, W);
      const award = { supplierName: '供应商', sizeClass: 'small' as const, amountFen: 900_000_000_000_000 };
      await store.procurementProjects.create({ budgetUnitId: id, year: 2013, name: 'A', budgetFen: 1, reservedFor: 'none', award }, W);
      const before = await auditCount();
      const error = await store.procurementProjects
        .create({ budgetUnitId: id, year: 2013, name: 'B', budgetFen: 1, reservedFor: 'none', award }, W)
        .catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe('award.amountFen');
      expect(await auditCount()).toBe(before);
      expect((await store.procurementProjects.list(id, { scope: ALL })).length).toBe(1);
      expect((await store.setAside.status(id, 2013, { scope: ALL })).amounts.smeAwardedFen).toBe(900_000_000_000_000);
    });

    it('records a shortfall reason only below the line, audited', async () => {
      await expect(store.setAside.recordShortfallReason('BU-DEMO-370200', 2013, '无', W)).rejects.toMatchObject({ field: 'reason' });
      await expect(store.setAside.recordShortfallReason('BU-DEMO-370200', 2015, '  ', W)).rejects.toMatchObject({ field: 'reason' });
      const s = await store.setAside.recordShortfallReason('BU-DEMO-370200', 2015, '大型设备集中采购', {
        actor: 'proc-user',
        scope: { budgetUnitId: 'BU-DEMO-370200' },
      });
      expect([s.state, s.shortfallReason, s.shortfallReasonBy]).toEqual(['below_with_reason', '大型设备集中采购', 'proc-user']);
      const audit = await store.audit.list({ entityId: 'BU-DEMO-370200', action: 'budget_unit_year.shortfall_reason' });
      expect(audit.items[0]).toMatchObject({ actor: 'proc-user', after: { year: 2015, shortfallReason: '大型设备集中采购' } });
      const cleared = await store.setAside.recordShortfallReason('BU-DEMO-370200', 2015, null, W);
      expect([cleared.state, cleared.shortfallReason]).toEqual(['below_without_reason', null]);
    });

    it('says when the rules do not cover the year', async () => {
      // 财库〔2011〕181号 applies to procurement started before 2021-01-01; the per-project rules of 财库〔2020〕46号 are not encoded.
      await store.budgetUnits.upsertYear('BU-DEMO-370202', { year: 2021, procurementBudgetFen: 1_000_000 }, W);
      const s = await store.setAside.status('BU-DEMO-370202', 2021, { scope: ALL });
      expect(s.state).toBe('not_computable');
      expect(s.problem?.code).toBe('not_encoded');
      expect(s.problem?.message.en).toContain('2020-12-31');
      expect((await store.setAside.explain('BU-DEMO-370202', 2021, { scope: ALL })).trace).toEqual([]);
      expect((await store.setAside.status('BU-DEMO-370202', 2011, { scope: ALL })).state).toBe('no_budget_recorded');
    });

    it('explains a decision with the engine trace down to the 30% and 60% parameters', async () => {
      const { trace } = await store.setAside.explain('BU-DEMO-370200', 2013, { scope: { regionPrefix: '3702' } });
      expect(trace.map((t) => t.variable)).toEqual([
        'budget_unit_meets_set_aside',
        'budget_unit_sme_awarded_share',
        'budget_unit_small_micro_awarded_share',
      ]);
      const params = JSON.stringify(trace[0]);
      expect(params).toContain('procurement.set_aside.sme_share');
      expect(params).toContain('procurement.set_aside.small_micro_share_of_sme');
      expect(params).toContain('财库〔2011〕181号');
    });

    it('reports a region with totals decided by the policy, within the scope only', async () => {
      const r = await store.setAside.report({ scope: { regionPrefix: '3702' }, year: 2013 });
      expect(r.regionPrefix).toBe('3702');
      expect(r.units.every((u) => u.regionCode.startsWith('3702'))).toBe(true);
      const recorded = r.units.filter((u) => u.state !== 'no_budget_recorded' && u.state !== 'not_computable');
      expect(r.totals.amounts.budgetFen).toBe(recorded.reduce((a, u) => a + u.amounts.budgetFen, 0));
      expect(r.totals.unitsBelowWithoutReason).toBe(r.units.filter((u) => u.state === 'below_without_reason').length);
      expect(r.units.find((u) => u.budgetUnitId === 'BU-DEMO-370211')?.state).toBe('below_without_reason');
      await expect(store.setAside.report({ scope: { regionPrefix: '3702' }, regionPrefix: '37', year: 2013 })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(store.setAside.report({ scope: { budgetUnitId: 'BU-DEMO-370200' }, year: 2013 })).rejects.toBeInstanceOf(NotFoundError);
      const national = await store.setAside.report({ scope: ALL, year: 2013 });
      expect(national.units.length).toBeGreaterThan(r.units.length);
    });

    it('publishes immutable versions, read within the scope', async () => {
      const v1 = await store.setAside.publish({ scope: { regionPrefix: '3702' }, year: 2014 }, { actor: 'officer' });
      const v2 = await store.setAside.publish({ scope: { regionPrefix: '3702' }, year: 2014 }, { actor: 'officer' });
      expect([v1.version, v2.version]).toEqual([1, 2]);
      await expect(store.db.updateTable('set_aside_reports').set({ year: 1999 }).where('id', '=', v1.id).execute()).rejects.toThrow(
        /immutable/,
      );
      await expect(store.db.deleteFrom('set_aside_reports').where('id', '=', v1.id).execute()).rejects.toThrow(/immutable/);
      const got = await store.setAside.getPublished(v1.id, { scope: { regionPrefix: '37' } });
      expect(got.report.totals).toEqual(v1.report.totals);
      await expect(store.setAside.getPublished(v1.id, { scope: { regionPrefix: '4403' } })).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.setAside.listPublished({ scope: { regionPrefix: '4403' } })).length).toBe(0);
      expect((await store.setAside.listPublished({ scope: { regionPrefix: '3702' }, year: 2014 })).map((p) => p.version)).toEqual([2, 1]);
      const audit = await store.audit.list({ action: 'set_aside_report.publish' });
      expect(audit.items.length).toBeGreaterThanOrEqual(2);
    });

    it('numbers concurrent publications of one region and year without a gap or a failure of the database', async () => {
      const results = await Promise.allSettled(
        [1, 2, 3].map(() => store.setAside.publish({ scope: { regionPrefix: '4403' }, year: 2013 }, { actor: 'officer' })),
      );
      // Each is a new version or, when two met, a conflict to retry — never another error.
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'XW_STORE_CONFLICT' });
      const versions = (await store.setAside.listPublished({ scope: { regionPrefix: '4403' }, year: 2013 })).map((p) => p.version);
      expect(versions).toEqual([...Array(versions.length)].map((_, i) => versions.length - i));
      expect(versions.length).toBe(results.filter((r) => r.status === 'fulfilled').length);
    });

    it('records awards by hand only for projects without a tender', async () => {
      const p = await store.procurementProjects.create(
        { budgetUnitId: 'BU-DEMO-370202', year: 2015, name: '手工授予', budgetFen: 1_000, reservedFor: 'none' },
        W,
      );
      const awarded = await store.procurementProjects.update(
        p.id,
        { award: { supplierName: '小企业', sizeClass: 'micro', amountFen: 900 } },
        W,
      );
      expect(awarded.award).toMatchObject({ sizeClass: 'micro', amountFen: 900 });
      await store.db.updateTable('procurement_projects').set({ tender_id: 'T-1' }).where('id', '=', p.id).execute();
      await expect(store.procurementProjects.update(p.id, { award: null }, W)).rejects.toMatchObject({ code: 'XW_STORE_CONFLICT' });
      expect((await store.procurementProjects.get(p.id, { scope: ALL })).award?.amountFen).toBe(900);
      await store.procurementProjects.delete(p.id, { actor: SYSTEM_ACTOR, scope: ALL });
    });
  });
}
