import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { listResponses } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { PUBLISHED_SUMMARY, REGION_PARAM } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { publishedSummaryJson } from './set-aside-json.ts';

export const listPublishedReportsSchema = {
  summary: 'The published set-aside reports the caller may read (newest year first, newest version first)',
  tags: ['set-aside'],
  querystring: querySchema({ year: { type: 'integer', minimum: 1949, maximum: 2100 }, region: REGION_PARAM }),
  response: listResponses(PUBLISHED_SUMMARY),
} as const;

/** GET /api/v1/set-aside/reports */
export async function listPublishedReports(
  store: Store,
  scope: DataScope,
  query: { year?: number; region?: string },
): Promise<Record<string, unknown>> {
  const items = await withApiFields(() =>
    store.setAside.listPublished({
      scope,
      ...(query.year !== undefined ? { year: query.year } : {}),
      ...(query.region !== undefined ? { regionPrefix: query.region } : {}),
    }),
  );
  return { items: items.map(publishedSummaryJson) };
}
