/**
 * The durable job queue (issue 13 §2; `src/jobs/`): recomputes triggered by data feeds, deliveries, scheduled work.
 * - PostgreSQL: pg-boss's tables, functions and version row in the store's own schema, from pg-boss's own
 *   construction SQL (`PgBoss.getConstructionPlans`) run here as the owner — the service starts pg-boss with
 *   `migrate: false` and, owning nothing, only reads and writes rows (issue 11). Added beside them: `job_progress`
 *   (pg-boss 10 keeps none) and a unique index making a singleton key hold across the standard policy's waiting jobs.
 * - SQLite: `jobs` with the same states and columns for retries, heartbeat expiry and progress; `job_queues`.
 * Queues: `recompute-entitlements` (feeds) and pg-boss's cron queue.
 */
import { type Kysely, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { SqlDialect } from '../config.ts';
import { createJobQueue } from '../jobs/create-job-queue.ts';

/** Splits SQL into statements at top-level semicolons (not inside $$ … $$ bodies or quotes). */
function statements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let dollar = false;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!quote && text.startsWith('$$', i)) {
      dollar = !dollar;
      current += '$$';
      i++;
      continue;
    }
    if (!dollar && c === "'") quote = !quote;
    if (c === ';' && !dollar && !quote) {
      if (current.trim() !== '') out.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

export const RECOMPUTE_QUEUE = 'recompute-entitlements';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`0016-job-queue: pg-boss needs a plain schema name, not '${schema}'`);
    // pg-boss wraps its plan in its own transaction and advisory lock; the migration is already one transaction.
    for (const statement of statements(PgBoss.getConstructionPlans(schema))) {
      if (/^(begin|commit|set local|select pg_advisory_xact_lock)\b/i.test(statement)) continue;
      await sql.raw(statement).execute(db);
    }
    await sql
      .raw(`create unique index job_singleton_waiting on ${schema}.job (name, singleton_key)
      where state < 'active' and singleton_key is not null and singleton_on is null`)
      .execute(db);
    await db.schema
      .createTable('job_progress')
      .addColumn('job_id', 'text', (c) => c.primaryKey())
      .addColumn('fraction', 'double precision', (c) => c.notNull())
      .addColumn('done', 'bigint')
      .addColumn('total', 'bigint')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await createJobQueue(db, dialect, '__pgboss__send-it');
  } else {
    await db.schema
      .createTable('job_queues')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().references('job_queues.name'))
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('created', 'retry', 'active', 'completed', 'cancelled', 'failed')`),
      )
      .addColumn('singleton_key', 'text')
      .addColumn('retry_limit', 'integer', (c) => c.notNull())
      .addColumn('retry_count', 'integer', (c) => c.notNull())
      .addColumn('retry_delay', 'integer', (c) => c.notNull())
      .addColumn('expire_seconds', 'integer', (c) => c.notNull())
      .addColumn('start_after', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('completed_at', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('progress_fraction', 'real')
      .addColumn('progress_done', 'integer')
      .addColumn('progress_total', 'integer')
      .addColumn('output', 'text')
      .addColumn('error', 'text')
      .execute();
    await sql`create index jobs_due on jobs (name, state, start_after)`.execute(db);
    await sql`create index jobs_active on jobs (state, expires_at) where state = 'active'`.execute(db);
    await sql`create unique index jobs_singleton_waiting on jobs (name, singleton_key)
      where state in ('created', 'retry') and singleton_key is not null`.execute(db);
  }
  await createJobQueue(db, dialect, RECOMPUTE_QUEUE);
}
