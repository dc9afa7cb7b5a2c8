/**
 * Tenders of item 05 (财库〔2011〕181号): a budget unit's tender with its bids and each bid's SME declaration
 * (《中小企业声明函》: the supplier's class, each product's manufacturer, the consortium members and their
 * shares), and the evaluations the engine made of it. A published evaluation is the record of the award:
 * the database itself refuses to change or delete it, and refuses any change to a published tender or its
 * bids (triggers, as for the audit log in 0001), so no code path — not even a write through `store.db` —
 * can rewrite what was published.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const pg = dialect === 'postgres';
  const money = pg ? 'bigint' : 'integer';
  const json = pg ? 'jsonb' : 'text';

  // Rates and the price weight are exact decimal text ('0.06', '0.025'): a rate the purchaser fixes is a
  // legal figure, compared with the range's bounds exactly (6% is inside 6%–10%), never a binary float.
  await db.schema
    .createTable('tenders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('budget_unit_id', 'text', (c) => c.notNull().references('budget_units.id'))
    .addColumn('project_id', 'text', (c) => c.references('procurement_projects.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tender_date', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('lowest_price', 'comprehensive')`))
    .addColumn('price_weight', 'text')
    .addColumn('deduction_rate', 'text')
    .addColumn('consortium_deduction_rate', 'text')
    .addColumn('reserved_for_sme', 'boolean', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'evaluated', 'published')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tenders_unit_created').on('tenders').columns(['budget_unit_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('tenders_created').on('tenders').columns(['created_at', 'id']).execute();

  // One row per bid; `position` keeps the order the bids were entered in (the last tie-breaker of the ranking).
  // products: [{ manufacturer_id, manufacturer_name, size_class, large_trademark }]; consortium:
  // [{ member_id, name, size_class, share }] — the declaration as the supplier made it.
  await db.schema
    .createTable('tender_bids')
    .addColumn('tender_id', 'text', (c) => c.notNull().references('tenders.id').onDelete('cascade'))
    .addColumn('bid_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('supplier_id', 'text')
    .addColumn('supplier_name', 'text', (c) => c.notNull())
    .addColumn('price_fen', money, (c) => c.notNull().check(sql`price_fen >= 0`))
    .addColumn('technical_score', 'text')
    .addColumn('compliant', 'boolean', (c) => c.notNull())
    .addColumn('declared_size_class', 'text', (c) => c.check(sql`declared_size_class in ('large', 'medium', 'small', 'micro')`))
    .addColumn('products', json, (c) => c.notNull())
    .addColumn('consortium', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('tender_bids_pk', ['tender_id', 'bid_id'])
    .execute();

  await db.schema
    .createTable('tender_evaluations')
    .addColumn('tender_id', 'text', (c) => c.notNull().references('tenders.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('result', json, (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('parameter_hash', 'text', (c) => c.notNull())
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addColumn('evaluated_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addPrimaryKeyConstraint('tender_evaluations_pk', ['tender_id', 'sequence'])
    .execute();

  if (pg) {
    await sql`create function xiaowei_published_immutable() returns trigger language plpgsql as $$
      begin
        raise exception '% is published and cannot be changed (% rejected)', tg_table_name, tg_op using errcode = 'P0001';
      end;
    $$`.execute(db);
    await sql`create function xiaowei_published_tender_bids() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from tenders where id in (coalesce(new.tender_id, old.tender_id), coalesce(old.tender_id, new.tender_id))
                   and status = 'published') then
          raise exception 'the tender is published: its bids cannot be changed (% rejected)', tg_op using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end;
    $$`.execute(db);
    await sql`create trigger tender_evaluations_published before update or delete on tender_evaluations
      for each row when (old.published_at is not null) execute function xiaowei_published_immutable()`.execute(db);
    await sql`create trigger tenders_published before update or delete on tenders
      for each row when (old.status = 'published') execute function xiaowei_published_immutable()`.execute(db);
    await sql`create trigger tender_bids_published before insert or update or delete on tender_bids
      for each row execute function xiaowei_published_tender_bids()`.execute(db);
  } else {
    await sql`create trigger tender_evaluations_no_update before update on tender_evaluations when old.published_at is not null
      begin select raise(abort, 'tender_evaluations is published and cannot be changed (UPDATE rejected)'); end`.execute(db);
    await sql`create trigger tender_evaluations_no_delete before delete on tender_evaluations when old.published_at is not null
      begin select raise(abort, 'tender_evaluations is published and cannot be changed (DELETE rejected)'); end`.execute(db);
    await sql`create trigger tenders_no_update before update on tenders when old.status = 'published'
      begin select raise(abort, 'tenders is published and cannot be changed (UPDATE rejected)'); end`.execute(db);
    await sql`create trigger tenders_no_delete before delete on tenders when old.status = 'published'
      begin select raise(abort, 'tenders is published and cannot be changed (DELETE rejected)'); end`.execute(db);
    for (const [op, ref] of [
      ['insert', 'new'],
      ['update', 'old'],
      ['delete', 'old'],
    ] as const) {
      await sql
        .raw(`create trigger tender_bids_no_${op} before ${op} on tender_bids
        when (select status from tenders where id = ${ref}.tender_id) = 'published'
        begin select raise(abort, 'the tender is published: its bids cannot be changed (${op.toUpperCase()} rejected)'); end`)
        .execute(db);
    }
  }
}
