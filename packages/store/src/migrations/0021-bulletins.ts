/**
 * Statistics bulletins (Guofa [2012] No. 14 item 29: regular statistics and monitoring of SMEs, published): a
 * region's monthly or quarterly figures, generated as a draft, reviewed, then published. A published bulletin is
 * a record of what was announced, so it never changes: triggers reject UPDATE and DELETE of a published row
 * (and TRUNCATE on PostgreSQL while any row is published), and on SQLite a REPLACE over one. Drafts and reviewed
 * bulletins may still move on (reviewed, published, discarded). A correction is a new bulletin of the same region
 * and period, published as the next version (unique region, period, version). The queue of the scheduled job
 * (bulletins/schedule.ts) is created here, as the owner (see jobs/create-job-queue.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';
import { createJobQueue } from '../jobs/create-job-queue.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema
    .createTable('bulletins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_prefix', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull().check(sql`period_kind in ('month', 'quarter')`))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'reviewed', 'published')`))
    .addColumn('version', 'integer', (c) => c.check(sql`version >= 1`))
    .addColumn('content', pg ? 'jsonb' : 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text')
    .addUniqueConstraint('bulletins_version', ['region_prefix', 'period', 'version'])
    .execute();
  await db.schema.createIndex('bulletins_status_period').on('bulletins').columns(['status', 'period']).execute();

  if (pg) {
    await sql`create function xiaowei_bulletins_published() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          if exists (select 1 from bulletins where status = 'published') then
            raise exception 'bulletins holds published bulletins (TRUNCATE rejected)' using errcode = 'P0001';
          end if;
          return null;
        end if;
        if old.status = 'published' then
          raise exception 'published bulletins are immutable (% rejected)', tg_op using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end;
    $$`.execute(db);
    await sql`create trigger bulletins_published_no_update_delete before update or delete on bulletins
      for each row execute function xiaowei_bulletins_published()`.execute(db);
    await sql`create trigger bulletins_published_no_truncate before truncate on bulletins
      for each statement execute function xiaowei_bulletins_published()`.execute(db);
  } else {
    await sql`create trigger bulletins_published_no_update before update on bulletins when old.status = 'published'
      begin select raise(abort, 'published bulletins are immutable (UPDATE rejected)'); end`.execute(db);
    await sql`create trigger bulletins_published_no_delete before delete on bulletins when old.status = 'published'
      begin select raise(abort, 'published bulletins are immutable (DELETE rejected)'); end`.execute(db);
    // REPLACE deletes the old row without firing the DELETE trigger (see 0008): refuse the insert instead.
    await sql`create trigger bulletins_published_no_replace before insert on bulletins
      when exists (select 1 from bulletins where status = 'published' and (id = new.id
        or (region_prefix = new.region_prefix and period = new.period and version = new.version)))
      begin select raise(abort, 'published bulletins are immutable (REPLACE rejected)'); end`.execute(db);
  }
  // The queue name is bulletins/schedule.ts's BULLETIN_JOB (a migration keeps its own copy: it never changes).
  await createJobQueue(db, dialect, 'bulletins.generate-scheduled');
}
