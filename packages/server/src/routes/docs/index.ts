import type { FastifyInstance } from 'fastify';

/** GET /api/openapi.json: the OpenAPI 3.1 document generated from the route schemas. */
export async function docsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('application/json; charset=utf-8');
    return app.swagger();
  });
}
