/**
 * PostgreSQL roles (issue 11): the tables' owner can ALTER them, DISABLE their triggers and TRUNCATE them, so a
 * service connected as the owner could undo every append-only guarantee. The service connects as a role that
 * owns nothing: migrations run as the owner (`DATABASE_MIGRATION_URL`), which then grants the service role
 * (`DATABASE_URL`'s user) only what the code needs — reading and writing rows, and for the append-only tables
 * (the audit log, published set-aside reports) reading and inserting. Without ownership it cannot ALTER,
 * DISABLE TRIGGER or DROP; without the privilege it cannot TRUNCATE, nor UPDATE or DELETE the append-only tables.
 */
import { sql } from 'kysely';
import type { StoreContext } from './context.ts';
import { StoreError } from './errors.ts';

/** Tables whose rows are only ever added: the service role may read and insert, nothing else. */
const APPEND_ONLY = ['audit_log', 'set_aside_reports'] as const;
/** Kysely's bookkeeping: the service reads it (to see that the schema is current), never writes it. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

function checkRole(role: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new StoreError(`invalid role name '${role}'`, 'XW_STORE_INVALID');
  return role;
}

/**
 * Grants `role` the service's privileges on the store's schema (PostgreSQL; run as the owner, after
 * `migrate()`, and again after each migration — new tables need their grants). Idempotent. Refuses a role
 * that owns any table of the schema (it must not be the owner), and does nothing on SQLite.
 * @example await owner.migrate(); await owner.grantServiceRole('xiaowei_app');
 */
export async function grantServiceRole(ctx: StoreContext, role: string): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  const r = sql.id(checkRole(role));
  const { rows } = await sql<{ schema: string; owns: unknown }>`select current_schema() as schema,
      (select count(*) from pg_tables where schemaname = current_schema() and tableowner = ${role}) as owns`.execute(ctx.db);
  const schema = rows[0].schema;
  if (Number(rows[0].owns) > 0)
    throw new StoreError(`role '${role}' owns tables of schema '${schema}': the service role must own nothing`, 'XW_STORE_INVALID');
  const s = sql.id(schema);
  await sql`grant usage on schema ${s} to ${r}`.execute(ctx.db);
  await sql`revoke create on schema ${s} from ${r}`.execute(ctx.db);
  await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(ctx.db);
  await sql`revoke truncate, references, trigger on all tables in schema ${s} from ${r}`.execute(ctx.db);
  for (const table of [...APPEND_ONLY, ...MIGRATION_TABLES]) {
    await sql`revoke insert, update, delete on ${sql.id(schema, table)} from ${r}`.execute(ctx.db);
  }
  for (const table of APPEND_ONLY) await sql`grant insert on ${sql.id(schema, table)} to ${r}`.execute(ctx.db);
  await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(ctx.db);
}
