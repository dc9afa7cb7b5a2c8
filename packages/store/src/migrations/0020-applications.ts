/**
 * Applications, their attachments and complaints (issue 14 §1 and §2).
 * - `applications`: an enterprise's request under a measure open to applications (国发〔2012〕14号 items 03, 06,
 *   12, 25, 26, 28) for a year, the form's values as JSON, its state (draft → submitted → under_review →
 *   info_requested → resubmitted → approved / rejected → paid, or withdrawn), the review deadline in working days
 *   on the Chinese calendar (`due_date`, `due_estimated` when a year without the State Council's notice was
 *   counted Monday to Friday), the decision and its reason, the amount approved and paid (fen).
 * - `application_events`: every transition with who (user and role), when and why — the history both sides see;
 *   each one is also in the audit log.
 * - `attachments`: files of an application or a complaint (PDF, JPEG, PNG by their first bytes), kept in the
 *   database with their SHA-256, so a refused or rolled-back upload leaves nothing behind and a backup of the
 *   database holds the whole file (the size limit keeps them small: 5 MiB unless configured).
 * - `complaints`: illegal or excess fees (item 06) and bank fees or conduct (item 11), routed to the responsible
 *   department of the enterprise's region, with the reply, its deadline and the enterprise's rating (1–5).
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('form_values', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('draft', 'submitted', 'under_review', 'info_requested', 'resubmitted', 'approved', 'rejected', 'paid', 'withdrawn')`,
        ),
    )
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('due_date', 'text')
    .addColumn('due_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('info_request', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decision_advice', 'text')
    .addColumn('approved_amount_fen', 'bigint')
    .addColumn('paid_amount_fen', 'bigint')
    .addColumn('paid_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_queue').on('applications').columns(['region_code', 'status', 'due_date']).execute();
  await db.schema.createIndex('applications_enterprise').on('applications').columns(['enterprise_id', 'created_at']).execute();

  await db.schema
    .createTable('application_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('application_events_application').on('application_events').columns(['application_id', 'seq']).execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('fee', 'bank')`))
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'replied')`))
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('due_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reply', 'text')
    .addColumn('replied_by', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('rating', 'integer', (c) => c.check(sql`rating between 1 and 5`))
    .addColumn('rated_at', 'text')
    .execute();
  await db.schema.createIndex('complaints_queue').on('complaints').columns(['region_code', 'status', 'due_date']).execute();
  await db.schema.createIndex('complaints_enterprise').on('complaints').columns(['enterprise_id', 'filed_at']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ('application', 'complaint')`))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner').on('attachments').columns(['owner_type', 'owner_id', 'uploaded_at']).execute();
}
