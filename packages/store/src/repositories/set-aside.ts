/**
 * The set-aside monitoring of item 05 (财库〔2011〕181号): each budget unit's year decided by the policy
 * (the app's set-aside use case, @xiaowei/app), the reason a unit below the line records, the yearly report of
 * a region's units with its totals, and the published reports (immutable versions, migration 0007).
 */
import { randomUUID } from 'node:crypto';
import { evaluateSetAside, explainSetAside, type SetAsideAmounts, type SetAsideDecision, type SetAsideProblem } from '@xiaowei/app';
import type { TraceNode } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { isYear } from '../enterprise-fields.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { checkScope, partyScopeCondition, type Scope } from '../scope.ts';
import { addAmounts } from '../set-aside/amount-total.ts';
import { exactShare } from '../set-aside/exact-share.ts';
import { reasonProblems, throwFirst } from '../set-aside/set-aside-fields.ts';
import { projectSums, ZERO_SUMS } from '../set-aside/unit-year-amounts.ts';
import { fromJson, isRegionPrefix, nowIso, regionRange, toInt, toJson } from '../values.ts';
import { type BudgetUnitYear, budgetUnitYearFromRow, fetchBudgetUnit } from './budget-units.ts';

/**
 * `meets`: both parts met. `below_with_reason` / `below_without_reason`: a part is not met, and the unit
 * has / has not recorded why. `no_budget_recorded`: the unit has not recorded the year. `not_computable`:
 * the rules give no answer (`problem` says why: a year not encoded, amounts that contradict each other).
 */
export type SetAsideState = 'meets' | 'below_with_reason' | 'below_without_reason' | 'no_budget_recorded' | 'not_computable';

/** Shares of the budget as exact decimal text, cut to 6 places (see set-aside/exact-share.ts). */
export interface SetAsideShares {
  readonly smeReserved: string;
  readonly smallMicroReserved: string;
  readonly smeAwarded: string;
  readonly smallMicroAwarded: string;
}

export interface SetAsideStatus {
  readonly budgetUnitId: string;
  readonly name: string;
  readonly regionCode: string;
  readonly year: number;
  readonly amounts: SetAsideAmounts;
  readonly shares: SetAsideShares;
  /** The policy's decisions (null when there is none: year not recorded, or not computable). */
  readonly meetsSme: boolean | null;
  readonly meetsSmallMicro: boolean | null;
  readonly meets: boolean | null;
  readonly state: SetAsideState;
  readonly problem: SetAsideProblem | null;
  readonly shortfallReason: string | null;
  readonly shortfallReasonBy: string | null;
  readonly shortfallReasonAt: string | null;
}

export interface SetAsideTotals {
  readonly units: number;
  readonly unitsRecorded: number;
  readonly unitsMeeting: number;
  readonly unitsBelow: number;
  readonly unitsBelowWithoutReason: number;
  readonly unitsNotComputable: number;
  /** Sums over the units whose year is recorded and computable. */
  readonly amounts: SetAsideAmounts;
  readonly shares: SetAsideShares;
  /** The policy's decision on the region's sums, as if the region were one unit (null: nothing to decide). */
  readonly meetsSme: boolean | null;
  readonly meetsSmallMicro: boolean | null;
  readonly meets: boolean | null;
  readonly problem: SetAsideProblem | null;
}

export interface SetAsideReport {
  /** The units' region code prefix ('' = every region). */
  readonly regionPrefix: string;
  readonly year: number;
  readonly generatedAt: string;
  readonly policyVersion: string;
  readonly parameterHash: string;
  readonly units: readonly SetAsideStatus[];
  readonly totals: SetAsideTotals;
}

export interface PublishedReportSummary {
  readonly id: string;
  readonly regionPrefix: string;
  readonly year: number;
  readonly version: number;
  readonly policyVersion: string;
  readonly parameterHash: string;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

export interface PublishedReport extends PublishedReportSummary {
  readonly report: SetAsideReport;
}

export interface SetAsideExplanation {
  readonly status: SetAsideStatus;
  /** The engine's trace of the decision and of the awarded shares (empty when the rules give no answer). */
  readonly trace: readonly TraceNode[];
}

const INVALID_YEAR = (value: unknown) =>
  new ValidationError('year', {
    'zh-CN': `“${String(value)}”不是年度（1949–2100 的整数）`,
    ko: `“${String(value)}”은(는) 연도가 아닙니다(1949~2100의 정수)`,
    en: `"${String(value)}" is not a year (a whole number 1949–2100)`,
  });

function sharesOf(a: SetAsideAmounts): SetAsideShares {
  return {
    smeReserved: exactShare(a.smeReservedFen, a.budgetFen),
    smallMicroReserved: exactShare(a.smallMicroReservedFen, a.budgetFen),
    smeAwarded: exactShare(a.smeAwardedFen, a.budgetFen),
    smallMicroAwarded: exactShare(a.smallMicroAwardedFen, a.budgetFen),
  };
}

const NO_AMOUNTS: SetAsideAmounts = { budgetFen: 0, ...ZERO_SUMS };

interface UnitYear {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly year: BudgetUnitYear | null;
}

function statusOf(unit: UnitYear, year: number, amounts: SetAsideAmounts | null, decision: SetAsideDecision | null): SetAsideStatus {
  const y = unit.year;
  const base = {
    budgetUnitId: unit.id,
    name: unit.name,
    regionCode: unit.regionCode,
    year,
    amounts: amounts ?? NO_AMOUNTS,
    shares: sharesOf(amounts ?? NO_AMOUNTS),
    shortfallReason: y?.shortfallReason ?? null,
    shortfallReasonBy: y?.shortfallReasonBy ?? null,
    shortfallReasonAt: y?.shortfallReasonAt ?? null,
  };
  if (amounts === null || decision === null) {
    return { ...base, meetsSme: null, meetsSmallMicro: null, meets: null, state: 'no_budget_recorded', problem: null };
  }
  if (!decision.computable) {
    return { ...base, meetsSme: null, meetsSmallMicro: null, meets: null, state: 'not_computable', problem: decision.problem };
  }
  const state: SetAsideState = decision.meets ? 'meets' : base.shortfallReason ? 'below_with_reason' : 'below_without_reason';
  return { ...base, meetsSme: decision.meetsSme, meetsSmallMicro: decision.meetsSmallMicro, meets: decision.meets, state, problem: null };
}

/** Sums of fen amounts: exact, and a total beyond 10^13 yuan is refused (amount-total.ts), never rounded. */
function add(a: SetAsideAmounts, b: SetAsideAmounts): SetAsideAmounts {
  return {
    budgetFen: addAmounts(a.budgetFen, b.budgetFen, 'procurementBudgetFen'),
    smeReservedFen: addAmounts(a.smeReservedFen, b.smeReservedFen, 'budgetFen'),
    smallMicroReservedFen: addAmounts(a.smallMicroReservedFen, b.smallMicroReservedFen, 'budgetFen'),
    smeAwardedFen: addAmounts(a.smeAwardedFen, b.smeAwardedFen, 'award.amountFen'),
    smallMicroAwardedFen: addAmounts(a.smallMicroAwardedFen, b.smallMicroAwardedFen, 'award.amountFen'),
  };
}

/** Evaluates `units` for `year` with the policy, in one simulation. */
async function statuses(db: StoreContext['db'], year: number, units: readonly UnitYear[]): Promise<SetAsideStatus[]> {
  const recorded = units.filter((u) => u.year !== null);
  const sums = await projectSums(
    db,
    year,
    recorded.map((u) => u.id),
  );
  const amounts = recorded.map((u) => ({ budgetFen: u.year?.procurementBudgetFen ?? 0, ...(sums.get(u.id) ?? ZERO_SUMS) }));
  const decisions = evaluateSetAside(getSystem(), year, amounts);
  const byId = new Map(recorded.map((u, i) => [u.id, [amounts[i], decisions[i]] as const]));
  return units.map((u) => {
    const found = byId.get(u.id);
    return statusOf(u, year, found?.[0] ?? null, found?.[1] ?? null);
  });
}

function totalsOf(year: number, units: readonly SetAsideStatus[]): SetAsideTotals {
  const counted = units.filter((u) => u.state !== 'no_budget_recorded' && u.state !== 'not_computable');
  const amounts = counted.reduce((acc, u) => add(acc, u.amounts), NO_AMOUNTS);
  const [decision] = counted.length > 0 ? evaluateSetAside(getSystem(), year, [amounts]) : [null];
  return {
    units: units.length,
    unitsRecorded: units.filter((u) => u.state !== 'no_budget_recorded').length,
    unitsMeeting: units.filter((u) => u.state === 'meets').length,
    unitsBelow: units.filter((u) => u.state === 'below_with_reason' || u.state === 'below_without_reason').length,
    unitsBelowWithoutReason: units.filter((u) => u.state === 'below_without_reason').length,
    unitsNotComputable: units.filter((u) => u.state === 'not_computable').length,
    amounts,
    shares: sharesOf(amounts),
    meetsSme: decision?.computable ? decision.meetsSme : null,
    meetsSmallMicro: decision?.computable ? decision.meetsSmallMicro : null,
    meets: decision?.computable ? decision.meets : null,
    problem: decision && !decision.computable ? decision.problem : null,
  };
}

/**
 * The region prefix a report of `scope` covers: the requested one, which must lie inside the scope
 * (an officer of 3702 may ask for 370211, not for 37); by default the scope's own region.
 */
function reportRegion(scope: Scope, requested: string | undefined): string {
  checkScope(scope);
  if (requested !== undefined && !isRegionPrefix(requested)) {
    throw new ValidationError('regionPrefix', {
      'zh-CN': '地区代码前缀无效（0–6 位数字）',
      ko: '지역 코드 접두사가 올바르지 않습니다(0~6자리 숫자)',
      en: 'invalid region code prefix (0–6 digits)',
    });
  }
  if ('all' in scope) return requested ?? '';
  if ('regionPrefix' in scope) {
    const wanted = requested ?? scope.regionPrefix;
    if (!wanted.startsWith(scope.regionPrefix)) throw new NotFoundError('region', wanted);
    return wanted;
  }
  throw new NotFoundError('region', requested ?? '');
}

interface ReportRow {
  id: string;
  region_prefix: string;
  year: unknown;
  version: unknown;
  snapshot?: unknown;
  policy_version: string;
  parameter_hash: string;
  published_by: string;
  published_at: string;
}

function summaryFromRow(r: ReportRow): PublishedReportSummary {
  return {
    id: r.id,
    regionPrefix: r.region_prefix,
    year: toInt(r.year),
    version: toInt(r.version),
    policyVersion: r.policy_version,
    parameterHash: r.parameter_hash,
    publishedBy: r.published_by,
    publishedAt: r.published_at,
  };
}

/** The published reports a scope may read: those of its region or inside it. */
function reportScope(scope: Scope) {
  checkScope(scope);
  if ('all' in scope) return sql<boolean>`1 = 1`;
  if ('regionPrefix' in scope) {
    const p = scope.regionPrefix;
    return sql<boolean>`substr(r.region_prefix, 1, ${p.length}) = ${p} and length(r.region_prefix) >= ${p.length}`;
  }
  return sql<boolean>`1 = 0`;
}

export class SetAsideRepository {
  constructor(private readonly ctx: StoreContext) {}

  private async unitYear(db: StoreContext['db'], unitId: string, year: number, scope: Scope): Promise<UnitYear> {
    const unit = await fetchBudgetUnit(this.ctx, unitId, scope, db);
    const row = await db
      .selectFrom('budget_unit_years')
      .selectAll()
      .where('budget_unit_id', '=', unitId)
      .where('year', '=', year)
      .executeTakeFirst();
    return { id: unit.id, name: unit.name, regionCode: unit.regionCode, year: row ? budgetUnitYearFromRow(row) : null };
  }

  /**
   * The set-aside of one unit's year within `scope`, decided by the policy.
   * @example (await store.setAside.status('BU-DEMO-370200', 2013, { scope })).state // 'meets'
   */
  async status(unitId: string, year: number, options: { scope: Scope }): Promise<SetAsideStatus> {
    if (!isYear(year)) throw INVALID_YEAR(year);
    const db = readerOf(this.ctx);
    return (await statuses(db, year, [await this.unitYear(db, unitId, year, options.scope)]))[0];
  }

  /** {@link status} with the engine's trace of the decision, down to the parameter values and their documents. */
  async explain(unitId: string, year: number, options: { scope: Scope }): Promise<SetAsideExplanation> {
    const status = await this.status(unitId, year, options);
    const decidable = status.state !== 'no_budget_recorded' && status.state !== 'not_computable';
    return { status, trace: decidable ? explainSetAside(getSystem(), year, status.amounts) : [] };
  }

  /**
   * Records (or with null clears) why a unit stays below the line in `year`. A reason is accepted only
   * when the policy says the unit is below it; audited with who and when.
   */
  async recordShortfallReason(
    unitId: string,
    year: number,
    reason: string | null,
    options: WriteOptions & { scope: Scope },
  ): Promise<SetAsideStatus> {
    if (!isYear(year)) throw INVALID_YEAR(year);
    if (reason !== null) throwFirst(reasonProblems(reason));
    return inTransaction(this.ctx, async (tx) => {
      const unit = await this.unitYear(tx.db, unitId, year, options.scope);
      if (unit.year === null) {
        throw new ValidationError('year', {
          'zh-CN': `${year} 年度尚未登记采购预算，无需说明原因`,
          ko: `${year}년 구매 예산이 등록되지 않아 사유가 필요하지 않습니다`,
          en: `no procurement budget is recorded for ${year}: there is nothing to explain`,
        });
      }
      if (reason !== null) {
        const [status] = await statuses(tx.db, year, [unit]);
        if (status.state === 'not_computable' && status.problem) throw new ValidationError('year', status.problem.message);
        if (status.meets) {
          throw new ValidationError('reason', {
            'zh-CN': `${year} 年度已达到预留份额要求（中小企业 ≥ 30%，小型微型企业 ≥ 18%），无需说明原因`,
            ko: `${year}년 유보 기준(중소기업 ≥ 30%, 소형·영세기업 ≥ 18%)을 충족하므로 사유가 필요하지 않습니다`,
            en: `the unit meets the set-aside in ${year} (SMEs ≥ 30%, small/micro ≥ 18%): no reason is needed`,
          });
        }
      }
      const at = nowIso();
      const text = reason === null ? null : reason.trim();
      await tx.db
        .updateTable('budget_unit_years')
        .set({
          shortfall_reason: text,
          shortfall_reason_by: text === null ? null : options.actor,
          shortfall_reason_at: text === null ? null : at,
          updated_at: at,
        })
        .where('budget_unit_id', '=', unitId)
        .where('year', '=', year)
        .execute();
      await writeAudit(tx, options.actor, [
        {
          action: text === null ? 'budget_unit_year.clear_shortfall_reason' : 'budget_unit_year.shortfall_reason',
          entityType: 'budget_unit',
          entityId: unitId,
          regionCode: unit.regionCode,
          before: { year, shortfallReason: unit.year.shortfallReason },
          after: { year, shortfallReason: text },
        },
      ]);
      return (await statuses(tx.db, year, [await this.unitYear(tx.db, unitId, year, options.scope)]))[0];
    });
  }

  /**
   * The yearly report of the units of a region (default: the scope's region) with their shares and
   * states, and the region's totals decided by the policy as if it were one unit.
   * @example const r = await store.setAside.report({ scope: { regionPrefix: '3702' }, year: 2013 }); r.totals.unitsBelowWithoutReason
   */
  async report(query: { scope: Scope; regionPrefix?: string; year: number }): Promise<SetAsideReport> {
    return this.reportWith(readerOf(this.ctx), query);
  }

  private async reportWith(db: StoreContext['db'], query: { scope: Scope; regionPrefix?: string; year: number }): Promise<SetAsideReport> {
    if (!isYear(query.year)) throw INVALID_YEAR(query.year);
    const region = reportRegion(query.scope, query.regionPrefix);
    const [lo, hi] = regionRange(region);
    const rows = await db
      .selectFrom('budget_units as u')
      .leftJoin('budget_unit_years as y', (j) => j.onRef('y.budget_unit_id', '=', 'u.id').on('y.year', '=', query.year))
      .select([
        'u.id',
        'u.name',
        'u.region_code',
        'y.budget_unit_id',
        'y.year',
        'y.procurement_budget_fen',
        'y.shortfall_reason',
        'y.shortfall_reason_by',
        'y.shortfall_reason_at',
        'y.updated_at',
      ])
      .where('u.region_code', '>=', lo)
      .where('u.region_code', '<=', hi)
      .where(partyScopeCondition(query.scope, 'budgetUnit', 'u', 'id'))
      .orderBy('u.region_code')
      .orderBy('u.id')
      .execute();
    const units: UnitYear[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      regionCode: r.region_code,
      year:
        r.budget_unit_id === null
          ? null
          : budgetUnitYearFromRow({
              budget_unit_id: r.budget_unit_id,
              year: r.year,
              procurement_budget_fen: r.procurement_budget_fen,
              shortfall_reason: r.shortfall_reason,
              shortfall_reason_by: r.shortfall_reason_by,
              shortfall_reason_at: r.shortfall_reason_at,
              updated_at: r.updated_at ?? '',
            }),
    }));
    const list = await statuses(db, query.year, units);
    return {
      regionPrefix: region,
      year: query.year,
      generatedAt: nowIso(),
      policyVersion: POLICY_VERSION,
      parameterHash: getSystem().parameterHash,
      units: list,
      totals: totalsOf(query.year, list),
    };
  }

  /**
   * Publishes the report of a region's year as it stands now: a new immutable version (1, 2, …),
   * audited. The stored snapshot is what was announced, whatever changes later.
   */
  async publish(query: { scope: Scope; regionPrefix?: string; year: number }, options: WriteOptions): Promise<PublishedReport> {
    return inTransaction(this.ctx, async (tx) => {
      const report = await this.reportWith(tx.db, query);
      const last = await tx.db
        .selectFrom('set_aside_reports')
        .select(sql<unknown>`max(version)`.as('v'))
        .where('region_prefix', '=', report.regionPrefix)
        .where('year', '=', report.year)
        .executeTakeFirst();
      const version = last?.v === null || last?.v === undefined ? 1 : toInt(last.v) + 1;
      const row = {
        id: randomUUID(),
        region_prefix: report.regionPrefix,
        year: report.year,
        version,
        snapshot: toJson(report),
        policy_version: report.policyVersion,
        parameter_hash: report.parameterHash,
        published_by: options.actor,
        published_at: report.generatedAt,
      };
      try {
        await tx.db.insertInto('set_aside_reports').values(row).execute();
      } catch (e) {
        // Two publications of the same region and year at once: the second finds its version taken.
        const code = String((e as { code?: unknown }).code ?? '');
        if (code === '23505' || code.startsWith('SQLITE_CONSTRAINT')) {
          throw new ConflictError(
            `set-aside report ${report.regionPrefix || '*'}/${report.year} v${version} was published meanwhile; publish again`,
            {
              region: report.regionPrefix,
              year: report.year,
            },
          );
        }
        throw e;
      }
      const summary = summaryFromRow(row);
      await writeAudit(tx, options.actor, [
        {
          action: 'set_aside_report.publish',
          entityType: 'set_aside_report',
          entityId: row.id,
          regionCode: report.regionPrefix === '' ? null : report.regionPrefix.padEnd(6, '0'),
          after: { ...summary, totals: report.totals },
        },
      ]);
      return { ...summary, report };
    });
  }

  /** The published reports a scope may read (newest year first, then newest version), without their snapshots. */
  async listPublished(query: { scope: Scope; regionPrefix?: string; year?: number }): Promise<PublishedReportSummary[]> {
    if (query.year !== undefined && !isYear(query.year)) throw INVALID_YEAR(query.year);
    let q = readerOf(this.ctx)
      .selectFrom('set_aside_reports as r')
      .select([
        'r.id',
        'r.region_prefix',
        'r.year',
        'r.version',
        'r.policy_version',
        'r.parameter_hash',
        'r.published_by',
        'r.published_at',
      ])
      .where(reportScope(query.scope));
    if (query.regionPrefix !== undefined) q = q.where('r.region_prefix', '=', reportRegion(query.scope, query.regionPrefix));
    if (query.year !== undefined) q = q.where('r.year', '=', query.year);
    const rows = await q.orderBy('r.year', 'desc').orderBy('r.region_prefix').orderBy('r.version', 'desc').limit(1000).execute();
    return rows.map((r) => summaryFromRow(r as ReportRow));
  }

  /** One published report with its snapshot, if the scope may read it. */
  async getPublished(id: string, options: { scope: Scope }): Promise<PublishedReport> {
    const row = await readerOf(this.ctx)
      .selectFrom('set_aside_reports as r')
      .selectAll()
      .where('r.id', '=', id)
      .where(reportScope(options.scope))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('set_aside_report', id);
    return { ...summaryFromRow(row as ReportRow), report: fromJson<SetAsideReport>(row.snapshot) };
  }
}
