/**
 * Recomputing stored entitlements: read a batch of enterprises with their years, evaluate every year
 * with the policy (one population per year of the batch), replace the batch's rows with the results,
 * each stamped with POLICY_VERSION and the system's parameter hash. A batch is one transaction (or
 * part of the caller's).
 */

import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { inTransaction, type StoreContext } from '../context.ts';
import { ENTERPRISE_YEAR_COLUMNS } from '../enterprise-year-columns.ts';
import { type EvaluatedYear, syncOffers } from '../offers/sync-offers.ts';
import { statementBatches } from '../statement-batches.ts';
import { fromJsonOrNull, nowIso, toBoolOrNull, toInt, toIntOrNull, toNumberOrNull } from '../values.ts';
import { type EvaluationInput, evaluateYear, type LinkedInput, type StoredDetail } from './evaluate.ts';

export type RecomputeTarget = { readonly all: true } | { readonly enterpriseIds: readonly string[] };

export interface RecomputeOptions {
  /** Enterprises per population (default 5,000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: { readonly enterprises: number; readonly years: number }) => void;
  /** Called with the member count of each population the policy evaluates (what a recompute costs). */
  readonly onPopulation?: (members: number) => void;
}

export interface RecomputeResult {
  readonly enterprises: number;
  /** Enterprise-years evaluated (= rows stored). */
  readonly years: number;
  /** Rows where something could not be computed (see their `detail.problems`). */
  readonly incomplete: number;
  readonly policyVersion: string;
  readonly parameterHash: string;
}

export const DEFAULT_RECOMPUTE_BATCH = 5000;

const ENTITLEMENT_COLUMNS = [
  'enterprise_id',
  'year',
  'size_class',
  'is_small_or_micro',
  'total_support_value_fen',
  'detail',
  'policy_version',
  'parameter_hash',
  'computed_at',
] as const;
const ENTITLEMENT_UPDATES = ENTITLEMENT_COLUMNS.filter((c) => c !== 'enterprise_id' && c !== 'year');

/** Recomputes the entitlements of `target`. */
export async function recompute(ctx: StoreContext, target: RecomputeTarget, options: RecomputeOptions = {}): Promise<RecomputeResult> {
  const batchSize = options.batchSize ?? DEFAULT_RECOMPUTE_BATCH;
  let enterprises = 0;
  let years = 0;
  let incomplete = 0;
  const run = async (ids: readonly string[]) => {
    const r = await inTransaction(ctx, (tx) => recomputeBatch(tx, ids, undefined, options));
    enterprises += ids.length;
    years += r.years;
    incomplete += r.incomplete;
    options.onProgress?.({ enterprises, years });
  };
  if ('all' in target) {
    let last: string | undefined;
    for (;;) {
      let q = ctx.db.selectFrom('enterprises').select('id').orderBy('id').limit(batchSize);
      if (last !== undefined) q = q.where('id', '>', last);
      const ids = (await q.execute()).map((r) => r.id);
      if (ids.length === 0) break;
      await run(ids);
      last = ids[ids.length - 1];
    }
  } else {
    const unique = [...new Set(target.enterpriseIds)];
    for (let i = 0; i < unique.length; i += batchSize) await run(unique.slice(i, i + batchSize));
  }
  return { enterprises, years, incomplete, policyVersion: POLICY_VERSION, parameterHash: getSystem().parameterHash };
}

interface ComponentRow {
  enterprise_id: string;
  year: number;
  measure: string;
  eligible: number | null;
  value_fen: number;
}

/**
 * The `entitlement_components` rows of one enterprise-year: its detail's components grouped by measure
 * (several entitlements may share one). `eligible`: 1 if any of the measure's entitlements is, 0 if
 * all are not, else null (not computable); `value_fen`: the sum of the counted ones (those that add to
 * the total support value), so that the measures of a row add up to its total.
 */
export function componentRows(enterpriseId: string, year: number, detail: StoredDetail): ComponentRow[] {
  const byMeasure = new Map<string, ComponentRow>();
  for (const [measure, , eligible, valueFen, counted] of detail.components) {
    let row = byMeasure.get(measure);
    if (row === undefined) {
      row = { enterprise_id: enterpriseId, year, measure, eligible: eligible === null ? null : eligible ? 1 : 0, value_fen: 0 };
      byMeasure.set(measure, row);
    } else if (eligible === true) row.eligible = 1;
    else if (eligible === null && row.eligible === 0) row.eligible = null;
    if (counted && valueFen !== null) row.value_fen += valueFen;
  }
  return [...byMeasure.values()];
}

interface Loaded {
  readonly byYear: Map<number, EvaluationInput[]>;
}

async function load(tx: StoreContext, ids: readonly string[], only: ReadonlyMap<string, ReadonlySet<number>> | undefined): Promise<Loaded> {
  type Row = {
    id: string;
    region_code: string;
    industry: string;
    founded: string | null;
    year: unknown;
    employees: unknown;
    revenue_fen: unknown;
    total_assets_fen: unknown;
    taxable_income_fen: unknown;
    total_profit_fen: unknown;
    restricted_industry: unknown;
    inputs: unknown;
  };
  let rows: Row[];
  if (tx.sqlite) {
    rows = tx.sqlite
      .prepare(
        `select ${ENTERPRISE_YEAR_COLUMNS.join(', ')}, y.year
         from enterprise_years y join enterprises e on e.id = y.enterprise_id
         where y.enterprise_id in (select value from json_each(?))`,
      )
      .all(JSON.stringify(ids)) as Row[];
  } else {
    rows = (await tx.db
      .selectFrom('enterprise_years as y')
      .innerJoin('enterprises as e', 'e.id', 'y.enterprise_id')
      .select([...ENTERPRISE_YEAR_COLUMNS, 'y.year'])
      .where('y.enterprise_id', 'in', ids)
      .execute()) as Row[];
  }
  // Linked entities fed by departments (graduate hires, fee events), by enterprise and year.
  const linked = new Map<string, LinkedInput[]>();
  for (let i = 0; i < ids.length; i += 1000) {
    const fed = await tx.db
      .selectFrom('feed_members')
      .select(['entity', 'enterprise_id', 'member_key', 'year', 'inputs'])
      .where('enterprise_id', 'in', ids.slice(i, i + 1000))
      .execute();
    for (const f of fed) {
      const key = `${f.enterprise_id}\u0000${toInt(f.year)}`;
      let list = linked.get(key);
      if (list === undefined) linked.set(key, (list = []));
      list.push({ entity: f.entity, key: f.member_key, inputs: fromJsonOrNull<Record<string, unknown>>(f.inputs) ?? {} });
    }
  }
  const byYear = new Map<number, EvaluationInput[]>();
  for (const r of rows) {
    const year = toInt(r.year);
    if (only !== undefined && !only.get(r.id)?.has(year)) continue;
    let list = byYear.get(year);
    if (list === undefined) byYear.set(year, (list = []));
    list.push({
      enterpriseId: r.id,
      regionCode: r.region_code,
      industry: r.industry,
      founded: r.founded,
      employees: toNumberOrNull(r.employees),
      revenueFen: toIntOrNull(r.revenue_fen),
      totalAssetsFen: toIntOrNull(r.total_assets_fen),
      taxableIncomeFen: toIntOrNull(r.taxable_income_fen),
      totalProfitFen: toIntOrNull(r.total_profit_fen),
      restrictedIndustry: toBoolOrNull(r.restricted_industry),
      inputs: fromJsonOrNull<Record<string, unknown>>(r.inputs),
      linked: linked.get(`${r.id}\u0000${year}`) ?? [],
    });
  }
  return { byYear };
}

/**
 * Recomputes the stored entitlements of `ids` (inside `tx`): every year of each enterprise (rows of
 * years that no longer exist are removed), or with `only`, just the listed years of each.
 */
export async function recomputeBatch(
  tx: StoreContext,
  ids: readonly string[],
  only?: ReadonlyMap<string, ReadonlySet<number>>,
  options: Pick<RecomputeOptions, 'onPopulation'> = {},
): Promise<{ years: number; incomplete: number }> {
  if (ids.length === 0) return { years: 0, incomplete: 0 };
  const system = getSystem();
  const hash = system.parameterHash;
  const at = nowIso();
  const { byYear } = await load(tx, ids, only);
  const rows: {
    enterprise_id: string;
    year: number;
    size_class: string | null;
    is_small_or_micro: number | null;
    total_support_value_fen: number | null;
    detail: string;
    policy_version: string;
    parameter_hash: string;
    computed_at: string;
  }[] = [];
  const components: ComponentRow[] = [];
  const evaluated: EvaluatedYear[] = [];
  let incomplete = 0;
  for (const [year, members] of byYear) {
    const results = evaluateYear(system, year, members, options.onPopulation ? { onPopulation: options.onPopulation } : {});
    results.forEach((r, i) => {
      if (r.detail.problems.length > 0) incomplete++;
      components.push(...componentRows(members[i].enterpriseId, year, r.detail));
      evaluated.push({ enterpriseId: members[i].enterpriseId, regionCode: members[i].regionCode, year, detail: r.detail });
      rows.push({
        enterprise_id: members[i].enterpriseId,
        year,
        size_class: r.sizeClass,
        is_small_or_micro: r.isSmallOrMicro === null ? null : r.isSmallOrMicro ? 1 : 0,
        total_support_value_fen: r.totalSupportValueFen,
        detail: JSON.stringify(r.detail),
        policy_version: POLICY_VERSION,
        parameter_hash: hash,
        computed_at: at,
      });
    });
  }
  if (tx.sqlite) {
    const db = tx.sqlite;
    if (only === undefined) {
      db.prepare('delete from entitlements where enterprise_id in (select value from json_each(?))').run(JSON.stringify(ids));
      db.prepare('delete from entitlement_components where enterprise_id in (select value from json_each(?))').run(JSON.stringify(ids));
    } else {
      const remove = db.prepare('delete from entitlement_components where enterprise_id = ? and year = ?');
      for (const r of rows) remove.run(r.enterprise_id, r.year);
    }
    const insert = db.prepare(
      `insert into entitlements (${ENTITLEMENT_COLUMNS.join(', ')}) values (${ENTITLEMENT_COLUMNS.map(() => '?').join(', ')})
       on conflict (enterprise_id, year) do update set ${ENTITLEMENT_UPDATES.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
    for (const r of rows) {
      insert.run(
        r.enterprise_id,
        r.year,
        r.size_class,
        r.is_small_or_micro,
        r.total_support_value_fen,
        r.detail,
        r.policy_version,
        r.parameter_hash,
        r.computed_at,
      );
    }
    const insertComponent = db.prepare(
      'insert into entitlement_components (enterprise_id, year, measure, eligible, value_fen) values (?, ?, ?, ?, ?)',
    );
    for (const c of components) insertComponent.run(c.enterprise_id, c.year, c.measure, c.eligible, c.value_fen);
  } else {
    if (only === undefined) {
      for (let i = 0; i < ids.length; i += 1000) {
        await tx.db
          .deleteFrom('entitlements')
          .where('enterprise_id', 'in', ids.slice(i, i + 1000))
          .execute();
        await tx.db
          .deleteFrom('entitlement_components')
          .where('enterprise_id', 'in', ids.slice(i, i + 1000))
          .execute();
      }
    } else {
      const byYear = new Map<number, string[]>();
      for (const r of rows) {
        let list = byYear.get(r.year);
        if (list === undefined) byYear.set(r.year, (list = []));
        list.push(r.enterprise_id);
      }
      for (const [year, yearIds] of byYear) {
        for (let i = 0; i < yearIds.length; i += 1000) {
          await tx.db
            .deleteFrom('entitlement_components')
            .where('year', '=', year)
            .where('enterprise_id', 'in', yearIds.slice(i, i + 1000))
            .execute();
        }
      }
    }
    for (const batch of statementBatches(tx.dialect, rows, Object.keys(rows[0] ?? {}).length)) {
      await tx.db
        .insertInto('entitlements')
        .values(batch)
        .onConflict((oc) =>
          oc
            .columns(['enterprise_id', 'year'])
            .doUpdateSet((eb) => Object.fromEntries(ENTITLEMENT_UPDATES.map((c) => [c, eb.ref(`excluded.${c}`)]))),
        )
        .execute();
    }
    for (const batch of statementBatches(tx.dialect, components, 5)) {
      await tx.db
        .insertInto('entitlement_components')
        .values(batch.map((c) => ({ ...c, eligible: c.eligible === null ? null : c.eligible === 1 })))
        .execute();
    }
  }
  // Offers follow the rows just written, in the same transaction: a crash keeps both or neither.
  await syncOffers(tx, ids, evaluated, only === undefined);
  return { years: rows.length, incomplete };
}
