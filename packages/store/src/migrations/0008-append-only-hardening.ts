/**
 * What 0001, 0005 and 0007 left open (issue 11's probe, forged SQL on the protected tables):
 * - SQLite: `REPLACE INTO` / `INSERT OR REPLACE` rewrites a row by deleting it first, and that deletion
 *   fires no DELETE trigger (SQLite runs triggers of REPLACE deletions only with recursive_triggers on).
 *   A BEFORE INSERT trigger now refuses any insert whose key (every unique key) is already taken by a
 *   protected row: the audit log, published set-aside reports, published evaluations, published tenders.
 *   An ordinary insert never collides (ids are new), so nothing legitimate is refused.
 * - PostgreSQL: `TRUNCATE tenders CASCADE` (or of a table cascading to them) emptied published
 *   evaluations, since only the audit log and set-aside reports had TRUNCATE triggers. BEFORE TRUNCATE
 *   triggers now refuse it on every table of a published tender's record while any tender is published;
 *   PostgreSQL fires them for every table a cascade reaches, so `TRUNCATE budget_units CASCADE` is refused too.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

/** Tables a TRUNCATE … CASCADE of which reaches published evaluations (each guarded). */
const TENDER_RECORD_TABLES = ['tender_evaluations', 'tender_bids', 'tenders', 'procurement_projects', 'budget_units'] as const;

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create function xiaowei_no_truncate_published() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from tender_evaluations where published_at is not null) then
          raise exception '% holds or leads to published evaluations (TRUNCATE rejected)', tg_table_name using errcode = 'P0001';
        end if;
        return null;
      end;
    $$`.execute(db);
    for (const table of TENDER_RECORD_TABLES) {
      await sql
        .raw(`create trigger ${table}_no_truncate before truncate on ${table}
          for each statement execute function xiaowei_no_truncate_published()`)
        .execute(db);
    }
    return;
  }
  const guard = (name: string, table: string, when: string, message: string) =>
    sql
      .raw(`create trigger ${name} before insert on ${table} when ${when}
        begin select raise(abort, '${message}'); end`)
      .execute(db);
  await guard(
    'audit_log_no_replace',
    'audit_log',
    'exists (select 1 from audit_log where id = new.id)',
    'audit_log is append-only (REPLACE rejected)',
  );
  await guard(
    'set_aside_reports_no_replace',
    'set_aside_reports',
    `exists (select 1 from set_aside_reports where id = new.id
       or (region_prefix = new.region_prefix and year = new.year and version = new.version))`,
    'set_aside_reports are immutable (REPLACE rejected)',
  );
  await guard(
    'tender_evaluations_no_replace',
    'tender_evaluations',
    `exists (select 1 from tender_evaluations where tender_id = new.tender_id and sequence = new.sequence and published_at is not null)`,
    'tender_evaluations is published and cannot be changed (REPLACE rejected)',
  );
  await guard(
    'tenders_no_replace',
    'tenders',
    `exists (select 1 from tenders where id = new.id and status = 'published')`,
    'tenders is published and cannot be changed (REPLACE rejected)',
  );
}
