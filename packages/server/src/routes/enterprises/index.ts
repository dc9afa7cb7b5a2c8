import type { TypedApp } from '../../http/typed-app.ts';
import { createEnterprise } from './create-enterprise.ts';
import { deleteEnterprise } from './delete-enterprise.ts';
import {
  createEnterpriseSchema,
  deleteEnterpriseSchema,
  getEnterpriseSchema,
  listEnterprisesSchema,
  REGISTRY_SCHEMAS,
  updateEnterpriseSchema,
} from './enterprises.schema.ts';
import { getEnterprise } from './get-enterprise.ts';
import { listEnterprises } from './list-enterprises.ts';
import { actor, dataScope, READERS, storeOf, WRITERS } from './registry-context.ts';
import { updateEnterprise } from './update-enterprise.ts';

/** GET/POST /api/v1/enterprises, GET/PUT/DELETE /api/v1/enterprises/{id} */
export async function enterprisesRoutes(app: TypedApp): Promise<void> {
  const read = { access: { roles: READERS } };
  const write = { access: { roles: WRITERS } };
  app.get('/enterprises', { schema: listEnterprisesSchema, config: read }, async (request) =>
    listEnterprises(storeOf(app), dataScope(request), request.query),
  );
  app.get('/enterprises/:id', { schema: getEnterpriseSchema, config: read }, async (request) =>
    getEnterprise(storeOf(app), dataScope(request), request.params.id),
  );
  app.post('/enterprises', { schema: createEnterpriseSchema, config: write }, async (request, reply) => {
    const created = await createEnterprise(storeOf(app), dataScope(request), actor(request), request.body);
    return reply.code(201).send(created);
  });
  app.put('/enterprises/:id', { schema: updateEnterpriseSchema, config: write }, async (request) =>
    updateEnterprise(storeOf(app), dataScope(request), actor(request), request.params.id, request.body),
  );
  app.delete('/enterprises/:id', { schema: deleteEnterpriseSchema, config: write }, async (request, reply) => {
    await deleteEnterprise(storeOf(app), dataScope(request), actor(request), request.params.id);
    return reply.code(204).send();
  });
}

export { REGISTRY_SCHEMAS };
