/**
 * E-mail of notifications (issue 14 §3: "each user chooses which events by e-mail"):
 * - `users.email`: the address notices go to (optional; none: inbox only), set by the user or an administrator.
 * - `notification_preferences`: a user's choice per event, stored only where it differs from the default
 *   (`EMAIL_DEFAULTS`), so an event added later takes its default for everyone.
 * Delivery state stays on the notification row (migration 0017).
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('email', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'event'])
    .execute();
}
