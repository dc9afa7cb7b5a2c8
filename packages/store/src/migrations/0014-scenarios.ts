/**
 * What-if scenarios (issue 15): a name, a base year and the changes of the law as JSON (checked against the
 * parameter tree when saved), owned by a user and readable by others within the owner's region when shared.
 * `scope_prefix` is the owner's region prefix when saved ('' for a user who sees every region).
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('scope_prefix', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scenarios_owner').on('scenarios').columns(['owner_id', 'updated_at']).execute();
  await db.schema.createIndex('scenarios_shared').on('scenarios').columns(['shared', 'scope_prefix']).execute();
}
