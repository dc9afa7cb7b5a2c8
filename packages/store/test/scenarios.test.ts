/**
 * What-if scenarios and the registry as a simulation's input, on SQLite and PostgreSQL (the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema, else PGlite): saved checked against the parameter tree (a bad
 * change is refused with its field and leaves nothing, not even an audit row), owned, shared within the owner's
 * region, audited; the registry of a year within a scope simulated equals the same enterprises given as records.
 */
import { recordColumns, runSimulation } from '@xiaowei/app';
import { defaultCell } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, type Store, ValidationError } from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const BACKENDS = dialects('xw_sc', 2);

const LIMIT = 'tax.corporate_income_tax.small_low_profit.taxable_income_limit';
const SCENARIO = {
  name: '上限 50 万元（2016）',
  base_year: 2016,
  changes: [{ kind: 'parameter', path: LIMIT, value: 500000, from: '2016-01-01', until: '2016-12-31' }],
};
const ALL = { all: true } as const;
const QINGDAO = { regionPrefix: '3702' };
const SHANDONG = { regionPrefix: '37' };
const SHENZHEN = { regionPrefix: '4403' };

for (const [name, open] of BACKENDS) {
  describe(`scenarios on ${name}`, () => {
    let store: Store;
    migratedStore(open, (s) => {
      store = s;
    });
    const auditCount = async () => Number((await sql<{ n: unknown }>`select count(*) as n from audit_log`.execute(store.db)).rows[0].n);

    it('saves a checked scenario, audited; refuses a bad one with its field and writes nothing', async () => {
      const before = await auditCount();
      const bad = await store.scenarios
        .create(
          { ownerId: 'u-officer', scope: SHANDONG, scenario: { ...SCENARIO, changes: [{ ...SCENARIO.changes[0], value: 'lots' }] } },
          { actor: 'u-officer' },
        )
        .catch((e) => e);
      expect(bad).toBeInstanceOf(ValidationError);
      expect(bad.field).toBe('changes[0].value');
      expect(bad.messages.ko).toContain('lots');
      expect(await auditCount()).toBe(before);
      const saved = await store.scenarios.create({ ownerId: 'u-officer', scope: SHANDONG, scenario: SCENARIO }, { actor: 'u-officer' });
      expect(saved).toMatchObject({ ownerId: 'u-officer', scopePrefix: '37', shared: false, version: 1 });
      expect(saved.scenario.changes[0]).toEqual({
        kind: 'parameter',
        path: LIMIT,
        value: '500000',
        from: '2016-01-01',
        until: '2016-12-31',
      });
      expect(await auditCount()).toBe(before + 1);
      const audit = await store.audit.list({ entityType: 'scenario', entityId: saved.id });
      expect(audit.items.map((a) => a.action)).toEqual(['scenario.create']);
    });

    it('is read by its owner, and when shared by others within the owner’s region only', async () => {
      const s = await store.scenarios.create({ ownerId: 'u-owner', scope: SHANDONG, scenario: SCENARIO }, { actor: 'u-owner' });
      await expect(store.scenarios.get(s.id, { userId: 'u-qd', scope: QINGDAO })).rejects.toBeInstanceOf(NotFoundError);
      const shared = await store.scenarios.update(s.id, { shared: true }, { actor: 'u-owner', userId: 'u-owner', expectedVersion: 1 });
      expect(shared.version).toBe(2);
      expect((await store.scenarios.get(s.id, { userId: 'u-qd', scope: QINGDAO })).scenario.name).toBe(SCENARIO.name);
      expect((await store.scenarios.get(s.id, { userId: 'u-analyst', scope: ALL })).id).toBe(s.id);
      await expect(store.scenarios.get(s.id, { userId: 'u-sz', scope: SHENZHEN })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.scenarios.get(s.id, { userId: 'u-firm', scope: { enterpriseId: 'E1' } })).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.scenarios.list({ userId: 'u-qd', scope: QINGDAO })).map((x) => x.id)).toContain(s.id);
      expect((await store.scenarios.list({ userId: 'u-sz', scope: SHENZHEN })).map((x) => x.id)).not.toContain(s.id);
      // Only the owner changes or deletes it; a stale version is a conflict.
      await expect(store.scenarios.update(s.id, { shared: false }, { actor: 'u-qd', userId: 'u-qd' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        store.scenarios.update(s.id, { shared: false }, { actor: 'u-owner', userId: 'u-owner', expectedVersion: 1 }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(store.scenarios.delete(s.id, { actor: 'u-qd', userId: 'u-qd' })).rejects.toBeInstanceOf(NotFoundError);
      await store.scenarios.delete(s.id, { actor: 'u-owner', userId: 'u-owner' });
      await expect(store.scenarios.get(s.id, { userId: 'u-owner', scope: SHANDONG })).rejects.toBeInstanceOf(NotFoundError);
      const audit = await store.audit.list({ entityType: 'scenario', entityId: s.id });
      expect(audit.items.map((a) => a.action)).toEqual(['scenario.delete', 'scenario.update', 'scenario.create']);
    });

    it('reads the registry of a year within a scope as a simulation input equal to the same enterprises as records', async () => {
      const firms = [
        { id: 'SIM-A', region: '370202', industry: 'C3311', taxable: 40_000_000 },
        { id: 'SIM-B', region: '370211', industry: 'F5221', taxable: 30_000_001 },
        { id: 'SIM-C', region: '440305', industry: 'C3311', taxable: 45_000_000 },
        { id: 'SIM-D', region: '370100', industry: 'F5221', taxable: null },
      ];
      const result = await store.importEnterprises(
        firms.map((f) => ({
          id: f.id,
          name: `${f.id} 有限公司`,
          regionCode: f.region,
          industry: f.industry,
          year: 2016,
          employees: 60,
          revenueFen: 900_000_000,
          totalAssetsFen: 900_000_000,
          taxableIncomeFen: f.taxable ?? undefined,
        })),
        { actor: 'tester' },
      );
      expect(result).toMatchObject({ enterprisesCreated: 4 });
      const input = await store.simulationInput({ scope: QINGDAO, year: 2016 });
      expect(input.ids).toEqual(['SIM-A', 'SIM-B']);
      const shandong = await store.simulationInput({ scope: SHANDONG, year: 2016, batchSize: 1 });
      expect(shandong.ids).toEqual(['SIM-A', 'SIM-B', 'SIM-D']);
      const scenario = {
        name: 'x',
        baseYear: 2016,
        changes: [{ kind: 'parameter' as const, path: LIMIT, value: '500000', from: '2016-01-01' }],
      };
      const fromStore = await runSimulation(scenario, 2016, shandong, { workers: 0 });
      const records = firms
        .filter((f) => f.region.startsWith('37'))
        .map((f) => ({
          region: f.region,
          industry: f.industry,
          employees: 60,
          revenue: '9000000',
          total_assets: '9000000',
          ...(f.taxable === null ? {} : { taxable_income: String(f.taxable / 100) }),
        }));
      const fromRecords = await runSimulation(
        scenario,
        2016,
        { n: 3, ids: ['SIM-A', 'SIM-B', 'SIM-D'], columns: recordColumns(getSystem(), 2016, records) },
        { workers: 0 },
      );
      expect(fromStore.totals).toEqual(fromRecords.totals);
      // D has no taxable income stored: left out and reported, never counted as 0.
      expect(fromStore.incomplete).toBe(1);
      expect(fromStore.problems[0]).toMatchObject({ field: 'taxable_income' });
      expect(fromStore.totals).toMatchObject({ enterprises: 2, gainers: 2, changeFen: 2_000_000n + 1_500_000n });
    });
  });
}

describe('the registry read from a SQLite file (its own connection, rows as arrays)', () => {
  const rows = [
    // Fractional employees (an annual average, migration 0012); no total profit stored; inputs given plainly.
    {
      id: 'RD-1',
      regionCode: '370202',
      employees: 12.5,
      totalProfitFen: undefined,
      restrictedIndustry: true,
      inputs: { premises_rent: '36000', rents_premises: true, vat_sales: '18000' },
    },
    // Monthly sales given for two months only: the other months are "not given" (NaN), never 0.
    {
      id: 'RD-2',
      regionCode: '370211',
      employees: 40,
      totalProfitFen: 5_000_00,
      restrictedIndustry: false,
      inputs: { vat_sales: { '01': '20000', '03': '21000.5' } },
    },
    { id: 'RD-3', regionCode: '440305', employees: 7, totalProfitFen: -1_00, restrictedIndustry: undefined, inputs: undefined },
    { id: 'RD-4', regionCode: '370100', employees: 300, totalProfitFen: 0, restrictedIndustry: false, inputs: undefined },
    {
      id: 'RD-5',
      regionCode: '370203',
      employees: 9,
      totalProfitFen: 1_00,
      restrictedIndustry: false,
      inputs: { premises_rent: '1000.01' },
    },
  ];
  const importRows = (years: number[]) =>
    years.flatMap((year) =>
      rows.map((r) => ({
        id: r.id,
        name: `${r.id} 有限公司`,
        regionCode: r.regionCode,
        industry: 'C3311',
        founded: '2009-06-30',
        year,
        employees: r.employees,
        revenueFen: 900_000_000 + year,
        totalAssetsFen: 500_000_000,
        taxableIncomeFen: 100_000_00,
        totalProfitFen: r.totalProfitFen,
        restrictedIndustry: r.restrictedIndustry,
        // Values by month are keyed by the row's own year.
        inputs:
          r.inputs === undefined
            ? null
            : Object.fromEntries(
                Object.entries(r.inputs).map(([k, v]) => [
                  k,
                  typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([m, x]) => [`${year}-${m}`, x])) : v,
                ]),
              ),
      })),
    );

  it('gives the columns the in-memory read gives, within the scope, in batches with progress, nothing filled with 0', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createStore } = await import('../src/index.ts');
    const dir = mkdtempSync(join(tmpdir(), 'xw-registry-read-'));
    const file = await createStore(join(dir, 'registry.db'));
    const memory = await createStore(':memory:');
    try {
      for (const s of [file, memory]) {
        await s.migrate();
        expect(await s.importEnterprises(importRows([2015, 2016]), { actor: 'tester', recompute: false })).toMatchObject({
          status: 'completed',
        });
      }
      const progress: number[] = [];
      const fromFile = await file.simulationInput({ scope: SHANDONG, year: 2016, batchSize: 2, onProgress: (n) => progress.push(n) });
      const fromMemory = await memory.simulationInput({ scope: SHANDONG, year: 2016, batchSize: 2 });
      expect(fromFile.ids).toEqual(['RD-1', 'RD-2', 'RD-4', 'RD-5']);
      expect(progress).toEqual([2, 4, 4]);
      expect(Object.keys(fromFile.columns).sort()).toEqual(Object.keys(fromMemory.columns).sort());
      for (const [key, col] of Object.entries(fromMemory.columns)) expect([key, fromFile.columns[key]]).toEqual([key, col]);
      const c = fromFile.columns;
      expect(Array.from(c.employees as Float64Array)).toEqual([12.5, 40, 300, 9]);
      expect(Array.from(c.revenue as Float64Array)).toEqual([900_002_016, 900_002_016, 900_002_016, 900_002_016]);
      // A figure or input not stored is the variable's default: "not given" (NaN) where the rules have no default.
      const fallback = (id: string) => defaultCell(getSystem().variable(id));
      expect((c.total_profit as Float64Array)[0]).toBe(fallback('total_profit'));
      expect(Array.from(c.restricted_industry as Uint8Array)).toEqual([1, 0, 0, 0]);
      expect(
        Array.from(c.premises_rent as Float64Array)
          .slice(0, 1)
          .concat((c.premises_rent as Float64Array)[3]),
      ).toEqual([3_600_000, 100_001]);
      expect((c.premises_rent as Float64Array)[1]).toBe(fallback('premises_rent'));
      // A plain monthly value is every month's; a value by month is that month's, the others not given.
      expect((c['vat_sales@2016-07'] as Float64Array)[0]).toBe(1_800_000);
      expect([(c['vat_sales@2016-01'] as Float64Array)[1], (c['vat_sales@2016-03'] as Float64Array)[1]]).toEqual([2_000_000, 2_100_050]);
      expect(Number.isNaN((c['vat_sales@2016-02'] as Float64Array)[1])).toBe(true);
      expect(Array.from(c.founded as Float64Array)).toEqual(Array(4).fill((c.founded as Float64Array)[0]));
      // Another year, another scope.
      expect((await file.simulationInput({ scope: { regionPrefix: '4403' }, year: 2015 })).ids).toEqual(['RD-3']);
      expect((await file.simulationInput({ scope: ALL, year: 2014 })).n).toBe(0);
    } finally {
      await file.close();
      await memory.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
