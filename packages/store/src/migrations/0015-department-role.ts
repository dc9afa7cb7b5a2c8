/**
 * Department users (issue 13 §2): the departments that feed data — market regulation and statistics (yearly
 * figures), human resources and social security (graduate hires), finance, tax (R&D spend, donations),
 * cluster operators (premises and rent), the banking regulator and development and reform (administrative fees
 * and prices) — sign in with role `department` and a `users.department` code, scoped by region like an officer.
 * - PostgreSQL: the role check is dropped and added again with the new role.
 * - SQLite cannot alter a CHECK: the table is rebuilt the way SQLite documents ("Making Other Kinds Of Table
 *   Schema Changes", https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off outside the
 *   transaction, new table, copy, drop, rename, indexes again, `foreign_key_check`, foreign keys on. Sessions and
 *   API tokens keep referring to `users` by name, so they survive unchanged.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

/** The codes of `users.department` (kept in step with the store's DEPARTMENTS). */
const DEPARTMENTS = [
  'market_regulation',
  'statistics',
  'human_resources',
  'finance',
  'tax',
  'cluster_operator',
  'banking_regulator',
  'development_reform',
] as const;

const ROLES = ['enterprise', 'officer', 'procurement', 'bank', 'service_provider', 'analyst', 'admin', 'department'] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const roleCheck = sql`role in (${list(ROLES)})`;
  const departmentCheck = sql`(department is null or department in (${list(DEPARTMENTS)})) and (role <> 'department' or department is not null)`;
  if (dialect === 'postgres') {
    const checks = (
      await sql<{ name: string }>`select conname as name from pg_constraint
        where conrelid = 'users'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%role%'`.execute(db)
    ).rows;
    for (const c of checks) await sql`alter table users drop constraint ${sql.id(c.name)}`.execute(db);
    await sql`alter table users add column department text`.execute(db);
    await sql`alter table users add constraint users_role_check check (${roleCheck})`.execute(db);
    await sql`alter table users add constraint users_department_check check (${departmentCheck})`.execute(db);
    return;
  }
  // SQLite: migrations run outside a transaction (Kysely's SQLite adapter has no transactional DDL), so the
  // pragma takes effect; it is a no-op inside one.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql`create table users_new (
        id text primary key,
        username text not null unique,
        password_hash text not null,
        role text not null check (${roleCheck}),
        region_prefix text,
        enterprise_id text,
        budget_unit_id text,
        bank_id text,
        display_name text not null,
        locale text not null,
        disabled boolean not null,
        created_at text not null,
        updated_at text not null,
        username_key text,
        department text,
        check (${departmentCheck})
      )`.execute(db);
      await sql`insert into users_new (id, username, password_hash, role, region_prefix, enterprise_id, budget_unit_id, bank_id,
          display_name, locale, disabled, created_at, updated_at, username_key)
        select id, username, password_hash, role, region_prefix, enterprise_id, budget_unit_id, bank_id,
          display_name, locale, disabled, created_at, updated_at, username_key from users`.execute(db);
      await sql`drop table users`.execute(db);
      await sql`alter table users_new rename to users`.execute(db);
      await sql`create unique index users_username_ci on users (username_key)`.execute(db);
      const broken = (await sql`pragma foreign_key_check`.execute(db)).rows;
      if (broken.length > 0)
        throw new Error(`0015-department-role: foreign keys broken by the rebuild: ${JSON.stringify(broken.slice(0, 5))}`);
      await sql`commit`.execute(db);
    } catch (e) {
      await sql`rollback`.execute(db);
      throw e;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
