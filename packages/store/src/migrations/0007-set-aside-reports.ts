/**
 * Published yearly set-aside reports (Guofa [2012] No. 14 item 05; 财库〔2011〕181号): the report of a
 * region's budget units for a year, frozen as JSON when an officer publishes it. A published report is
 * a record of what was announced, so it never changes: triggers reject UPDATE and DELETE (and TRUNCATE
 * on PostgreSQL), like the audit log. Publishing again makes the next version.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema
    .createTable('set_aside_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_prefix', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('snapshot', pg ? 'jsonb' : 'text', (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('parameter_hash', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('set_aside_reports_version', ['region_prefix', 'year', 'version'])
    .execute();

  if (pg) {
    await sql`create function xiaowei_set_aside_reports_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'set_aside_reports are immutable (% rejected)', tg_op using errcode = 'P0001';
      end;
    $$`.execute(db);
    await sql`create trigger set_aside_reports_no_update_delete before update or delete on set_aside_reports
      for each row execute function xiaowei_set_aside_reports_immutable()`.execute(db);
    await sql`create trigger set_aside_reports_no_truncate before truncate on set_aside_reports
      for each statement execute function xiaowei_set_aside_reports_immutable()`.execute(db);
  } else {
    await sql`create trigger set_aside_reports_no_update before update on set_aside_reports
      begin select raise(abort, 'set_aside_reports are immutable (UPDATE rejected)'); end`.execute(db);
    await sql`create trigger set_aside_reports_no_delete before delete on set_aside_reports
      begin select raise(abort, 'set_aside_reports are immutable (DELETE rejected)'); end`.execute(db);
  }
}
