/**
 * The first schema. Written once for both dialects with the schema builder; the few types that differ
 * (64-bit money, JSON, the audit id) are chosen by `dialect`, and the append-only rule of the audit log
 * is a trigger in each database's own language.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  // Integer fen up to 10^15 (ADR 0001): PostgreSQL needs bigint; SQLite integers are 64-bit anyway.
  const money = pg ? 'bigint' : 'integer';
  const json = pg ? 'jsonb' : 'text';

  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent_code', 'text')
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('province', 'city', 'county')`))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_ko', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').columns(['parent_code', 'code']).execute();

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('industry_group', 'text', (c) => c.notNull())
    .addColumn('founded', 'text')
    .addColumn('registered_capital_fen', money)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Keyset paging: every sort key is indexed together with the id that breaks ties.
  await db.schema.createIndex('enterprises_region').on('enterprises').columns(['region_code', 'id']).execute();
  await db.schema.createIndex('enterprises_name').on('enterprises').columns(['name', 'id']).execute();
  await db.schema.createIndex('enterprises_updated').on('enterprises').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('enterprises_group').on('enterprises').columns(['industry_group', 'id']).execute();

  await db.schema
    .createTable('enterprise_years')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('employees', 'integer')
    .addColumn('revenue_fen', money)
    .addColumn('total_assets_fen', money)
    .addColumn('taxable_income_fen', money)
    .addColumn('total_profit_fen', money)
    .addColumn('restricted_industry', 'boolean')
    .addColumn('inputs', json)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('enterprise_years_pk', ['enterprise_id', 'year'])
    .execute();
  await db.schema.createIndex('enterprise_years_year').on('enterprise_years').columns(['year', 'enterprise_id']).execute();

  await db.schema
    .createTable('entitlements')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('size_class', 'text')
    .addColumn('is_small_or_micro', 'boolean')
    .addColumn('total_support_value_fen', money)
    .addColumn('detail', json, (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('parameter_hash', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entitlements_pk', ['enterprise_id', 'year'])
    .execute();
  await db.schema.createIndex('entitlements_year_size').on('entitlements').columns(['year', 'size_class', 'enterprise_id']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('enterprise', 'officer', 'procurement', 'bank', 'service_provider', 'analyst', 'admin')`),
    )
    .addColumn('region_prefix', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('budget_unit_id', 'text')
    .addColumn('bank_id', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('disabled', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    // A sequence, not a random id: the order of the log is the order of the changes.
    .addColumn('id', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('region_code', 'text')
    .addColumn('before', json)
    .addColumn('after', json)
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id', 'id']).execute();
  await db.schema.createIndex('audit_log_region').on('audit_log').columns(['region_code', 'id']).execute();

  // Append-only in the database itself, so no code path (nor a stray SQL console) can rewrite history.
  if (pg) {
    await sql`create function xiaowei_audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only (% rejected)', tg_op using errcode = 'P0001';
      end;
    $$`.execute(db);
    await sql`create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function xiaowei_audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function xiaowei_audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only (UPDATE rejected)'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only (DELETE rejected)'); end`.execute(db);
  }

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('completed', 'failed', 'rejected')`))
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('enterprises_created', 'integer', (c) => c.notNull())
    .addColumn('enterprises_updated', 'integer', (c) => c.notNull())
    .addColumn('years_written', 'integer', (c) => c.notNull())
    .addColumn('errors', json)
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('imports_user').on('imports').columns(['user_id', 'started_at']).execute();
}
