/**
 * The parties of items 05 and 07: budget units (预算单位) with their annual procurement budget and the
 * projects they procure (reserved for SMEs or for small/micro enterprises, or open), and the banks that
 * report their lending. Both carry a region code so that an officer reads those of their region with the
 * same range condition as enterprises. Tenders (0005) and lending reports (0006) build on these.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const money = dialect === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('budget_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_units_region').on('budget_units').columns(['region_code', 'id']).execute();

  // One row per unit and year: the annual procurement budget the 30% / 18% set-aside is measured against,
  // and the reason the unit records when it stays below the line (财库〔2011〕181号).
  await db.schema
    .createTable('budget_unit_years')
    .addColumn('budget_unit_id', 'text', (c) => c.notNull().references('budget_units.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('procurement_budget_fen', money, (c) => c.notNull().check(sql`procurement_budget_fen >= 0`))
    .addColumn('shortfall_reason', 'text')
    .addColumn('shortfall_reason_by', 'text')
    .addColumn('shortfall_reason_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_unit_years_pk', ['budget_unit_id', 'year'])
    .execute();
  await db.schema.createIndex('budget_unit_years_year').on('budget_unit_years').columns(['year', 'budget_unit_id']).execute();

  // A project of a unit's year. `reserved_for`: none | sme (reserved for SMEs) | small_micro (reserved for
  // small and micro enterprises, which also counts toward the SME share). The award, once made: the
  // supplier, its size class at the award and the contract amount (the original price, never the deducted).
  await db.schema
    .createTable('procurement_projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('budget_unit_id', 'text', (c) => c.notNull().references('budget_units.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('budget_fen', money, (c) => c.notNull().check(sql`budget_fen >= 0`))
    .addColumn('reserved_for', 'text', (c) => c.notNull().check(sql`reserved_for in ('none', 'sme', 'small_micro')`))
    .addColumn('awarded_supplier_id', 'text')
    .addColumn('awarded_supplier_name', 'text')
    .addColumn('awarded_size_class', 'text', (c) => c.check(sql`awarded_size_class in ('large', 'medium', 'small', 'micro')`))
    .addColumn('awarded_amount_fen', money, (c) => c.check(sql`awarded_amount_fen >= 0`))
    .addColumn('tender_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('procurement_projects_unit_year')
    .on('procurement_projects')
    .columns(['budget_unit_id', 'year', 'id'])
    .execute();

  await db.schema
    .createTable('banks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('banks_region').on('banks').columns(['region_code', 'id']).execute();
}
