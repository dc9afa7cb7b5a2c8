import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { MoneyReader } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';
import { UNIT_YEAR, UNIT_YEAR_PARAMS, YUAN_IN } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { yearJson } from './set-aside-json.ts';

export const upsertBudgetUnitYearSchema = {
  summary: 'Record a year’s procurement budget of a budget unit (refused when its reserved projects would exceed it)',
  tags: ['set-aside'],
  params: UNIT_YEAR_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { procurement_budget: YUAN_IN },
    required: ['procurement_budget'],
  },
  response: { 200: UNIT_YEAR, ...ERROR_RESPONSES },
} as const;

/** PUT /api/v1/budget-units/{id}/years/{year} */
export async function upsertBudgetUnitYear(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  year: number,
  body: { procurement_budget: unknown },
): Promise<Record<string, unknown>> {
  const money = new MoneyReader();
  const budget = money.fen(body.procurement_budget, '/procurement_budget');
  money.check();
  const saved = await withApiFields(() =>
    store.budgetUnits.upsertYear(id, { year, procurementBudgetFen: budget as number }, { actor, scope }),
  );
  return yearJson(saved);
}
