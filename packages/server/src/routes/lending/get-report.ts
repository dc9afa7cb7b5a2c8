import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { reportJson } from './report-json.ts';

/** GET /api/v1/lending/reports/{bank}/{year}/{quarter}: outside the scope is "not found", so nothing leaks. */
export async function getReport(
  store: Store,
  scope: DataScope,
  p: { bank: string; year: number; quarter: number },
  lang: Lang,
): Promise<Record<string, unknown>> {
  return reportJson(await store.lendingReports.get(p.bank, p.year, p.quarter, { scope }), lang);
}
