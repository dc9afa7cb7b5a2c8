/** Reading stored entitlements: per enterprise, and summaries for dashboards. */
import { sql } from 'kysely';
import { readerOf, type StoreContext } from '../context.ts';
import type { StoredDetail } from '../entitlements/evaluate.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { fromJson, toBoolOrNull, toInt, toIntOrNull } from '../values.ts';

/** One entitlement of an enterprise-year, as computed. Money in fen. */
export interface EntitlementComponent {
  /** Catalogue id of the measure, e.g. `gf2012-14/02.2`. */
  readonly measure: string;
  /** The policy variable holding the value (several entitlements may share a measure). */
  readonly valueVariable: string;
  /** null: could not be computed (see `problems`). */
  readonly eligible: boolean | null;
  readonly valueFen: number | null;
  /** Whether it counts in the total (of schemes that cannot be combined, the largest does). */
  readonly counted: boolean;
}

export interface EntitlementDetail {
  readonly components: readonly EntitlementComponent[];
  readonly notEncoded: readonly string[];
  readonly problems: readonly { readonly variable: string; readonly message: string }[];
  readonly missingInputs: readonly string[];
}

/** The computed entitlements of one enterprise in one year, with the rules that produced them. */
export interface EntitlementRecord {
  readonly enterpriseId: string;
  readonly year: number;
  readonly sizeClass: string | null;
  readonly isSmallOrMicro: boolean | null;
  readonly totalSupportValueFen: number | null;
  readonly detail: EntitlementDetail;
  readonly policyVersion: string;
  readonly parameterHash: string;
  readonly computedAt: string;
}

export interface EntitlementRow {
  enterprise_id: string;
  year: number;
  size_class: string | null;
  is_small_or_micro: unknown;
  total_support_value_fen: unknown;
  detail: unknown;
  policy_version: string;
  parameter_hash: string;
  computed_at: string;
}

export function expandDetail(stored: StoredDetail): EntitlementDetail {
  return {
    components: stored.components.map(([measure, valueVariable, eligible, valueFen, counted]) => ({
      measure,
      valueVariable,
      eligible,
      valueFen: valueFen === null ? null : toInt(valueFen),
      counted,
    })),
    notEncoded: stored.notEncoded,
    problems: stored.problems,
    missingInputs: stored.missingInputs,
  };
}

export function entitlementRecord(row: EntitlementRow): EntitlementRecord {
  return {
    enterpriseId: row.enterprise_id,
    year: toInt(row.year),
    sizeClass: row.size_class,
    isSmallOrMicro: toBoolOrNull(row.is_small_or_micro),
    totalSupportValueFen: toIntOrNull(row.total_support_value_fen),
    detail: expandDetail(fromJson<StoredDetail>(row.detail)),
    policyVersion: row.policy_version,
    parameterHash: row.parameter_hash,
    computedAt: row.computed_at,
  };
}

export type SummaryGroup = 'sizeClass' | 'regionCode' | 'province' | 'industryGroup';

export interface SummaryRow {
  /** The group: a size class, a region code, a province code (`370000`) or an industry group; null when unknown. */
  readonly key: string | null;
  readonly enterprises: number;
  readonly smallOrMicro: number;
  readonly totalSupportValueFen: number;
}

/** One measure's totals for a year (see `EntitlementRepository.totalsByMeasure`). */
export interface MeasureTotalRow {
  /** Catalogue id of the measure, e.g. `gf2012-14/02.2`. */
  readonly measure: string;
  /** Enterprises eligible for the measure in the year. */
  readonly enterprises: number;
  /** Sum of the measure's counted values (those that add to the total support value), fen. */
  readonly valueFen: number;
}

export class EntitlementRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * The stored entitlements of an enterprise (every year, or `year`), oldest year first.
   * @example await store.entitlements.get('91370200MA3C000001', { scope: { regionPrefix: '37' }, year: 2013 })
   */
  async get(enterpriseId: string, options: { scope: Scope; year?: number }): Promise<EntitlementRecord[]> {
    const found = await readerOf(this.ctx)
      .selectFrom('enterprises')
      .select('id')
      .where('id', '=', enterpriseId)
      .where(scopeCondition(options.scope, 'enterprises', 'id'))
      .executeTakeFirst();
    if (!found) throw new NotFoundError('enterprise', enterpriseId);
    let q = readerOf(this.ctx).selectFrom('entitlements').selectAll().where('enterprise_id', '=', enterpriseId);
    if (options.year !== undefined) q = q.where('year', '=', options.year);
    const rows = await q.orderBy('year').execute();
    return rows.map((r) => entitlementRecord(r as EntitlementRow));
  }

  /**
   * The years with stored entitlements within `scope`, newest first (for a year picker).
   * @example await store.entitlements.years({ scope: { regionPrefix: '37' } }) // [2015, 2012]
   */
  async years(options: { scope: Scope }): Promise<number[]> {
    const rows = await readerOf(this.ctx)
      .selectFrom('entitlements as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .where(scopeCondition(options.scope, 'e', 'id'))
      .select('n.year')
      .distinct()
      .orderBy('n.year', 'desc')
      .execute();
    return rows.map((r) => toInt(r.year));
  }

  /**
   * Counts and sums of one year's stored entitlements, grouped, within `scope`.
   * @example await store.entitlements.summary({ scope: ALL, year: 2013, groupBy: 'sizeClass' })
   */
  async summary(options: { scope: Scope; year: number; groupBy: SummaryGroup }): Promise<SummaryRow[]> {
    const key =
      options.groupBy === 'sizeClass'
        ? sql<string | null>`n.size_class`
        : options.groupBy === 'regionCode'
          ? sql<string | null>`e.region_code`
          : options.groupBy === 'industryGroup'
            ? sql<string | null>`e.industry_group`
            : options.groupBy === 'province'
              ? sql<string | null>`${sql`substr(e.region_code, 1, 2)`} || '0000'`
              : undefined;
    if (key === undefined) {
      throw new ValidationError('groupBy', { 'zh-CN': '分组方式无效', ko: '그룹 기준이 올바르지 않습니다', en: 'invalid groupBy' });
    }
    const rows = await readerOf(this.ctx)
      .selectFrom('entitlements as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .where('n.year', '=', options.year)
      .where(scopeCondition(options.scope, 'e', 'id'))
      .select([
        key.as('key'),
        sql<unknown>`count(*)`.as('enterprises'),
        sql<unknown>`sum(case when n.is_small_or_micro then 1 else 0 end)`.as('small'),
        sql<unknown>`coalesce(sum(n.total_support_value_fen), 0)`.as('total'),
      ])
      .groupBy(key)
      .orderBy(key)
      .execute();
    return rows.map((r) => ({
      key: r.key,
      enterprises: toInt(r.enterprises),
      smallOrMicro: toInt(r.small ?? 0),
      totalSupportValueFen: toInt(r.total),
    }));
  }

  /**
   * Per measure, the eligible enterprises and the summed value of one year's stored entitlements within
   * `scope`, from `entitlement_components` (written by recompute beside each entitlement row), by measure id.
   * @example await store.entitlements.totalsByMeasure({ scope: { regionPrefix: '37' }, year: 2013 })
   */
  async totalsByMeasure(options: { scope: Scope; year: number }): Promise<MeasureTotalRow[]> {
    const rows = await readerOf(this.ctx)
      .selectFrom('entitlement_components as c')
      .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
      .where('c.year', '=', options.year)
      .where(scopeCondition(options.scope, 'e', 'id'))
      .select([
        'c.measure',
        sql<unknown>`sum(case when c.eligible then 1 else 0 end)`.as('enterprises'),
        sql<unknown>`coalesce(sum(c.value_fen), 0)`.as('total'),
      ])
      .groupBy('c.measure')
      .orderBy('c.measure')
      .execute();
    return rows.map((r) => ({ measure: r.measure, enterprises: toInt(r.enterprises ?? 0), valueFen: toInt(r.total) }));
  }
}
