/**
 * Reliability and security of the store on every backend (issue 11): statements under the variable
 * limit, scope checked inside the import's transaction, append-only tables that refuse forged SQL,
 * interrupted imports recorded, what a publication relies on frozen, text normalised.
 */
import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ALL, ConflictError, type EnterpriseImportRow, type Store } from '../src/index.ts';
import { migrationsFor } from '../src/migrations/index.ts';
import { dialects, migratedStore } from './dialects.ts';

export const BACKENDS = dialects('xw_hard', 3);

const actor = 'hardening-test';
const tag = () => `H${randomUUID().replace(/-/g, '').slice(0, 8)}`;
const num = (v: unknown) => Number(v);

/** A budget unit with a 2013 budget, a project awarded by a published tender, and a published set-aside report. */
async function publishedRecord(store: Store, t: string) {
  const unit = `BU-${t}`;
  const scope = { budgetUnitId: unit };
  await store.budgetUnits.create({ id: unit, name: `单位${t}`, regionCode: '370202' }, { actor });
  await store.budgetUnits.upsertYear(unit, { year: 2013, procurementBudgetFen: 100_000_000_00 }, { actor, scope });
  const project = `PJ-${t}`;
  await store.procurementProjects.create(
    { id: project, budgetUnitId: unit, year: 2013, name: '办公设备', budgetFen: 50_000_000, reservedFor: 'none' },
    { actor, scope },
  );
  const tender = `TD-${t}`;
  await store.tenders.create(
    {
      id: tender,
      name: '办公设备采购',
      tenderDate: '2013-05-10',
      method: 'lowest_price',
      deductionRate: '0.08',
      projectId: project,
      bids: [{ bidId: 'B1', supplierName: '供应商', priceFen: 40_880_000, declaredSizeClass: 'large' }],
    },
    { actor, scope },
  );
  await store.tenders.evaluate(tender, { actor, scope });
  await store.tenders.publish(tender, { actor, scope });
  const report = await store.setAside.publish({ scope: { regionPrefix: '370202' }, year: 2013 }, { actor });
  return { unit, project, tender, report: report.id, scope };
}

for (const [name, make] of BACKENDS) {
  describe(`store hardening on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    describe("an import is checked against the importer's scope inside its transaction", () => {
      const QD = { regionPrefix: '3702' };
      const record = (id: string, region: string, employees = 12) => ({
        统一社会信用代码: id,
        企业名称: `企业${id}`,
        所属地区: region,
        行业: 'F52',
        年度: 2013,
        从业人员: employees,
      });

      it('a row naming an id held in another region is a row problem that names no region; all rows listed; nothing written', async () => {
        const t = tag();
        await store.enterprises.create({ id: `${t}-SZ`, name: '深圳企业', regionCode: '440305', industry: 'F52' }, { actor });
        const result = await store.importRecords(
          [record(`${t}-QD`, '370202'), record(`${t}-SZ`, '370202'), record(`${t}-NEW`, '440305'), record(`${t}-BAD`, '370202', -1)],
          { actor, scope: QD, lang: 'en', batchSize: 2 },
        );
        expect(result.status).toBe('rejected');
        if (result.status !== 'rejected') return;
        expect(result.problems.map((p) => [p.row, p.column, p.field])).toEqual([
          [3, '统一社会信用代码', 'id'],
          [4, '所属地区', 'region'],
          [5, '从业人员', 'employees'],
        ]);
        const idProblem = result.problems[0];
        for (const text of Object.values(idProblem.messages)) expect(text).not.toMatch(/44|深圳|Shenzhen|선전/);
        expect(idProblem.message).toBe('this id is not that of an enterprise within your area: you cannot import it');
        expect(result.problems[1].messages['zh-CN']).toBe('地区 440305 不在您的管辖范围内');
        expect((await store.enterprises.get(`${t}-SZ`, { scope: ALL })).regionCode).toBe('440305');
        await expect(store.enterprises.get(`${t}-QD`, { scope: ALL })).rejects.toThrow(/not found/);
        // Pre-validated rows (importEnterprises) are refused the same way, by row.
        const e = await store
          .importEnterprises([{ row: 7, id: `${t}-SZ`, name: 'x', regionCode: '370202', industry: 'F52', year: 2013 }], {
            actor,
            scope: QD,
          })
          .catch((x) => x);
        expect([e.field, e.messages.en]).toEqual([
          'id',
          'row 7: this id is not that of an enterprise within your area: you cannot import it',
        ]);
        // Within the scope, and for everything, the same rows import.
        expect((await store.importRecords([record(`${t}-QD`, '370202')], { actor, scope: QD })).status).toBe('completed');
        expect((await store.importRecords([record(`${t}-SZ`, '440305', 30)], { actor, scope: ALL })).status).toBe('completed');
      });

      it('PostgreSQL: an enterprise of another region created while the import runs is not taken over', async () => {
        if (store.dialect !== 'postgres') return; // SQLite has one writer: nothing is created while an import writes
        const t = tag();
        async function* rows() {
          yield record(`${t}-A`, '370202');
          yield record(`${t}-B`, '370202');
          // Between the first batch and the second, another officer creates the id in Shenzhen (its own transaction).
          await store.enterprises.create({ id: `${t}-RACE`, name: '深圳企业', regionCode: '440305', industry: 'F52' }, { actor: 'other' });
          yield record(`${t}-RACE`, '370202');
        }
        const result = await store.importRecords(rows(), { actor, scope: QD, batchSize: 2 });
        expect(result.status).toBe('rejected');
        if (result.status === 'rejected') expect(result.problems.map((p) => [p.row, p.field])).toEqual([[4, 'id']]);
        expect(await store.enterprises.get(`${t}-RACE`, { scope: ALL })).toMatchObject({
          regionCode: '440305',
          version: 1,
          name: '深圳企业',
        });
        await expect(store.enterprises.get(`${t}-A`, { scope: ALL })).rejects.toThrow(/not found/);
      });
    });

    describe('text typed by people', () => {
      const BAD = [
        ['NUL', 'ab\u0000c', 'control_character'],
        ['ESC', '\u001b[31m红色企业', 'control_character'],
        ['BEL', '企业\u0007', 'control_character'],
        ['newline', '第一行\n第二行', 'control_character'],
        ['U+202E', '企业\u202egpj.exe', 'bidi_control'],
        ['zero-width only', '\u200b\u200c\u200d\ufeff', 'invisible_text'],
      ] as const;

      it.each(BAD)(
        'refuses a name with %s, with the field, in three languages, everywhere a name is written',
        async (_what, name, code) => {
          const t = tag();
          const e = await store.enterprises.create({ name, regionCode: '370202', industry: 'F52' }, { actor }).catch((x) => x);
          expect([e.code, e.field]).toEqual(['XW_STORE_INVALID', 'name']);
          expect(Object.keys(e.messages)).toEqual(['zh-CN', 'ko', 'en']);
          await store.enterprises.create({ id: `${t}-E`, name: '正常企业', regionCode: '370202', industry: 'F52' }, { actor });
          await expect(store.enterprises.update(`${t}-E`, { name }, { actor, scope: ALL })).rejects.toMatchObject({ field: 'name' });
          const imported = await store.importRecords(
            [{ 统一社会信用代码: `${t}-I`, 企业名称: name, 所属地区: '370202', 行业: 'F52', 年度: 2013 }],
            {
              actor,
              lang: 'en',
            },
          );
          expect(imported.status === 'rejected' && imported.problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
            [2, '企业名称', 'name', code],
          ]);
          await expect(store.budgetUnits.create({ name, regionCode: '370202' }, { actor })).rejects.toMatchObject({ field: 'name' });
          await expect(store.banks.create({ id: `${t}-B`, name, regionCode: '370202' }, { actor })).rejects.toMatchObject({
            field: 'name',
          });
          await expect(
            store.users.create({ username: `${t.toLowerCase()}.u`, passwordHash: '', role: 'analyst', displayName: name }, { actor }),
          ).rejects.toMatchObject({ field: 'displayName' });
          expect((await store.enterprises.get(`${t}-E`, { scope: ALL })).name).toBe('正常企业');
        },
      );

      it('stores names in NFC, trimmed', async () => {
        const created = await store.enterprises.create({ name: '  Cafe\u0301 咖啡  ', regionCode: '370202', industry: 'F52' }, { actor });
        expect(created.name).toBe('Caf\u00e9 咖啡');
        expect((await store.enterprises.get(created.id, { scope: ALL })).name).toBe('Caf\u00e9 咖啡');
      });

      it('user names and enterprise ids are unique whatever their letter case; sign-in finds any case', async () => {
        const t = tag();
        const username = `${t}.Admin`;
        const user = await store.users.create({ username, passwordHash: 'h', role: 'analyst', displayName: '管理员' }, { actor });
        await expect(
          store.users.create({ username: username.toLowerCase(), passwordHash: 'h', role: 'admin', displayName: 'x' }, { actor }),
        ).rejects.toBeInstanceOf(ConflictError);
        await expect(
          store.users.create({ username: username.toUpperCase(), passwordHash: 'h', role: 'admin', displayName: 'x' }, { actor }),
        ).rejects.toBeInstanceOf(ConflictError);
        expect((await store.users.findByUsername(username.toUpperCase()))?.id).toBe(user.id);
        // The database refuses it too, whatever the code path.
        await expect(
          sql`insert into users (id, username, username_key, password_hash, role, display_name, locale, disabled, created_at, updated_at)
            values ('forged', ${username.toLowerCase()}, ${username.toLowerCase()}, 'h', 'admin', 'x', 'en', ${store.dialect === 'sqlite' ? 0 : false}, 'x', 'x')`.execute(
            store.db,
          ),
        ).rejects.toThrow(/unique|UNIQUE/);

        await store.enterprises.create({ id: `${t}-Case`, name: '大小写', regionCode: '370202', industry: 'F52' }, { actor });
        await expect(
          store.enterprises.create({ id: `${t}-CASE`, name: '大小写', regionCode: '370202', industry: 'F52' }, { actor }),
        ).rejects.toMatchObject({ details: { reason: 'id_taken' } });
        await expect(sql`update enterprises set id = ${`${t}-case`} where id = ${`${t}-Case`}`.execute(store.db)).resolves.toBeDefined();
        await store.enterprises.create({ id: `${t}-Other`, name: '另一个', regionCode: '370202', industry: 'F52' }, { actor });
        await expect(sql`update enterprises set id = ${`${t}-CASE`} where id = ${`${t}-Other`}`.execute(store.db)).rejects.toThrow(
          /unique|UNIQUE/,
        );
        const imported = await store.importRecords(
          [{ 统一社会信用代码: `${t}-CASE`, 企业名称: '导入', 所属地区: '370202', 行业: 'F52', 年度: 2013 }],
          {
            actor,
            lang: 'en',
          },
        );
        expect(imported.status === 'rejected' && imported.problems.map((p) => [p.field, p.code])).toEqual([['id', 'id_case']]);
      });

      it('migration 0011 stops, naming them, when existing user names or ids differ only in case', async () => {
        const fresh = await make();
        try {
          const schema =
            fresh.store.dialect === 'postgres'
              ? (await sql<{ s: string }>`select current_schema() as s`.execute(fresh.store.db)).rows[0].s
              : undefined;
          const migrator = new Migrator({
            db: fresh.store.db,
            provider: { getMigrations: async () => migrationsFor(fresh.store.dialect) },
            ...(schema ? { migrationTableSchema: schema } : {}),
          });
          await migrator.migrateTo('0010-running-imports');
          const at = new Date().toISOString();
          for (const id of ['DUP-1', 'dup-1']) {
            await fresh.store.db
              .insertInto('enterprises')
              .values({
                id,
                name: 'x',
                region_code: '370202',
                industry: 'F52',
                industry_group: 'retail',
                founded: null,
                registered_capital_fen: null,
                created_at: at,
                updated_at: at,
                version: 1,
              })
              .execute();
          }
          await expect(fresh.store.migrate()).rejects.toThrow(/resolve these duplicates first.*enterprises DUP-1 \/ dup-1/);
          await fresh.store.db.deleteFrom('enterprises').where('id', '=', 'dup-1').execute();
          expect(await fresh.store.migrate()).toContain('0011-case-insensitive-keys');
        } finally {
          await fresh.cleanup();
        }
      });
    });

    describe('append-only tables refuse forged SQL', () => {
      const count = async (query: ReturnType<typeof sql<{ n: unknown }>>) => num((await query.execute(store.db)).rows[0].n);

      it('REPLACE / INSERT OR REPLACE / upsert cannot rewrite the audit log, published reports, evaluations, tenders or projects', async () => {
        const t = tag();
        const rec = await publishedRecord(store, t);
        const audit = (await store.audit.list({ entityId: rec.tender, limit: 1 })).items[0];
        // An upsert onto an existing key: PostgreSQL's and SQLite's ON CONFLICT DO UPDATE.
        await expect(
          sql`insert into audit_log (id, at, actor, action, entity_type) values (${audit.id}, ${audit.at}, 'forger', 'x', 'x')
            on conflict (id) do update set actor = 'forger'`.execute(store.db),
        ).rejects.toThrow(/append-only/);
        await expect(
          sql`insert into set_aside_reports select id, region_prefix, year, version, snapshot, policy_version, parameter_hash, 'forger', published_at
            from set_aside_reports where id = ${rec.report} on conflict (id) do update set published_by = 'forger'`.execute(store.db),
        ).rejects.toThrow(/immutable/);
        if (store.dialect === 'sqlite') {
          await expect(
            sql`replace into audit_log (id, at, actor, action, entity_type, entity_id, region_code, before, after)
              select id, at, 'forger', action, entity_type, entity_id, region_code, before, after from audit_log where id = ${audit.id}`.execute(
              store.db,
            ),
          ).rejects.toThrow(/append-only \(REPLACE rejected\)/);
          await expect(
            sql`insert or replace into set_aside_reports (id, region_prefix, year, version, snapshot, policy_version, parameter_hash,
              published_by, published_at) select ${randomUUID()}, region_prefix, year, version, '{}', policy_version, parameter_hash,
              'forger', published_at from set_aside_reports where id = ${rec.report}`.execute(store.db),
          ).rejects.toThrow(/immutable \(REPLACE rejected\)/);
          await expect(
            sql`replace into tender_evaluations select tender_id, sequence, '{}', policy_version, parameter_hash, evaluated_at, evaluated_by,
              published_at, published_by from tender_evaluations where tender_id = ${rec.tender}`.execute(store.db),
          ).rejects.toThrow(/REPLACE rejected/);
          await expect(
            sql`replace into tenders select id, budget_unit_id, project_id, 'forged', tender_date, method, price_weight, deduction_rate,
              consortium_deduction_rate, reserved_for_sme, 'draft', version, created_at, created_by, updated_at, updated_by
              from tenders where id = ${rec.tender}`.execute(store.db),
          ).rejects.toThrow(/REPLACE rejected/);
          await expect(
            sql`replace into procurement_projects (id, budget_unit_id, year, name, budget_fen, reserved_for, created_at, updated_at)
              values (${rec.project}, ${rec.unit}, 2013, 'forged', 100, 'sme', 'x', 'x')`.execute(store.db),
          ).rejects.toThrow(/REPLACE rejected/);
        }
        expect((await store.audit.list({ entityId: rec.tender, limit: 1 })).items[0]).toEqual(audit);
        expect((await store.setAside.getPublished(rec.report, { scope: ALL })).publishedBy).toBe(actor);
        const evaluation = await store.tenders.evaluation(rec.tender, { scope: ALL });
        expect(evaluation.publishedAt).not.toBeNull();
        expect(evaluation.result.bids).toHaveLength(1);
        expect(await store.procurementProjects.get(rec.project, { scope: ALL })).toMatchObject({ budgetFen: 50_000_000, name: '办公设备' });
      });

      it('PostgreSQL: TRUNCATE of the tender record, directly or by cascade, is refused while a tender is published', async () => {
        if (store.dialect !== 'postgres') return;
        const t = tag();
        const rec = await publishedRecord(store, t);
        for (const table of ['tender_evaluations', 'tender_bids', 'tenders', 'procurement_projects', 'budget_units']) {
          await expect(sql.raw(`truncate ${table} cascade`).execute(store.db)).rejects.toThrow(/TRUNCATE rejected/);
        }
        await expect(sql`truncate audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
        await expect(sql`truncate set_aside_reports`.execute(store.db)).rejects.toThrow(/immutable/);
        expect(await count(sql<{ n: unknown }>`select count(*) as n from tender_evaluations where tender_id = ${rec.tender}`)).toBe(1);
        expect(await count(sql<{ n: unknown }>`select count(*) as n from tenders where id = ${rec.tender}`)).toBe(1);
      });
    });

    describe('what a publication relies on is frozen', () => {
      it('the project of a published tender keeps its budget, reservation, year and award (store and database); its name may change', async () => {
        const t = tag();
        const rec = await publishedRecord(store, t);
        const options = { actor, scope: rec.scope };
        for (const patch of [{ budgetFen: 100 }, { reservedFor: 'sme' as const }, { year: 2014 }]) {
          const e = await store.procurementProjects.update(rec.project, patch, options).catch((x) => x);
          expect(e).toBeInstanceOf(ConflictError);
          expect(e.details).toMatchObject({ reason: 'project_published', tenderId: rec.tender });
        }
        // The same values again change nothing and are accepted; the name is not part of the record.
        expect(
          await store.procurementProjects.update(rec.project, { budgetFen: 50_000_000, name: '办公设备（更名）' }, options),
        ).toMatchObject({
          name: '办公设备（更名）',
          budgetFen: 50_000_000,
        });
        for (const forged of [
          sql`update procurement_projects set budget_fen = 100 where id = ${rec.project}`,
          sql`update procurement_projects set reserved_for = 'sme' where id = ${rec.project}`,
          sql`update procurement_projects set awarded_amount_fen = 1 where id = ${rec.project}`,
          sql`update procurement_projects set tender_id = null where id = ${rec.project}`,
          sql`delete from procurement_projects where id = ${rec.project}`,
        ]) {
          await expect(forged.execute(store.db)).rejects.toThrow(/published/);
        }
        expect(await store.procurementProjects.get(rec.project, { scope: ALL })).toMatchObject({
          budgetFen: 50_000_000,
          reservedFor: 'none',
          award: { amountFen: 40_880_000 },
        });
      });
    });

    describe('statements under the variable limit', () => {
      it('an import changing 30,000 existing enterprises writes its 30,000 audit rows', async () => {
        const t = tag();
        const rows = (revenue: number): EnterpriseImportRow[] =>
          Array.from({ length: 30_000 }, (_, i) => ({
            row: i + 2,
            id: `${t}${String(i).padStart(5, '0')}`,
            name: `企业${i}`,
            regionCode: '370202',
            industry: 'F5221',
            year: 2013,
            employees: 10,
            revenueFen: revenue,
          }));
        await store.importEnterprises(rows(100_00), { actor, recompute: false, batchSize: 30_000 });
        const changed = await store.importEnterprises(rows(200_00), { actor, recompute: false, batchSize: 30_000 });
        expect(changed).toMatchObject({ status: 'completed', enterprisesUpdated: 30_000, yearsWritten: 30_000 });
        const audited = await sql<{ n: unknown }>`select count(*) as n from audit_log where action = 'enterprise.import_update'
          and entity_id like ${`${t}%`}`.execute(store.db);
        expect(num(audited.rows[0].n)).toBe(30_000);
        const stored = await sql<{ n: unknown }>`select count(*) as n from enterprise_years where enterprise_id like ${`${t}%`}
          and revenue_fen = 20000`.execute(store.db);
        expect(num(stored.rows[0].n)).toBe(30_000);
      }, 120_000);
    });
  });
}
