import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { listResponses } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { PROJECT, UNIT_ID_PARAMS } from './set-aside.schema.ts';
import { projectJson } from './set-aside-json.ts';

export const listProjectsSchema = {
  summary: 'The projects of a budget unit (of one year, or all), with their reservation and award',
  tags: ['set-aside'],
  params: UNIT_ID_PARAMS,
  querystring: querySchema({ year: { type: 'integer', minimum: 1949, maximum: 2100 } }),
  response: listResponses(PROJECT),
} as const;

/** GET /api/v1/budget-units/{id}/projects */
export async function listProjects(store: Store, scope: DataScope, id: string, year: number | undefined): Promise<Record<string, unknown>> {
  const items = await store.procurementProjects.list(id, { scope, ...(year !== undefined ? { year } : {}) });
  return { items: items.map(projectJson) };
}
