import type { FastifyInstance } from 'fastify';
import { assessEntitlementsSchema, type EntitlementsQuery } from './assess-entitlements.schema.ts';
import { assessEntitlements } from './assess-entitlements.ts';

/** POST /api/v1/entitlements */
export async function entitlementsRoutes(app: FastifyInstance): Promise<void> {
  app.post('/entitlements', { schema: assessEntitlementsSchema, config: { rows: 'batch' } }, async (request) => {
    const q = request.query as EntitlementsQuery;
    return assessEntitlements(app.engine, { period: q.period, lang: request.lang, body: request.body });
  });
}
