/**
 * Queues are created by migrations, as the owner: on PostgreSQL pg-boss makes a table (a partition) per queue,
 * which the service role — owning nothing (issue 11) — could not. A migration that adds work calls
 * `createJobQueue(db, dialect, 'its-queue')`; on SQLite it registers the name in `job_queues`, so both dialects
 * refuse a job for a queue nobody created.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function createJobQueue(db: Kysely<unknown>, dialect: SqlDialect, name: string): Promise<void> {
  if (!/^[\w.\-/]{1,100}$/.test(name)) throw new Error(`invalid job queue name '${name}'`);
  if (dialect === 'postgres') {
    await sql`select create_queue(${name}, ${JSON.stringify({ policy: 'standard' })}::json)`.execute(db);
    return;
  }
  await sql`insert into job_queues (name, created_at) values (${name}, ${new Date().toISOString()}) on conflict do nothing`.execute(db);
}
