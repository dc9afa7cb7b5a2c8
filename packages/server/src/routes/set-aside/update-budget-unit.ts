import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { checkInScope } from '../enterprises/create-enterprise.ts';
import { querySchema } from '../query.ts';
import { BUDGET_UNIT_IN, type BudgetUnitBody } from './create-budget-unit.ts';
import { BUDGET_UNIT_DETAIL, UNIT_ID_PARAMS } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { budgetUnitDetailJson } from './set-aside-json.ts';

export const updateBudgetUnitSchema = {
  summary: 'Rename a budget unit or change its region (officers: never out of their region)',
  tags: ['set-aside'],
  params: UNIT_ID_PARAMS,
  querystring: querySchema({}),
  body: { ...BUDGET_UNIT_IN, properties: { name: BUDGET_UNIT_IN.properties.name, region_code: BUDGET_UNIT_IN.properties.region_code } },
  response: { 200: BUDGET_UNIT_DETAIL, ...ERROR_RESPONSES },
} as const;

/** PUT /api/v1/budget-units/{id} */
export async function updateBudgetUnit(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  body: BudgetUnitBody,
): Promise<Record<string, unknown>> {
  if (body.region_code !== undefined) checkInScope(scope, body.region_code);
  await withApiFields(() =>
    store.budgetUnits.update(
      id,
      {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.region_code !== undefined ? { regionCode: body.region_code } : {}),
      },
      { actor, scope },
    ),
  );
  // Read back within the same scope: an officer cannot move a unit out of their region, so it is still there.
  return budgetUnitDetailJson(await store.budgetUnits.get(id, { scope }));
}
