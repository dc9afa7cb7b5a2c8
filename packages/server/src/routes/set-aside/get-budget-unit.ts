import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { BUDGET_UNIT_DETAIL, UNIT_ID_PARAMS } from './set-aside.schema.ts';
import { budgetUnitDetailJson } from './set-aside-json.ts';

export const getBudgetUnitSchema = {
  summary: 'One budget unit with its years (procurement budget, shortfall reason)',
  tags: ['set-aside'],
  params: UNIT_ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: BUDGET_UNIT_DETAIL, ...ERROR_RESPONSES },
} as const;

/** GET /api/v1/budget-units/{id} — 404 outside the caller's scope. */
export async function getBudgetUnit(store: Store, scope: DataScope, id: string): Promise<Record<string, unknown>> {
  return budgetUnitDetailJson(await store.budgetUnits.get(id, { scope }));
}
