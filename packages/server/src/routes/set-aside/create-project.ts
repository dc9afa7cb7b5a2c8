import type { ProjectInput, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { type ProjectBody, readProjectBody } from './project-input.ts';
import { PROJECT, PROJECT_IN, UNIT_ID_PARAMS } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { projectJson } from './set-aside-json.ts';

export const createProjectSchema = {
  summary: 'Add a project to a budget unit’s recorded year (refused when the reserved projects would exceed the budget)',
  tags: ['set-aside'],
  params: UNIT_ID_PARAMS,
  querystring: querySchema({}),
  body: { ...PROJECT_IN, required: ['year', 'name', 'budget', 'reserved_for'] },
  response: { 201: PROJECT, ...ERROR_RESPONSES },
} as const;

/** POST /api/v1/budget-units/{id}/projects */
export async function createProject(
  store: Store,
  scope: DataScope,
  actor: string,
  unitId: string,
  body: ProjectBody,
): Promise<Record<string, unknown>> {
  const input = { ...readProjectBody(body), budgetUnitId: unitId } as ProjectInput;
  return projectJson(await withApiFields(() => store.procurementProjects.create(input, { actor, scope })));
}
