/**
 * Notifications (issue 14 §3): one inbox row per recipient and event, written in the transaction of the change
 * that caused it (a rolled-back change notifies nobody). The row is also the e-mail outbox: its `email_state`
 * starts `pending` and the background sender moves it to `sent`, `skipped` (no address, e-mail off, or the
 * user does not want this event by e-mail) or, after the retry limit, `failed` (shown to the admin, who can
 * retry). `params` holds the event's values; title and body are rendered in the reader's language when read.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('params', json, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('email_state', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`email_state in ('pending', 'sent', 'failed', 'skipped')`),
    )
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_next_attempt_at', 'text')
    .addColumn('email_last_error', 'text')
    .addColumn('email_sent_at', 'text')
    .execute();
  // The inbox: a user's rows newest first, and the unread count.
  await db.schema.createIndex('notifications_inbox').on('notifications').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_unread').on('notifications').columns(['user_id', 'read_at']).execute();
  // The outbox: rows due for a (re)try, and the admin's list of failures.
  await db.schema.createIndex('notifications_outbox').on('notifications').columns(['email_state', 'email_next_attempt_at']).execute();
}
