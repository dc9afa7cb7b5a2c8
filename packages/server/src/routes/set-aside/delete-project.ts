import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { PROJECT_ID_PARAMS } from './set-aside.schema.ts';

export const deleteProjectSchema = {
  summary: 'Delete a project (the audit log keeps it)',
  tags: ['set-aside'],
  params: PROJECT_ID_PARAMS,
  querystring: querySchema({}),
  response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
} as const;

/** DELETE /api/v1/procurement-projects/{id} */
export async function deleteProject(store: Store, scope: DataScope, actor: string, id: string): Promise<void> {
  await store.procurementProjects.delete(id, { actor, scope });
}
