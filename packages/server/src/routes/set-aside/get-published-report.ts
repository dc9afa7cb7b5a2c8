import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { FILE_RESPONSE } from './export-set-aside-report.ts';
import { PUBLISHED } from './set-aside.schema.ts';
import { publishedSummaryJson, reportJson } from './set-aside-json.ts';

export const PUBLISHED_ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
  required: ['id'],
} as const;

export const getPublishedReportSchema = {
  summary: 'One published set-aside report, as it was published',
  tags: ['set-aside'],
  params: PUBLISHED_ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: PUBLISHED, ...ERROR_RESPONSES },
} as const;

export const exportPublishedReportSchema = {
  summary: 'One published set-aside report as an Excel workbook',
  tags: ['set-aside'],
  params: PUBLISHED_ID_PARAMS,
  querystring: querySchema({}),
  response: FILE_RESPONSE,
} as const;

/** GET /api/v1/set-aside/reports/{id} */
export async function getPublishedReport(store: Store, scope: DataScope, id: string, lang: Lang): Promise<Record<string, unknown>> {
  const published = await store.setAside.getPublished(id, { scope });
  return { ...publishedSummaryJson(published), report: reportJson(published.report, lang) };
}

export const exportPublishedPdfSchema = {
  summary: 'One published set-aside report as a PDF',
  tags: ['set-aside'],
  params: PUBLISHED_ID_PARAMS,
  querystring: querySchema({}),
  response: FILE_RESPONSE,
} as const;
