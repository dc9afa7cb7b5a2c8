import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { type ProjectBody, readProjectBody } from './project-input.ts';
import { PROJECT, PROJECT_ID_PARAMS, PROJECT_IN } from './set-aside.schema.ts';
import { withApiFields } from './set-aside-context.ts';
import { projectJson } from './set-aside-json.ts';

const { id: _id, ...patchProperties } = PROJECT_IN.properties;

export const updateProjectSchema = {
  summary: 'Change a project, or record its award by hand (only for projects without a tender in the system)',
  tags: ['set-aside'],
  params: PROJECT_ID_PARAMS,
  querystring: querySchema({}),
  body: { ...PROJECT_IN, properties: patchProperties },
  response: { 200: PROJECT, ...ERROR_RESPONSES },
} as const;

/** PUT /api/v1/procurement-projects/{id} */
export async function updateProject(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  body: ProjectBody,
): Promise<Record<string, unknown>> {
  const patch = readProjectBody(body);
  return projectJson(await withApiFields(() => store.procurementProjects.update(id, patch, { actor, scope })));
}
