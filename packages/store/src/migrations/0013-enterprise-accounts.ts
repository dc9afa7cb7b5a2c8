/**
 * Enterprise accounts (issue 13 §1): an enterprise signs in with its unified social credit code
 * (统一社会信用代码, GB 32100-2015) and a password it sets with a single-use activation code an officer issued.
 * - `enterprises.credit_code`: the code in its one stored form (capitals; `readCreditCode`), optional for
 *   enterprises registered before, unique whatever the case typed (unique index on `upper(credit_code)`).
 * - `activation_codes`: only the SHA-256 of each code; expires; used once (`used_at`); reissuing marks the
 *   enterprise's open codes `revoked_at`, so only the newest can activate.
 * - `correction_requests`: what an enterprise asks to change in its registry data (field, year, proposed value
 *   as typed, reason), decided by an officer of its region (accepted: applied through the registry's update
 *   path; rejected: with a reason). The enterprise never edits the registry itself.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('enterprises').addColumn('credit_code', 'text').execute();
  await sql`create unique index enterprises_credit_code_upper on enterprises (upper(credit_code))`.execute(db);

  await db.schema
    .createTable('activation_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('activation_codes_enterprise').on('activation_codes').columns(['enterprise_id', 'issued_at']).execute();

  await db.schema
    .createTable('correction_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('current_value', 'text')
    .addColumn('proposed_value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'accepted', 'rejected')`))
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .execute();
  await db.schema
    .createIndex('correction_requests_queue')
    .on('correction_requests')
    .columns(['status', 'region_code', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('correction_requests_enterprise')
    .on('correction_requests')
    .columns(['enterprise_id', 'requested_at'])
    .execute();
}
