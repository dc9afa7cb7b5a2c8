/**
 * Proactive delivery (免申即享, issue 13 §3): programmes, the offers the entitlement recompute makes to the
 * enterprises the data shows eligible, the objections filed while confirmed offers are published (公示), and
 * the payment batches that pay them.
 * - `programmes`: a measure (catalogue id) run by a department in a region (a code prefix) for a year, with a
 *   budget in fen and the number of publicity days.
 * - `offers`: one live offer per (programme, enterprise) — a partial unique index over the statuses that are not
 *   closed, so a recompute run twice, or two at once, cannot double one. `eligible_at` orders the budget queue
 *   (first eligible first); `trace` is the "why" copied from the entitlement row that made it.
 * - `offer_objections`: filed during the publicity window; upheld withdraws the offer.
 * - `payment_batches` / `payment_lines`: a batch of payable offers, approved, exported, each line's result.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const money = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('budget_fen', money, (c) => c.notNull().check(sql`budget_fen >= 0`))
    .addColumn('publicity_days', 'integer', (c) => c.notNull().check(sql`publicity_days >= 0`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('programmes_measure_year').on('programmes').columns(['measure', 'year', 'region_code']).execute();

  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('amount_fen', money, (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('promised_fen', money, (c) => c.notNull())
    .addColumn('trace', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('offered', 'waiting', 'confirmed', 'published', 'in_batch', 'paid', 'failed', 'cancelled', 'withdrawn')`),
    )
    .addColumn('eligible_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('reserved_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('publicity_ends_at', 'text')
    .addColumn('paid_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('account_name', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('account_number', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index offers_live on offers (programme_id, enterprise_id) where status not in ('cancelled', 'withdrawn')`.execute(
    db,
  );
  await db.schema.createIndex('offers_programme_status').on('offers').columns(['programme_id', 'status', 'eligible_at']).execute();
  await db.schema.createIndex('offers_enterprise').on('offers').columns(['enterprise_id', 'eligible_at']).execute();

  await db.schema
    .createTable('offer_objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text')
    .addColumn('contact', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'upheld', 'dismissed')`))
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .execute();
  await db.schema.createIndex('offer_objections_programme').on('offer_objections').columns(['programme_id', 'status']).execute();

  await db.schema
    .createTable('payment_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'approved', 'closed')`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('total_fen', money, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('payment_lines')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('payment_batches.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (c) => c.notNull().references('offers.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('amount_fen', money, (c) => c.notNull())
    .addColumn('account_name', 'text', (c) => c.notNull())
    .addColumn('bank_name', 'text', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('pending', 'paid', 'failed')`))
    .addColumn('result_at', 'text')
    .addColumn('failure_reason', 'text')
    .addPrimaryKeyConstraint('payment_lines_pk', ['batch_id', 'offer_id'])
    .execute();
  await db.schema.createIndex('payment_lines_offer').on('payment_lines').columns(['offer_id']).execute();
}
