import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { PUBLISHED, REGION_PARAM } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { publishedSummaryJson, reportJson } from './set-aside-json.ts';

export const publishSetAsideReportSchema = {
  summary: 'Publish the yearly set-aside report of a region as it stands now (a new immutable version)',
  description:
    'The report is frozen as published: later changes to budgets or projects do not alter it, and it can be neither changed nor deleted. Publishing the same region and year again makes the next version.',
  tags: ['set-aside'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { year: { type: 'integer', minimum: 1949, maximum: 2100 }, region: REGION_PARAM },
    required: ['year'],
  },
  response: { 201: PUBLISHED, ...ERROR_RESPONSES },
} as const;

/** POST /api/v1/set-aside/reports */
export async function publishSetAsideReport(
  store: Store,
  scope: DataScope,
  actor: string,
  body: { year: number; region?: string },
  lang: Lang,
): Promise<Record<string, unknown>> {
  const published = await withApiFields(() =>
    store.setAside.publish({ scope, year: body.year, ...(body.region !== undefined ? { regionPrefix: body.region } : {}) }, { actor }),
  );
  return { ...publishedSummaryJson(published), report: reportJson(published.report, lang) };
}
