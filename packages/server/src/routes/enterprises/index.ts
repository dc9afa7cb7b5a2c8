import type { FastifyInstance } from 'fastify';
import { createEnterprise } from './create-enterprise.ts';
import { deleteEnterprise } from './delete-enterprise.ts';
import type { EnterpriseBody } from './enterprise-input.ts';
import {
  createEnterpriseSchema,
  deleteEnterpriseSchema,
  getEnterpriseSchema,
  type ListQuery,
  listEnterprisesSchema,
  REGISTRY_SCHEMAS,
  updateEnterpriseSchema,
} from './enterprises.schema.ts';
import { getEnterprise } from './get-enterprise.ts';
import { listEnterprises } from './list-enterprises.ts';
import { actor, dataScope, READERS, storeOf, WRITERS } from './registry-context.ts';
import { updateEnterprise } from './update-enterprise.ts';

type IdParams = { id: string };

/** GET/POST /api/v1/enterprises, GET/PUT/DELETE /api/v1/enterprises/{id} */
export async function enterprisesRoutes(app: FastifyInstance): Promise<void> {
  const read = { access: { roles: READERS } };
  const write = { access: { roles: WRITERS } };
  app.get('/enterprises', { schema: listEnterprisesSchema, config: read }, async (request) =>
    listEnterprises(storeOf(app), dataScope(request), request.query as ListQuery),
  );
  app.get('/enterprises/:id', { schema: getEnterpriseSchema, config: read }, async (request) =>
    getEnterprise(storeOf(app), dataScope(request), (request.params as IdParams).id),
  );
  app.post('/enterprises', { schema: createEnterpriseSchema, config: write }, async (request, reply) => {
    const created = await createEnterprise(storeOf(app), dataScope(request), actor(request), request.body as EnterpriseBody);
    return reply.code(201).send(created);
  });
  app.put('/enterprises/:id', { schema: updateEnterpriseSchema, config: write }, async (request) =>
    updateEnterprise(storeOf(app), dataScope(request), actor(request), (request.params as IdParams).id, request.body as EnterpriseBody),
  );
  app.delete('/enterprises/:id', { schema: deleteEnterpriseSchema, config: write }, async (request, reply) => {
    await deleteEnterprise(storeOf(app), dataScope(request), actor(request), (request.params as IdParams).id);
    return reply.code(204).send();
  });
}

export { REGISTRY_SCHEMAS };
