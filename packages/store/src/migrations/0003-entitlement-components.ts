/**
 * Per-measure entitlement components, one row per enterprise-year and measure, written by recompute
 * beside the entitlement row (whose JSON `detail` stays the full record), so that totals by measure
 * are a plain indexed aggregate on both dialects instead of a scan of every stored detail. Rows already
 * stored are backfilled from their details (the same grouping as recompute's `componentRows`, copied
 * here so that this migration does not change when recompute does).
 */
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../config.ts';
import type { Database } from '../schema.ts';

type StoredComponent = [
  measure: string,
  valueVariable: string,
  eligible: boolean | null,
  valueFen: number | string | null,
  counted: boolean,
];

const BATCH = 2000;

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const money = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('entitlement_components')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('eligible', 'boolean')
    .addColumn('value_fen', money, (c) => c.notNull())
    .addPrimaryKeyConstraint('entitlement_components_pk', ['enterprise_id', 'year', 'measure'])
    .execute();
  await db.schema
    .createIndex('entitlement_components_year_measure')
    .on('entitlement_components')
    .columns(['year', 'measure', 'enterprise_id'])
    .execute();
  await backfill(db as unknown as Kysely<Database>, dialect === 'postgres');
}

async function backfill(db: Kysely<Database>, pg: boolean): Promise<void> {
  let last: { id: string; year: number } | undefined;
  for (;;) {
    let q = db.selectFrom('entitlements').select(['enterprise_id', 'year', 'detail']).orderBy('enterprise_id').orderBy('year').limit(BATCH);
    if (last !== undefined) {
      const { id, year } = last;
      q = q.where((eb) => eb.or([eb('enterprise_id', '>', id), eb.and([eb('enterprise_id', '=', id), eb('year', '>', year)])]));
    }
    const rows = await q.execute();
    if (rows.length === 0) return;
    const out: { enterprise_id: string; year: number; measure: string; eligible: number | boolean | null; value_fen: number }[] = [];
    for (const r of rows) {
      const detail = (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as { components?: StoredComponent[] };
      const byMeasure = new Map<string, { eligible: boolean | null; valueFen: number }>();
      for (const [measure, , eligible, valueFen, counted] of detail.components ?? []) {
        const acc = byMeasure.get(measure);
        if (acc === undefined) byMeasure.set(measure, { eligible, valueFen: 0 });
        else if (eligible === true) acc.eligible = true;
        else if (eligible === null && acc.eligible === false) acc.eligible = null;
        if (counted && valueFen !== null) (byMeasure.get(measure) as { valueFen: number }).valueFen += Number(valueFen);
      }
      for (const [measure, m] of byMeasure) {
        out.push({
          enterprise_id: r.enterprise_id,
          year: Number(r.year),
          measure,
          eligible: m.eligible === null ? null : pg ? m.eligible : m.eligible ? 1 : 0,
          value_fen: m.valueFen,
        });
      }
    }
    for (let i = 0; i < out.length; i += 500)
      await db
        .insertInto('entitlement_components')
        .values(out.slice(i, i + 500))
        .execute();
    const end = rows[rows.length - 1];
    last = { id: end.enterprise_id, year: Number(end.year) };
  }
}
