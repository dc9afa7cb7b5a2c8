/**
 * Department data feeds (issue 13 §2): batches of rows from departments, each accepted whole or not at all.
 * - `feed_batches`: one accepted batch — its id (the sender's, for idempotency), kind, who sent it, the SHA-256 of
 *   its content (the same id with other content is refused), counts, and the recompute job it started.
 * - `feed_batch_enterprises`: the enterprises a batch touched (what its recompute job re-evaluates).
 * - `feed_members`: rows of the policy's linked entities fed by departments — graduate hires (`graduate_hire`,
 *   linked to their employer) and administrative fee events (`fee_event`, linked to the payer) — by enterprise,
 *   the department's own key of the row and the year, with the variables' values in input form (as
 *   `enterprise_years.inputs`). Enterprise-level inputs (rent, R&D, donations) go to `enterprise_years.inputs`.
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  await db.schema
    .createTable('feed_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('region_prefix', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('enterprises', 'integer', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('file_name', 'text')
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feed_batches_region').on('feed_batches').columns(['region_prefix', 'submitted_at']).execute();
  await db.schema
    .createTable('feed_batch_enterprises')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('feed_batches.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_batch_enterprises_pk', ['batch_id', 'enterprise_id'])
    .execute();
  await db.schema
    .createTable('feed_members')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('member_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('inputs', json, (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_members_pk', ['enterprise_id', 'entity', 'member_key', 'year'])
    .execute();
}
