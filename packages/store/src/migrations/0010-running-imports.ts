/**
 * Imports in progress (issue 11: an import killed by kill -9 left no record). An import writes its row here in
 * a transaction of its own before it starts, and deletes it inside the import's transaction: a finished
 * import leaves nothing here, an import whose process died leaves its row (its own transaction rolled back).
 * On start the service turns every such row into a `failed` import with its `import.fail` audit row
 * (`store.recoverInterruptedImports()`). On PostgreSQL the running import's delete holds the row's lock, so
 * another instance starting meanwhile skips it (`for update skip locked`).
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('running_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
}
