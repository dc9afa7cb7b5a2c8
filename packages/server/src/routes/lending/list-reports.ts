import type { Lang } from '@xiaowei/engine';
import type { LendingReport, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import type { ReportListQuery } from './lending.schema.ts';
import { reportJson } from './report-json.ts';

/** The stored reports within `scope`, filtered by the query (a filter narrows the scope, never widens it). */
export function reportsOf(store: Store, scope: DataScope, q: ReportListQuery): Promise<LendingReport[]> {
  return store.lendingReports.list({
    scope,
    ...(q.bank !== undefined ? { bankId: q.bank } : {}),
    ...(q.region !== undefined ? { regionPrefix: q.region } : {}),
    ...(q.from_year !== undefined ? { fromYear: q.from_year } : {}),
    ...(q.to_year !== undefined ? { toYear: q.to_year } : {}),
  });
}

/** GET /api/v1/lending/reports */
export async function listReports(store: Store, scope: DataScope, q: ReportListQuery, lang: Lang): Promise<Record<string, unknown>> {
  return { items: (await reportsOf(store, scope, q)).map((r) => reportJson(r, lang)) };
}
