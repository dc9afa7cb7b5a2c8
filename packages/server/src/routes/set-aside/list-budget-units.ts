import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { listResponses, NEXT_CURSOR } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { BUDGET_UNIT, REGION_PARAM } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { budgetUnitJson } from './set-aside-json.ts';

export interface ListUnitsQuery {
  region?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export const listBudgetUnitsSchema = {
  summary: 'Budget units within the caller’s scope (a procurement user: its own unit; an officer: the region’s)',
  tags: ['set-aside'],
  querystring: querySchema({
    region: REGION_PARAM,
    q: { type: 'string', maxLength: 200, description: 'Name contains, or id equals.' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    cursor: { type: 'string', maxLength: 500 },
  }),
  response: listResponses(BUDGET_UNIT, { next_cursor: NEXT_CURSOR }),
} as const;

/** GET /api/v1/budget-units */
export async function listBudgetUnits(store: Store, scope: DataScope, query: ListUnitsQuery): Promise<Record<string, unknown>> {
  const page = await withApiFields(() =>
    store.budgetUnits.list({
      scope,
      ...(query.region !== undefined ? { regionPrefix: query.region } : {}),
      ...(query.q !== undefined ? { text: query.q } : {}),
      limit: query.limit ?? 100,
      cursor: query.cursor ?? null,
    }),
  );
  return { items: page.items.map(budgetUnitJson), next_cursor: page.nextCursor };
}
