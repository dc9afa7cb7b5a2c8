/**
 * What-if scenarios and the registry as a simulation's input, on SQLite and PostgreSQL (the server at
 * XIAOWEI_TEST_DATABASE_URL in a fresh schema, else PGlite): saved checked against the parameter tree (a bad
 * change is refused with its field and leaves nothing, not even an audit row), owned, shared within the owner's
 * region, audited; the registry of a year within a scope simulated equals the same enterprises given as records.
 */
import { recordColumns, runSimulation } from '@xiaowei/app';
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
