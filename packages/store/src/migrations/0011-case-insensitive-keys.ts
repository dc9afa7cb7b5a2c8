/**
 * User names and enterprise ids are unique regardless of letter case (issue 11: `Admin` next to `admin`, an
 * enterprise `e1` beside `E1`, each a way to pass one off as the other):
 * - users get `username_key` (the name in NFKC, lower-cased by `usernameKey`, the same function sign-in uses),
 *   filled here for existing users, unique;
 * - enterprises get a unique index on `lower(id)` (ids are ASCII: letters, digits, `.`, `_`, `-`).
 * Existing duplicates are not merged or renamed here — which account or enterprise is the real one is a
 * decision for an administrator: the migration stops, naming them, and runs once they are resolved (rename
 * or delete all but one; see packages/store/README.md).
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';
import { usernameKey } from '../text.ts';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  const users = (await sql<{ id: string; username: string }>`select id, username from users order by created_at, id`.execute(db)).rows;
  const byKey = new Map<string, string[]>();
  for (const u of users) {
    const key = usernameKey(u.username);
    byKey.set(key, [...(byKey.get(key) ?? []), u.username]);
  }
  const userDuplicates = [...byKey.values()].filter((names) => names.length > 1);
  const idDuplicates = (
    await sql<{ ids: string }>`select min(id) || ' / ' || max(id) as ids from enterprises group by lower(id) having count(*) > 1`.execute(
      db,
    )
  ).rows.map((r) => r.ids);
  if (userDuplicates.length > 0 || idDuplicates.length > 0) {
    throw new Error(
      `0011-case-insensitive-keys: resolve these duplicates first (rename or delete all but one): ${[
        ...userDuplicates.map((names) => `users ${names.join(' / ')}`),
        ...idDuplicates.map((ids) => `enterprises ${ids}`),
      ]
        .slice(0, 50)
        .join('; ')}`,
    );
  }
  await db.schema.alterTable('users').addColumn('username_key', 'text').execute();
  for (const u of users) {
    await sql`update users set username_key = ${usernameKey(u.username)} where id = ${u.id}`.execute(db);
  }
  await db.schema.createIndex('users_username_ci').on('users').column('username_key').unique().execute();
  await sql`create unique index enterprises_id_lower on enterprises (lower(id))`.execute(db);
}
