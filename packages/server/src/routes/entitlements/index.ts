import type { FastifyInstance } from 'fastify';
import { assessEntitlementsSchema, type EntitlementsQuery, entitlementsPdfSchema } from './assess-entitlements.schema.ts';
import { assessEntitlements } from './assess-entitlements.ts';
import { entitlementsPdf } from './entitlements-pdf.ts';

/** POST /api/v1/entitlements, POST /api/v1/entitlements/pdf */
export async function entitlementsRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/v1/entitlements', { schema: assessEntitlementsSchema, config: { rows: 'batch' } }, async (request) => {
    const q = request.query as EntitlementsQuery;
    return assessEntitlements(app.engine, { period: q.period, lang: request.lang, body: request.body });
  });
  app.post('/api/v1/entitlements/pdf', { schema: entitlementsPdfSchema, config: { rows: 'batch' } }, async (request, reply) => {
    const q = request.query as EntitlementsQuery;
    const pdf = await entitlementsPdf(app.engine, { period: q.period, lang: request.lang, body: request.body });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="entitlements-${q.period}.pdf"`)
      .send(pdf);
  });
}
