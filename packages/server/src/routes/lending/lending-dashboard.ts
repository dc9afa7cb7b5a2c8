import type { Lang } from '@xiaowei/engine';
import type { LendingReport, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { Yuan } from '../../http/json.ts';
import type { ReportListQuery } from './lending.schema.ts';
import { reportsOf } from './list-reports.ts';
import { periodKey, wordingJson } from './report-json.ts';

/**
 * The dashboard series: per bank, per quarter reported, the stored check (growth of small/micro loans vs
 * all loans, increments vs the same period last year, the two targets) — the figures the policy computed
 * when each report was filed, not a recomputation here.
 */
export function dashboardOf(reports: readonly LendingReport[], lang: Lang): Record<string, unknown> {
  const periods = [...new Set(reports.map((r) => r.year * 4 + r.quarter - 1))].sort((a, b) => a - b);
  const byBank = new Map<string, LendingReport[]>();
  for (const r of reports) byBank.set(r.bankId, [...(byBank.get(r.bankId) ?? []), r]);
  const banks = [...byBank.values()].map((rs) => ({
    bank_id: rs[0].bankId,
    bank_name: rs[0].bankName,
    region_code: rs[0].regionCode,
    quarters_below: rs.filter((r) => r.check.meetsTwoTargets === false).length,
    points: rs.map((r) => ({
      period: periodKey(r.year, r.quarter),
      year: r.year,
      quarter: r.quarter,
      all_loan_growth_rate: r.check.allLoanGrowthRate,
      small_micro_loan_growth_rate: r.check.smallMicroLoanGrowthRate,
      small_micro_loan_increment: new Yuan(r.smallMicroLoanIncrementFen),
      small_micro_loan_increment_last_year: new Yuan(r.smallMicroLoanIncrementLastYearFen),
      meets_growth_target: r.check.meetsGrowthTarget,
      meets_increment_target: r.check.meetsIncrementTarget,
      meets_two_targets: r.check.meetsTwoTargets,
      strictly_higher: r.check.incrementStrictlyHigher,
    })),
  }));
  // The wording in force at each change over the periods shown (to 2012 "higher than", from 2013 "not lower than").
  const wordings: { period: string; wording: Record<string, unknown> | null }[] = [];
  let last: unknown;
  for (const p of periods) {
    const year = Math.floor(p / 4);
    const quarter = (p % 4) + 1;
    const w = wordingJson(year, quarter, lang);
    const key = w === null ? null : w.strictly_higher;
    if (key !== last) wordings.push({ period: periodKey(year, quarter), wording: w });
    last = key;
  }
  return { periods: periods.map((p) => periodKey(Math.floor(p / 4), (p % 4) + 1)), banks, wordings };
}

/** GET /api/v1/lending/dashboard */
export async function lendingDashboard(store: Store, scope: DataScope, q: ReportListQuery, lang: Lang): Promise<Record<string, unknown>> {
  return dashboardOf(await reportsOf(store, scope, q), lang);
}
