import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { REGION_PARAM, REPORT } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { reportJson } from './set-aside-json.ts';

export interface ReportQuery {
  year: number;
  region?: string;
}

export const REPORT_QUERY = {
  year: { type: 'integer', minimum: 1949, maximum: 2100, description: 'The year of the budgets and projects.' },
  region: REGION_PARAM,
} as const;

export const getSetAsideReportSchema = {
  summary: 'The yearly set-aside report of a region: every budget unit with its shares and state, and the region’s totals',
  description:
    'Officers: their region or a part of it (another region is 404); analysts and administrators: any region, or all. Units below the line without a recorded reason have `state: below_without_reason`.',
  tags: ['set-aside'],
  querystring: querySchema(REPORT_QUERY, ['year']),
  response: { 200: REPORT, ...ERROR_RESPONSES },
} as const;

/** The store's report of `query` within `scope`. */
export function loadReport(store: Store, scope: DataScope, query: ReportQuery) {
  return withApiFields(() =>
    store.setAside.report({ scope, year: query.year, ...(query.region !== undefined ? { regionPrefix: query.region } : {}) }),
  );
}

/** GET /api/v1/set-aside/report */
export async function getSetAsideReport(store: Store, scope: DataScope, query: ReportQuery, lang: Lang): Promise<Record<string, unknown>> {
  return reportJson(await loadReport(store, scope, query), lang);
}
