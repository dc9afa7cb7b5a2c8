/**
 * E-mail of notifications (issue 14 §3: "each user chooses which events by e-mail"):
 * - `users.email`: the address notices go to (optional; none: inbox only), set by the user or an administrator.
 * - `notification_preferences`: a user's choice per event, stored only where it differs from the default
 *   (`EMAIL_DEFAULTS`), so an event added later takes its default for everyone.
 * Delivery state stays on the notification row (migration 0017).
 * - the job queue of the daily "deadline approaching" scan: on PostgreSQL pg-boss's per-queue tables are made
 *   by the owner here, since the service role may not create them (migration 0016).
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';
import { createJobQueue } from '../jobs/create-job-queue.ts';

/** The queue of the daily deadline scan (server main.ts schedules it). */
export const DEADLINE_SCAN_QUEUE = 'notifications.deadline-scan';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await createJobQueue(db, dialect, DEADLINE_SCAN_QUEUE);
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
