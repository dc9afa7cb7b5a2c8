/**
 * The store's conformance suite: one set of tests, run against every backend (sqlite.test.ts,
 * postgres.test.ts), the way Kysely and Hono test one contract over several implementations.
 */
import { randomUUID } from 'node:crypto';
import { Period, Population, Simulation } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL,
  ConflictError,
  DEMO_USERS,
  type EnterpriseImportRow,
  hashToken,
  type MeasureTotalRow,
  NotFoundError,
  type Store,
  seedDemo,
  ValidationError,
} from '../src/index.ts';

export interface StoreFixture {
  readonly store: Store;
  readonly cleanup: () => Promise<void>;
  /** Whether reads run beside a write transaction (a pool, or SQLite's reader connection). */
  readonly concurrentReads: boolean;
}

/** A short unique prefix, so that tests sharing one database never see each other's rows. */
const tag = () => `T${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const actor = 'test-actor';

export function storeSuite(name: string, make: () => Promise<StoreFixture>): void {
  describe(`store on ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;

    beforeAll(async () => {
      fixture = await make();
      store = fixture.store;
      await store.migrate();
    }, 120_000);

    afterAll(async () => {
      await fixture?.cleanup();
    });

    const enterprise = (id: string, regionCode: string, extra: Partial<{ name: string; industry: string }> = {}) =>
      store.enterprises.create({ id, name: extra.name ?? `企业${id}`, regionCode, industry: extra.industry ?? 'C3911' }, { actor });

    const auditOf = async (entityId: string) => (await store.audit.list({ entityId, limit: 100 })).items;

    describe('migrations', () => {
      it('are idempotent: a second run applies nothing and changes nothing', async () => {
        expect(await store.migrate()).toEqual([]);
        expect(await store.migrate()).toEqual([]);
        const provinces = await store.regions.list({ parentCode: null });
        expect(provinces).toHaveLength(31);
        expect(provinces.find((r) => r.code === '370000')?.name).toEqual({ 'zh-CN': '山东省', ko: '산둥성', en: 'Shandong' });
        const qingdao = await store.regions.get('370200');
        expect(qingdao).toMatchObject({ parentCode: '370000', level: 'city', name: { 'zh-CN': '青岛市' } });
        expect((await store.regions.list({ parentCode: '440000' })).map((r) => r.code)).toContain('440300');
      });
    });

    describe('enterprises with audit in the same transaction', () => {
      it('create, update, delete each write their audit row', async () => {
        const id = tag();
        const created = await enterprise(id, '370202');
        expect(created).toMatchObject({ id, regionCode: '370202', industry: 'C3911', industryGroup: 'industry', version: 1 });
        const updated = await store.enterprises.update(id, { name: '新名称有限公司' }, { actor, scope: ALL, expectedVersion: 1 });
        expect(updated.version).toBe(2);
        await expect(store.enterprises.update(id, { name: 'x' }, { actor, scope: ALL, expectedVersion: 1 })).rejects.toBeInstanceOf(
          ConflictError,
        );
        await store.enterprises.delete(id, { actor, scope: ALL });
        await expect(store.enterprises.get(id, { scope: ALL })).rejects.toBeInstanceOf(NotFoundError);
        const rows = await auditOf(id);
        expect(rows.map((r) => r.action)).toEqual(['enterprise.delete', 'enterprise.update', 'enterprise.create']);
        expect(rows[1]).toMatchObject({ actor, entityType: 'enterprise', regionCode: '370202' });
        expect(rows[1].before).toMatchObject({ name: `企业${id}`, version: 1 });
        expect(rows[1].after).toMatchObject({ name: '新名称有限公司', version: 2 });
        expect(rows[0].before).toMatchObject({ id, years: [] });
      });

      it('a change whose audit row fails leaves neither the change nor an audit row', async () => {
        const id = tag();
        // An empty actor makes the audit write throw after the insert, inside the same transaction.
        await expect(store.enterprises.create({ id, name: '甲', regionCode: '370202', industry: 'retail' }, { actor: '' })).rejects.toThrow(
          /actor/,
        );
        await expect(store.enterprises.get(id, { scope: ALL })).rejects.toBeInstanceOf(NotFoundError);
        expect(await auditOf(id)).toEqual([]);
      });

      it('a failing transaction of several changes leaves none of them and none of their audit rows', async () => {
        const a = tag();
        const b = tag();
        await expect(
          store.transaction(async (tx) => {
            await tx.enterprises.create({ id: a, name: '甲', regionCode: '370202', industry: 'retail' }, { actor });
            await tx.enterprises.create({ id: b, name: '乙', regionCode: '370202', industry: 'retail' }, { actor });
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        for (const id of [a, b]) {
          await expect(store.enterprises.get(id, { scope: ALL })).rejects.toBeInstanceOf(NotFoundError);
          expect(await auditOf(id)).toEqual([]);
        }
      });

      it('rejects bad values with messages in three languages', async () => {
        const err = await store.enterprises.create({ name: '甲', regionCode: '990000', industry: 'C3911' }, { actor }).catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.field).toBe('regionCode');
        expect(err.messages['zh-CN']).toContain('990000');
        expect(err.messages.ko).toContain('990000');
        expect(err.messages.en).toContain('province');
        await expect(store.enterprises.create({ name: '甲', regionCode: '370200', industry: 'J66' }, { actor })).rejects.toBeInstanceOf(
          ValidationError,
        );
        await expect(
          store.enterprises.create({ id: 'bad id!', name: '甲', regionCode: '370200', industry: 'retail' }, { actor }),
        ).rejects.toBeInstanceOf(ValidationError);
      });

      it('employees: the fractional annual average the variable takes is stored exactly, by a write and by an import; negative refused', async () => {
        // 财税〔2009〕69号 art. 7: the annual average is the mean of the months' (start + end) / 2, so x.5 and
        // 25/24 are lawful. The bound is 0 (the variable's min): 0 taken, -0.01 refused.
        const id = tag();
        await enterprise(id, '370202');
        for (const employees of [0, 0.5, 1.5, 25 / 24, 12, 1e9 + 0.25]) {
          await store.enterprises.upsertYear(id, { year: 2013, employees }, { actor, scope: ALL });
          const detail = await store.enterprises.get(id, { scope: ALL });
          expect(detail.years.find((y) => y.year === 2013)?.employees).toBe(employees);
          const exported = [];
          for await (const row of store.enterprises.export({ scope: ALL, filter: { text: id } })) exported.push(row.employees);
          expect(exported).toEqual([employees]);
        }
        for (const employees of [-0.01, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
          const err = await store.enterprises.upsertYear(id, { year: 2013, employees }, { actor, scope: ALL }).catch((e) => e);
          expect(err).toBeInstanceOf(ValidationError);
          expect(err.field).toBe('employees');
        }
        const negative = await store.enterprises.upsertYear(id, { year: 2013, employees: -1 }, { actor, scope: ALL }).catch((e) => e);
        expect(negative.messages).toEqual({
          'zh-CN': '-1 小于允许的最小值 0',
          ko: '-1은(는) 허용 최솟값 0보다 작습니다',
          en: '-1 is below the minimum 0',
        });
        expect((await store.enterprises.get(id, { scope: ALL })).years[0].employees).toBe(1e9 + 0.25);

        const t = tag();
        const records = ['0', '0.5', '1.5', '12.25', '-0.01'].map((v, i) => ({
          统一社会信用代码: `${t}${i}`,
          企业名称: `企业${i}`,
          所属地区: '370202',
          行业: 'retail',
          年度: '2013',
          营业收入: '1000000',
          从业人员: v,
        }));
        const refused = await store.importRecords(records, { actor, lang: 'en' });
        expect(refused.status).toBe('rejected');
        if (refused.status !== 'rejected') return;
        expect(refused.problems.map((p) => [p.row, p.field, p.code, p.message])).toEqual([
          [6, 'employees', 'below_min', '-0.01 is below the minimum 0'],
        ]);
        const imported = await store.importRecords(records.slice(0, 4), { actor });
        expect(imported).toMatchObject({ status: 'completed', enterprisesCreated: 4 });
        const stored = await Promise.all(
          records.slice(0, 4).map(async (r) => (await store.enterprises.get(r.统一社会信用代码, { scope: ALL })).years[0].employees),
        );
        expect(stored).toEqual([0, 0.5, 1.5, 12.25]);
        // retail small: ≥ 10 employees and ≥ 1,000,000 yuan (工信部联企业〔2011〕300号); 12.25 is small, 1.5 micro.
        expect((await store.entitlements.get(`${t}3`, { scope: ALL }))[0].sizeClass).toBe('small');
        expect((await store.entitlements.get(`${t}2`, { scope: ALL }))[0].sizeClass).toBe('micro');
      });

      it('a duplicate id is a conflict', async () => {
        const id = tag();
        await enterprise(id, '370202');
        await expect(enterprise(id, '370202')).rejects.toBeInstanceOf(ConflictError);
      });
    });

    describe('audit log', () => {
      it('is append-only in the database: UPDATE and DELETE are rejected', async () => {
        const id = tag();
        await enterprise(id, '370202');
        await expect(sql`update audit_log set action = 'forged' where entity_id = ${id}`.execute(store.db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from audit_log where entity_id = ${id}`.execute(store.db)).rejects.toThrow(/append-only/);
        await expect(store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
        expect((await auditOf(id)).map((r) => r.action)).toEqual(['enterprise.create']);
      });

      it('filters by actor, entity, action, time and region prefix, newest first, paged', async () => {
        const who = `auditor-${tag()}`;
        const before = new Date(Date.now() - 1000).toISOString();
        const ids = [tag(), tag(), tag()];
        await store.enterprises.create({ id: ids[0], name: '甲', regionCode: '370202', industry: 'retail' }, { actor: who });
        await store.enterprises.create({ id: ids[1], name: '乙', regionCode: '440305', industry: 'retail' }, { actor: who });
        await store.enterprises.update(ids[0], { name: '甲二' }, { actor: who, scope: ALL });
        await store.enterprises.create({ id: ids[2], name: '丙', regionCode: '370211', industry: 'retail' }, { actor: who });
        const all = await store.audit.list({ actor: who });
        expect(all.items.map((r) => r.entityId)).toEqual([ids[2], ids[0], ids[1], ids[0]]);
        expect(all.items.every((r) => typeof r.id === 'number')).toBe(true);
        expect((await store.audit.list({ actor: who, regionPrefix: '37' })).items.map((r) => r.entityId)).toEqual([ids[2], ids[0], ids[0]]);
        expect((await store.audit.list({ actor: who, scope: { regionPrefix: '44' } })).items.map((r) => r.entityId)).toEqual([ids[1]]);
        expect((await store.audit.list({ actor: who, action: 'enterprise.update' })).items).toHaveLength(1);
        expect((await store.audit.list({ actor: who, action: 'enterprise.' })).items).toHaveLength(4);
        expect((await store.audit.list({ actor: who, entityType: 'enterprise', entityId: ids[0] })).items).toHaveLength(2);
        expect((await store.audit.list({ actor: who, scope: { enterpriseId: ids[0] } })).items).toHaveLength(2);
        expect((await store.audit.list({ actor: who, from: before })).items).toHaveLength(4);
        expect((await store.audit.list({ actor: who, to: before })).items).toHaveLength(0);
        const first = await store.audit.list({ actor: who, limit: 3 });
        expect(first.items).toHaveLength(3);
        const second = await store.audit.list({ actor: who, limit: 3, cursor: first.nextCursor });
        expect(second.items.map((r) => r.entityId)).toEqual([ids[0]]);
        expect(second.nextCursor).toBeNull();
      });
    });

    describe('scoped queries', () => {
      it("industry prefix 'C' finds the C codes only, not enterprises registered by the groups 'construction' or 'catering'", async () => {
        const t = tag();
        await enterprise(`${t}M`, '370200', { name: `${t}制造`, industry: 'C1810' });
        await enterprise(`${t}B`, '370200', { name: `${t}建筑`, industry: 'construction' });
        await enterprise(`${t}F`, '370200', { name: `${t}餐饮`, industry: 'catering' });
        await enterprise(`${t}E`, '370200', { name: `${t}工程`, industry: 'E47' });
        const ids = async (industry: string) =>
          (await store.enterprises.list({ scope: ALL, filter: { text: t, industry } })).items.map((e) => e.id).sort();
        expect(await ids('C')).toEqual([`${t}M`]);
        expect(await ids('c18')).toEqual([`${t}M`]);
        expect(await ids('C1810')).toEqual([`${t}M`]);
        expect(await ids('C18100')).toEqual([]);
        expect(await ids('E')).toEqual([`${t}E`]);
        expect(await ids('%')).toEqual([]);
      });

      it("region prefix '37' sees 370200 but not 440300; an enterprise scope sees only itself", async () => {
        const t = tag();
        const qd = `${t}QD`;
        const sz = `${t}SZ`;
        await enterprise(qd, '370200', { name: `${t}青岛` });
        await enterprise(sz, '440300', { name: `${t}深圳` });
        const ids = async (scope: Parameters<Store['enterprises']['list']>[0]['scope']) =>
          (await store.enterprises.list({ scope, filter: { text: t } })).items.map((e) => e.id).sort();
        expect(await ids({ regionPrefix: '37' })).toEqual([qd]);
        expect(await ids({ regionPrefix: '3702' })).toEqual([qd]);
        expect(await ids({ regionPrefix: '370211' })).toEqual([]);
        expect(await ids({ regionPrefix: '44' })).toEqual([sz]);
        expect(await ids(ALL)).toEqual([qd, sz].sort());
        expect(await ids({ enterpriseId: qd })).toEqual([qd]);
        await expect(store.enterprises.get(sz, { scope: { regionPrefix: '37' } })).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.enterprises.get(sz, { scope: { enterpriseId: qd } })).rejects.toBeInstanceOf(NotFoundError);
        expect((await store.enterprises.get(qd, { scope: { enterpriseId: qd } })).id).toBe(qd);
        // Writes are scoped too: an officer of Shandong cannot touch a Shenzhen enterprise.
        await expect(store.enterprises.update(sz, { name: 'x' }, { actor, scope: { regionPrefix: '37' } })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(store.enterprises.upsertYear(sz, { year: 2013 }, { actor, scope: { regionPrefix: '37' } })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(store.entitlements.get(sz, { scope: { regionPrefix: '37' } })).rejects.toBeInstanceOf(NotFoundError);
        const exported: string[] = [];
        for await (const row of store.enterprises.export({ scope: { regionPrefix: '37' }, filter: { text: t } })) exported.push(row.id);
        expect(exported).toEqual([qd]);
      });

      it('rejects a malformed scope instead of widening it', async () => {
        await expect(store.enterprises.list({ scope: { regionPrefix: '37%' } })).rejects.toBeInstanceOf(ValidationError);
        await expect(store.enterprises.list({ scope: {} as never })).rejects.toBeInstanceOf(ValidationError);
      });
    });

    describe('keyset paging', () => {
      it('pages are stable: every row once, in order, even when rows are added between pages', async () => {
        const t = tag();
        const names = Array.from({ length: 23 }, (_, i) => `${t}-${String((i * 7) % 23).padStart(2, '0')}`);
        for (const [i, name] of names.entries()) await enterprise(`${t}${String(i).padStart(3, '0')}`, '370202', { name });
        // Two rows with the same name: the id breaks the tie.
        await enterprise(`${t}dup`, '370202', { name: names[0] });
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<Store['enterprises']['list']>> = await store.enterprises.list({
            scope: { regionPrefix: '37' },
            filter: { text: t },
            sort: 'name',
            limit: 5,
            cursor,
          });
          if (pages === 0) {
            expect(page.total).toEqual({ count: 24, exact: true });
            await enterprise(`${t}late`, '370202', { name: `${t}-00` }); // sorts before the cursor: not seen
          }
          seen.push(...page.items.map((e) => `${e.name}|${e.id}`));
          cursor = page.nextCursor;
          pages++;
        } while (cursor !== null);
        expect(pages).toBe(5);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual([...seen].sort());
        expect(seen.filter((s) => !s.endsWith('late'))).toHaveLength(24);

        const desc = await store.enterprises.list({ scope: ALL, filter: { text: t }, sort: 'name', direction: 'desc', limit: 30 });
        expect(desc.items.map((e) => e.name)).toEqual([...desc.items.map((e) => e.name)].sort().reverse());
        const capped = await store.enterprises.list({ scope: ALL, filter: { text: t }, limit: 2, countCap: 10 });
        expect(capped.total).toEqual({ count: 10, exact: false });
      });
    });

    describe('money', () => {
      it('a revenue of 10^12 yuan round-trips to the fen, as a number', async () => {
        const id = tag();
        await enterprise(id, '370202');
        const fen = 10 ** 14 + 1; // 1,000,000,000,000.01 yuan
        await store.enterprises.upsertYear(
          id,
          { year: 2013, employees: 5000, revenueFen: fen, totalAssetsFen: fen - 1, totalProfitFen: -fen },
          { actor, scope: ALL },
        );
        const got = await store.enterprises.get(id, { scope: ALL });
        expect(got.years[0]).toMatchObject({ year: 2013, revenueFen: fen, totalAssetsFen: fen - 1, totalProfitFen: -fen });
        expect(typeof got.years[0].revenueFen).toBe('number');
        const rows: unknown[] = [];
        for await (const row of store.enterprises.export({ scope: { enterpriseId: id } })) rows.push(row);
        expect(rows).toMatchObject([{ revenueFen: fen, year: 2013, sizeClass: 'large' }]);
        const [{ n }] = (
          await sql<{ n: unknown }>`select revenue_fen as n from enterprise_years where enterprise_id = ${id}`.execute(store.db)
        ).rows;
        expect(String(n)).toBe('100000000000001');
      });

      it('bigint aggregates come back as numbers', async () => {
        const page = await store.enterprises.list({ scope: ALL, limit: 1 });
        expect(typeof page.total?.count).toBe('number');
        const summary = await store.entitlements.summary({ scope: ALL, year: 2013, groupBy: 'sizeClass' });
        for (const row of summary) {
          expect(typeof row.enterprises).toBe('number');
          expect(typeof row.totalSupportValueFen).toBe('number');
        }
      });
    });

    describe('entitlements', () => {
      it('list the years with stored entitlements within the scope, newest first', async () => {
        const id = tag();
        await enterprise(id, '440305', { industry: 'industry' });
        for (const year of [2013, 2015]) {
          await store.enterprises.upsertYear(id, { year, employees: 10, revenueFen: 100_000_00 }, { actor, scope: ALL });
        }
        const years = await store.entitlements.years({ scope: { enterpriseId: id } });
        expect(years).toEqual([2015, 2013]);
        const all = await store.entitlements.years({ scope: ALL });
        expect(all).toEqual([...all].sort((a, b) => b - a));
        expect(all).toEqual(expect.arrayContaining([2013, 2015]));
        expect(await store.entitlements.years({ scope: { regionPrefix: '99' } })).toEqual([]);
      });

      it('are recomputed when figures change, with the policy version, the parameter hash and the engine\u2019s size class', async () => {
        const id = tag();
        await enterprise(id, '370202', { industry: 'industry' });
        const figures = {
          year: 2013,
          employees: 85,
          revenueFen: 1_900_000_000,
          totalAssetsFen: 1_000_000_000,
          taxableIncomeFen: 150_000_00,
        };
        await store.enterprises.upsertYear(id, figures, { actor, scope: ALL });
        const [stored] = await store.entitlements.get(id, { scope: ALL, year: 2013 });
        expect(stored.policyVersion).toBe(POLICY_VERSION);
        expect(stored.parameterHash).toBe(getSystem().parameterHash);

        // The engine, asked directly with the same inputs.
        const system = getSystem();
        const period = Period.parse('2013');
        const pop = new Population(system);
        pop.addEntity('enterprise', 1);
        pop.setInput('industry', period, ['industry']);
        pop.setInput('employees', period, Float64Array.of(85));
        pop.setInput('revenue', period, Float64Array.of(1_900_000_000));
        pop.setInput('total_assets', period, Float64Array.of(1_000_000_000));
        pop.setInput('taxable_income', period, Float64Array.of(150_000_00));
        const sim = new Simulation(system, pop);
        const size = system.variable('size_class').possibleValues?.[sim.calculate('size_class', period)[0] as number];
        expect(stored.sizeClass).toBe(size);
        expect(stored.isSmallOrMicro).toBe(sim.calculate('is_small_or_micro', period)[0] === 1);
        expect(stored.totalSupportValueFen).toBe(sim.calculate('total_support_value', period)[0]);
        const relief = stored.detail.components.find((c) => c.valueVariable === 'corporate_income_tax_relief');
        expect(relief).toMatchObject({ measure: 'gf2012-14/02.2', eligible: true, counted: true });
        expect(relief?.valueFen).toBe(sim.calculate('corporate_income_tax_relief', period)[0]);

        // More employees: medium, no longer small or micro (300号: industry, ≥ 300 employees and ≥ 20 M revenue).
        await store.enterprises.upsertYear(id, { ...figures, employees: 400, revenueFen: 3_000_000_000 }, { actor, scope: ALL });
        const [after] = await store.entitlements.get(id, { scope: ALL, year: 2013 });
        expect(after.sizeClass).toBe('medium');
        expect(after.isSmallOrMicro).toBe(false);
      });

      it('years outside the encoded rules are stored with what is computable and a note of what is not', async () => {
        const id = tag();
        await enterprise(id, '370202', { industry: 'retail' });
        // 2010: before the size standard (in force from 2011-06-18; the year 2011 is classified on its figures).
        await store.enterprises.upsertYear(id, { year: 2010, employees: 5, revenueFen: 100_000_00 }, { actor, scope: ALL });
        await store.enterprises.upsertYear(id, { year: 2028, employees: 5, revenueFen: 100_000_00 }, { actor, scope: ALL });
        const [y2011, y2018] = await store.entitlements.get(id, { scope: ALL });
        expect(y2011).toMatchObject({ year: 2010, sizeClass: null, isSmallOrMicro: null, totalSupportValueFen: null });
        expect(y2011.detail.problems.map((p) => p.variable)).toContain('size_class');
        expect(y2011.detail.problems.find((p) => p.variable === 'size_class')?.message).toMatch(/2011/);
        // 2028: income tax not encoded after 2027-12-31 (公告2023年第12号 ends then).
        expect(y2018).toMatchObject({ year: 2028, sizeClass: 'micro', isSmallOrMicro: true });
        expect(y2018.detail.notEncoded).toContain('gf2012-14/02.2');
        expect(y2018.detail.problems).toEqual([]);
        expect(y2018.detail.missingInputs).toEqual(['total_assets']);
      });

      it('a figure the class needs and the registry lacks is a problem naming it, never a 0 (not micro)', async () => {
        const id = tag();
        await enterprise(id, '370202', { industry: 'construction' });
        // Construction uses revenue and total assets: 900M of revenue and no assets cannot be classified.
        await store.enterprises.upsertYear(id, { year: 2013, employees: 500, revenueFen: 900_000_000_00 }, { actor, scope: ALL });
        const [y] = await store.entitlements.get(id, { scope: ALL });
        expect(y).toMatchObject({ year: 2013, sizeClass: null, isSmallOrMicro: null });
        expect(y.detail.problems.find((p) => p.variable === 'size_class')?.message).toContain('total_assets');
        // Revenue below the small bound decides micro without assets.
        await store.enterprises.upsertYear(id, { year: 2014, employees: 500, revenueFen: 2_999_999_99 }, { actor, scope: ALL });
        const [, y2014] = await store.entitlements.get(id, { scope: ALL });
        expect(y2014).toMatchObject({ year: 2014, sizeClass: 'micro', isSmallOrMicro: true });
      });

      it('totals by measure equal the sums of the components in the stored details, within the scope', async () => {
        const t = tag();
        const sample = [
          { id: `${t}A`, region: '370202', employees: 85, revenueFen: 1_900_000_000 },
          { id: `${t}B`, region: '370211', employees: 12, revenueFen: 300_000_00 },
          { id: `${t}C`, region: '440305', employees: 5, revenueFen: 100_000_00 },
        ];
        const byMeasure = (x: { measure: string }, y: { measure: string }) => (x.measure < y.measure ? -1 : x.measure > y.measure ? 1 : 0);
        // Sorted here: the order of `order by` on text depends on the database's collation.
        const totals = async (scope: Parameters<Store['entitlements']['totalsByMeasure']>[0]['scope']) =>
          (await store.entitlements.totalsByMeasure({ scope, year: 2013 })).sort(byMeasure);
        const before = { sd: await totals({ regionPrefix: '37' }), gd: await totals({ regionPrefix: '44' }) };
        for (const e of sample) {
          await enterprise(e.id, e.region, { industry: 'industry' });
          await store.enterprises.upsertYear(
            e.id,
            { year: 2013, employees: e.employees, revenueFen: e.revenueFen, totalAssetsFen: 1_000_000_000, taxableIncomeFen: 150_000_00 },
            { actor, scope: ALL },
          );
        }
        // Expected: from the JSON details of the sample.
        const expected = async (ids: readonly string[]) => {
          const out = new Map<string, { enterprises: number; valueFen: number }>();
          for (const id of ids) {
            const [record] = await store.entitlements.get(id, { scope: ALL, year: 2013 });
            const eligible = new Set<string>();
            for (const c of record.detail.components) {
              const acc = out.get(c.measure) ?? { enterprises: 0, valueFen: 0 };
              if (c.counted && c.valueFen !== null) acc.valueFen += c.valueFen;
              out.set(c.measure, acc);
              if (c.eligible === true) eligible.add(c.measure);
            }
            for (const m of eligible) (out.get(m) as { enterprises: number }).enterprises++;
          }
          return [...out].map(([measure, v]) => ({ measure, ...v })).sort(byMeasure);
        };
        const one = await expected([sample[0].id]);
        expect(one.some((m) => m.valueFen > 0)).toBe(true);
        expect(await totals({ enterpriseId: sample[0].id })).toEqual(one);
        // A region prefix sees exactly its own enterprises: the sample changed Shandong by A + B, Guangdong by C.
        const [a, b, c] = await Promise.all(sample.map((e) => expected([e.id])));
        const plus = (base: readonly MeasureTotalRow[], ...adds: (readonly MeasureTotalRow[])[]) => {
          const out = new Map(base.map((r) => [r.measure, { ...r }]));
          for (const add of adds) {
            for (const r of add) {
              const acc = out.get(r.measure) ?? { measure: r.measure, enterprises: 0, valueFen: 0 };
              out.set(r.measure, { measure: r.measure, enterprises: acc.enterprises + r.enterprises, valueFen: acc.valueFen + r.valueFen });
            }
          }
          return [...out.values()].sort(byMeasure);
        };
        expect(await totals({ regionPrefix: '37' })).toEqual(plus(before.sd, a, b));
        expect(await totals({ regionPrefix: '44' })).toEqual(plus(before.gd, c));
        expect(await totals({ regionPrefix: '99' })).toEqual([]);
        expect(await totals({ enterpriseId: sample[2].id })).toEqual(c);
        // The measures of a row add up to its total support value.
        const [stored] = await store.entitlements.get(sample[0].id, { scope: ALL, year: 2013 });
        expect(a.reduce((sum, m) => sum + m.valueFen, 0)).toBe(stored.totalSupportValueFen);
        // Rewritten on recompute, removed with the year.
        await store.enterprises.upsertYear(sample[0].id, { year: 2013, employees: 400, revenueFen: 3_000_000_000 }, { actor, scope: ALL });
        expect(await totals({ enterpriseId: sample[0].id })).toEqual(await expected([sample[0].id]));
        await store.enterprises.deleteYear(sample[0].id, 2013, { actor, scope: ALL });
        expect(await totals({ enterpriseId: sample[0].id })).toEqual([]);
      });

      it('recomputeEntitlements({ all }) re-evaluates every stored year', async () => {
        const id = tag();
        await enterprise(id, '370202', { industry: 'retail' });
        await store.enterprises.upsertYear(id, { year: 2014, employees: 5, revenueFen: 100_000_00 }, { actor, scope: ALL });
        await sql`delete from entitlements where enterprise_id = ${id}`.execute(store.db);
        const result = await store.recomputeEntitlements({ enterpriseIds: [id] });
        expect(result).toMatchObject({ enterprises: 1, years: 1, policyVersion: POLICY_VERSION, parameterHash: getSystem().parameterHash });
        const all = await store.recomputeEntitlements({ all: true }, { batchSize: 50 });
        expect(all.enterprises).toBeGreaterThan(1);
        expect((await store.entitlements.get(id, { scope: ALL }))[0].sizeClass).toBe('micro');
      });
    });

    describe('bulk import', () => {
      const rowsFor = (t: string, n: number, bad?: number): EnterpriseImportRow[] =>
        Array.from({ length: n }, (_, i) => ({
          row: i + 2,
          id: `${t}${String(i).padStart(4, '0')}`,
          name: `${t}导入企业${i}`,
          regionCode: i === bad ? '990000' : '370202',
          industry: 'F5221',
          year: 2013,
          employees: 10 + i,
          revenueFen: 1_000_000_00 + i,
          totalAssetsFen: 500_000_00,
        }));
      const count = async (t: string) =>
        toNumber((await sql<{ n: unknown }>`select count(*) as n from enterprises where id like ${`${t}%`}`.execute(store.db)).rows[0].n);

      it('writes all rows in one transaction, with one audit row for the import', async () => {
        const t = tag();
        const progress: number[] = [];
        const result = await store.importEnterprises(rowsFor(t, 12), {
          actor,
          fileName: 'a.csv',
          batchSize: 5,
          onProgress: (p) => progress.push(p.rows),
        });
        expect(result).toMatchObject({
          status: 'completed',
          totalRows: 12,
          enterprisesCreated: 12,
          enterprisesUpdated: 0,
          yearsWritten: 12,
        });
        expect(progress).toEqual([5, 10, 12, 12]);
        expect(await count(t)).toBe(12);
        const record = await store.imports.get(result.importId);
        expect(record).toMatchObject({ status: 'completed', totalRows: 12, enterprisesCreated: 12, fileName: 'a.csv', userId: actor });
        const audit = await store.audit.list({ entityType: 'import', entityId: result.importId });
        expect(audit.items.map((a) => a.action)).toEqual(['import.complete']);
        expect(await auditOf(`${t}0000`)).toEqual([]); // created rows: covered by the import's row
        const [ent] = await store.entitlements.get(`${t}0003`, { scope: ALL });
        // retail, 13 employees, 1,000,000.03 yuan: small (300号: retail small ≥ 10 employees and ≥ 1 M revenue)
        expect(ent).toMatchObject({ year: 2013, sizeClass: 'small', policyVersion: POLICY_VERSION });
      });

      it('is all-or-nothing: a bad row in the middle writes nothing', async () => {
        const t = tag();
        const err = await store.importEnterprises(rowsFor(t, 12, 7), { actor, fileName: 'bad.csv', batchSize: 3 }).catch((e) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect(err.messages.en).toMatch(/^row 9: /);
        expect(await count(t)).toBe(0);
        const failed = (await store.imports.list({ userId: actor, limit: 1 })).items[0];
        expect(failed).toMatchObject({ status: 'failed', fileName: 'bad.csv', enterprisesCreated: 0 });
        expect((await store.audit.list({ entityId: failed.id })).items.map((a) => a.action)).toEqual(['import.fail']);
      });

      it('is all-or-nothing: an error after some batches were written rolls them back', async () => {
        const t = tag();
        const onProgress = (p: { rows: number }) => {
          if (p.rows >= 6) throw new Error('disk full');
        };
        await expect(store.importEnterprises(rowsFor(t, 12), { actor, batchSize: 3, onProgress })).rejects.toThrow('disk full');
        expect(await count(t)).toBe(0);
        expect(
          toNumber(
            (await sql<{ n: unknown }>`select count(*) as n from entitlements where enterprise_id like ${`${t}%`}`.execute(store.db))
              .rows[0].n,
          ),
        ).toBe(0);
      });

      it('validating import: every problem reported, nothing written', async () => {
        const t = tag();
        const records = Array.from({ length: 9 }, (_, i) => ({
          统一社会信用代码: `${t}${i}`,
          企业名称: `企业${i}`,
          所属地区: '370202',
          行业: 'retail',
          年度: '2013',
          营业收入: i === 4 ? '12.345' : '1000000',
          从业人员: i === 6 ? '-3' : '8',
        }));
        const result = await store.importRecords(records, { actor, lang: 'ko', batchSize: 2 });
        expect(result.status).toBe('rejected');
        if (result.status !== 'rejected') return;
        expect(result.problems.map((p) => [p.row, p.column])).toEqual([
          [6, '营业收入'],
          [8, '从业人员'],
        ]);
        expect(result.problems[0].message).toContain('금액');
        expect(await count(t)).toBe(0);
        expect((await store.imports.get(result.importId))?.status).toBe('rejected');

        const good = await store.importRecords(
          records.map((r) => ({ ...r, 营业收入: '1000000', 从业人员: '8' })),
          { actor, batchSize: 2 },
        );
        expect(good).toMatchObject({ status: 'completed', enterprisesCreated: 9 });
        expect(await count(t)).toBe(9);
      });

      it('reads during an import never see its rows before it commits', async () => {
        const t = tag();
        let release!: () => void;
        const paused = new Promise<void>((resolve) => {
          release = resolve;
        });
        let reached!: () => void;
        const atPause = new Promise<void>((resolve) => {
          reached = resolve;
        });
        async function* source() {
          const rows = rowsFor(t, 6);
          yield* rows.slice(0, 3);
          reached();
          await paused;
          yield* rows.slice(3);
        }
        const running = store.importEnterprises(source(), { actor, batchSize: 2 });
        await atPause;
        const read = store.enterprises.list({ scope: ALL, filter: { text: t } }).then((p) => p.items.length);
        if (fixture.concurrentReads) {
          // A pool, or SQLite's reader connection: served now, from the last committed state.
          expect(await read).toBe(0);
          release();
        } else {
          // One connection (PGlite, SQLite in memory): the read waits for the import to finish.
          const early = await Promise.race([read, new Promise((resolve) => setTimeout(() => resolve('waiting'), 100))]);
          expect(early).toBe('waiting');
          release();
          expect(await read).toBe(6);
        }
        await expect(running).resolves.toMatchObject({ enterprisesCreated: 6 });
        expect((await store.enterprises.list({ scope: ALL, filter: { text: t } })).items).toHaveLength(6);
      });

      it('updates of existing enterprises are audited per row with before and after; unchanged rows are not', async () => {
        const t = tag();
        await store.importEnterprises(rowsFor(t, 3), { actor });
        const changed = rowsFor(t, 3).map((r, i) =>
          i === 1 ? { ...r, employees: 60, revenueFen: 123_456_789_01, name: '改名有限公司' } : r,
        );
        const result = await store.importEnterprises(changed, { actor, fileName: 'update.csv' });
        expect(result).toMatchObject({ enterprisesCreated: 0, enterprisesUpdated: 1, rowsUnchanged: 2 });
        const rows = await auditOf(`${t}0001`);
        expect(rows.map((r) => r.action)).toEqual(['enterprise.import_update']);
        expect(rows[0].before).toMatchObject({ name: `${t}导入企业1`, version: 1, figures: { revenueFen: 1_000_000_01 } });
        expect(rows[0].after).toMatchObject({
          name: '改名有限公司',
          version: 2,
          import: result.importId,
          figures: { revenueFen: 123_456_789_01 },
        });
        expect(await auditOf(`${t}0000`)).toEqual([]);
        const got = await store.enterprises.get(`${t}0001`, { scope: ALL });
        expect(got).toMatchObject({ name: '改名有限公司', version: 2 });
        expect(got.entitlements[0].sizeClass).toBe('medium'); // retail, 60 employees, 1.23 亿 revenue → medium (≥ 50 and ≥ 5 M)
      });
    });

    describe('users, sessions and tokens', () => {
      it('keeps only hashes of tokens; sessions expire; disabled users cannot use them', async () => {
        const username = `u.${tag().toLowerCase()}`;
        const user = await store.users.create(
          {
            username,
            passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$fake',
            role: 'officer',
            regionPrefix: '3702',
            displayName: '青岛审核员',
          },
          { actor },
        );
        expect(user).toMatchObject({ role: 'officer', regionPrefix: '3702', locale: 'zh-CN', disabled: false });
        await expect(
          store.users.create({ username, passwordHash: 'x', role: 'admin', displayName: 'x' }, { actor }),
        ).rejects.toBeInstanceOf(ConflictError);
        await expect(
          store.users.create({ username: `${username}2`, passwordHash: 'x', role: 'officer', displayName: 'x' }, { actor }),
        ).rejects.toBeInstanceOf(ValidationError);
        expect((await store.users.findByUsername(username))?.passwordHash).toBe('$argon2id$v=19$m=65536,t=3,p=4$fake');

        const token = `session-${tag()}`;
        await store.sessions.create(
          { token, userId: user.id, csrfSecret: 'csrf', expiresAt: new Date(Date.now() + 60_000) },
          { actor: user.id },
        );
        const stored = await store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute();
        expect(stored).toEqual([{ token_hash: hashToken(token) }]);
        expect((await store.sessions.find(token))?.user.id).toBe(user.id);
        expect(await store.sessions.find(token, new Date(Date.now() + 120_000))).toBeUndefined();
        expect(await store.sessions.find('wrong')).toBeUndefined();

        const api = `xwt_${tag()}`;
        const created = await store.apiTokens.create({ token: api, userId: user.id, name: 'ERP' }, { actor: user.id });
        expect((await store.apiTokens.find(api))?.token.lastUsedAt).not.toBeNull();
        const raw = await store.db.selectFrom('api_tokens').select('token_hash').where('id', '=', created.id).executeTakeFirstOrThrow();
        expect(raw.token_hash).toBe(hashToken(api));

        await store.users.update(user.id, { disabled: true }, { actor });
        expect(await store.sessions.find(token)).toBeUndefined();
        expect(await store.apiTokens.find(api)).toBeUndefined();
        await store.users.update(user.id, { disabled: false }, { actor });
        await store.apiTokens.revoke(created.id, { actor });
        expect(await store.apiTokens.find(api)).toBeUndefined();
        await store.sessions.delete(token, { actor: user.id });
        expect(await store.sessions.find(token)).toBeUndefined();
        const actions = (await store.audit.list({ entityId: user.id })).items.map((a) => a.action);
        expect(actions).toEqual(['session.delete', 'user.update', 'user.update', 'session.create', 'user.create']);
        const userAudit = (await store.audit.list({ entityId: user.id, action: 'user.create' })).items[0];
        expect(JSON.stringify(userAudit.after)).not.toContain('argon2');
        expect(userAudit.regionCode).toBe('370200');
      });
    });

    describe('demo seed', () => {
      it('creates enterprises in every industry group with figures for 2012–2015, and a user per role', async () => {
        const result = await seedDemo(store, { enterprises: 64 });
        expect(result.import).toMatchObject({ totalRows: 256, status: 'completed' });
        const demo = await store.enterprises.list({ scope: ALL, filter: { text: '号' }, limit: 1000, countCap: 0 });
        const groups = new Set(demo.items.filter((e) => e.id.startsWith('XW-DEMO-')).map((e) => e.industryGroup));
        expect(groups.size).toBe(16);
        for (const u of DEMO_USERS) expect((await store.users.findByUsername(u.username))?.role).toBe(u.role);
        const again = await seedDemo(store, { enterprises: 64 });
        expect(again.usersCreated).toEqual([]);
        expect(again.import).toMatchObject({ enterprisesCreated: 0, enterprisesUpdated: 0, rowsUnchanged: 256 });
        const withYear = await store.enterprises.list({ scope: { regionPrefix: '3702' }, filter: { year: 2014, text: 'XW-DEMO-000001' } });
        expect(withYear.items[0]).toMatchObject({
          id: 'XW-DEMO-000001',
          figures: { year: 2014 },
          entitlement: { policyVersion: POLICY_VERSION },
        });
        const micro = await store.enterprises.list({ scope: ALL, filter: { year: 2014, sizeClass: 'micro' }, limit: 1000 });
        expect(micro.items.every((e) => e.entitlement?.sizeClass === 'micro')).toBe(true);
      });
    });
  });
}

function toNumber(v: unknown): number {
  return Number(v);
}
