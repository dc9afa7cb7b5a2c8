/**
 * PostgreSQL roles (issue 11): migrations run as the owner, the service as a role that owns nothing. The service
 * role does its work (registry, import, tenders, publication, audit) and cannot ALTER a table, DISABLE a trigger,
 * TRUNCATE, DROP, nor UPDATE / DELETE the append-only tables. Needs a PostgreSQL server (XIAOWEI_TEST_DATABASE_URL)
 * able to create roles; PGlite has a single user.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL, createStore, RECOMPUTE_QUEUE, type Store } from '../src/index.ts';

const url = process.env.XIAOWEI_TEST_DATABASE_URL;

describe.runIf(url)('PostgreSQL: the service role owns nothing', () => {
  const schema = `xw_roles_${process.pid}_${Date.now()}`;
  const role = `xw_app_${process.pid}_${Date.now()}`;
  let owner: Store;
  let app: Store;

  beforeAll(async () => {
    owner = await createStore({ url: url as string, schema, poolSize: 2 });
    await sql`create role ${sql.id(role)} login password 'app-test'`.execute(owner.db);
    await owner.migrate();
    await owner.grantServiceRole(role);
    const appUrl = new URL(url as string);
    appUrl.username = role;
    appUrl.password = 'app-test';
    app = await createStore({ url: appUrl.toString(), schema, poolSize: 2 });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await owner?.db.schema.dropSchema(schema).ifExists().cascade().execute();
    await sql`drop owned by ${sql.id(role)}`.execute(owner.db);
    await sql`drop role if exists ${sql.id(role)}`.execute(owner.db);
    await owner?.close();
  });

  it('does the service’s work: registry, import, tender publication, audit; migrate() finds nothing to do', async () => {
    expect(await app.migrate()).toEqual([]);
    await app.enterprises.create({ id: 'R-1', name: '角色测试', regionCode: '370202', industry: 'F52' }, { actor: 'a' });
    await app.enterprises.update('R-1', { name: '角色测试二' }, { actor: 'a', scope: ALL });
    const imported = await app.importRecords(
      [{ 统一社会信用代码: 'R-2', 企业名称: '导入', 所属地区: '370202', 行业: 'F52', 年度: 2013, 从业人员: 5 }],
      {
        actor: 'a',
      },
    );
    expect(imported.status).toBe('completed');
    const unit = 'BU-R';
    const scope = { budgetUnitId: unit };
    await app.budgetUnits.create({ id: unit, name: '单位', regionCode: '370202' }, { actor: 'a' });
    await app.budgetUnits.upsertYear(unit, { year: 2013, procurementBudgetFen: 1_000_000_00 }, { actor: 'a', scope });
    await app.tenders.create(
      {
        id: 'TD-R',
        name: '采购',
        tenderDate: '2013-05-10',
        method: 'lowest_price',
        deductionRate: '0.08',
        bids: [{ bidId: 'B1', supplierName: '供应商', priceFen: 1_000_00, declaredSizeClass: 'large' }],
      },
      { actor: 'a', scope },
    );
    await app.tenders.evaluate('TD-R', { actor: 'a', scope });
    await app.tenders.publish('TD-R', { actor: 'a', scope });
    await app.setAside.publish({ scope: { regionPrefix: '3702' }, year: 2013 }, { actor: 'a' });
    expect((await app.audit.list({ entityId: 'R-1' })).items.map((a) => a.action)).toEqual(['enterprise.update', 'enterprise.create']);
    expect(await app.recoverInterruptedImports()).toEqual([]);
  });

  it('runs the job queue (pg-boss, migrate: false) with row privileges only; cannot create a queue', async () => {
    const id = await app.jobs.send(RECOMPUTE_QUEUE, { enterpriseIds: [] });
    let seen: unknown;
    await app.jobs.work(RECOMPUTE_QUEUE, async (job, ctx) => {
      await ctx.progress(0.5);
      seen = job.data;
      return 'done';
    });
    const end = Date.now() + 15_000;
    while ((await app.jobs.getJob(id ?? ''))?.state !== 'completed' && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(await app.jobs.getJob(id ?? '')).toMatchObject({ state: 'completed', output: 'done' });
    expect(seen).toEqual({ enterpriseIds: [] });
    await app.jobs.stop();
    await expect(sql`select create_queue('intruder', '{}'::json)`.execute(app.db)).rejects.toThrow(/permission denied|must be owner/);
  }, 30_000);

  it('cannot ALTER, DISABLE TRIGGER, TRUNCATE, DROP, or rewrite the append-only tables', async () => {
    const refused = [
      sql`alter table audit_log disable trigger all`,
      sql`alter table tender_evaluations disable trigger user`,
      sql`alter table enterprises add column x text`,
      sql`drop trigger audit_log_no_update_delete on audit_log`,
      sql`truncate audit_log`,
      sql`truncate enterprises cascade`,
      sql`truncate tenders cascade`,
      sql`delete from audit_log`,
      sql`update audit_log set actor = 'forger'`,
      sql`delete from set_aside_reports`,
      sql`drop table audit_log`,
      sql`create table intruder (x int)`,
      sql`delete from kysely_migration`,
    ];
    for (const statement of refused) {
      await expect(statement.execute(app.db), statement.compile(app.db).sql).rejects.toThrow(/permission denied|must be owner|owner of/);
    }
    const owners = await sql<{
      n: unknown;
    }>`select count(*) as n from pg_tables where schemaname = ${schema} and tableowner = ${role}`.execute(owner.db);
    expect(Number(owners.rows[0].n)).toBe(0);
    expect(Number((await sql<{ n: unknown }>`select count(*) as n from audit_log`.execute(app.db)).rows[0].n)).toBeGreaterThan(5);
    // The owner may (that is why the service never connects as it); and a role owning tables is refused as service role.
    await expect(owner.grantServiceRole('postgres')).rejects.toThrow(/must own nothing/);
  });
});
