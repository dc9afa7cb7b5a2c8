import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { checkInScope } from '../enterprises/create-enterprise.ts';
import { querySchema } from '../query.ts';
import { BUDGET_UNIT_DETAIL } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { budgetUnitDetailJson } from './set-aside-json.ts';

export interface BudgetUnitBody {
  id?: string;
  name?: string;
  region_code?: string;
}

export const BUDGET_UNIT_IN = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64, description: 'Letters, digits, "-", "_", "." (generated when absent).' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    region_code: { type: 'string', maxLength: 6, description: 'GB/T 2260 code, 6 digits.' },
  },
} as const;

export const createBudgetUnitSchema = {
  summary: 'Add a budget unit (officers: inside their region)',
  tags: ['set-aside'],
  querystring: querySchema({}),
  body: { ...BUDGET_UNIT_IN, required: ['name', 'region_code'] },
  response: { 201: BUDGET_UNIT_DETAIL, ...ERROR_RESPONSES },
} as const;

/** POST /api/v1/budget-units */
export async function createBudgetUnit(
  store: Store,
  scope: DataScope,
  actor: string,
  body: BudgetUnitBody,
): Promise<Record<string, unknown>> {
  checkInScope(scope, body.region_code);
  const created = await withApiFields(() =>
    store.budgetUnits.create(
      { ...(body.id !== undefined ? { id: body.id } : {}), name: body.name ?? '', regionCode: body.region_code ?? '' },
      { actor },
    ),
  );
  return budgetUnitDetailJson({ ...created, years: [] });
}
