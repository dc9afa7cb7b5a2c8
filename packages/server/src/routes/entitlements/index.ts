import type { TypedApp } from '../../http/typed-app.ts';
import { assessEntitlementsSchema, entitlementsPdfSchema } from './assess-entitlements.schema.ts';
import { assessEntitlements } from './assess-entitlements.ts';
import { entitlementsPdf } from './entitlements-pdf.ts';

/** POST /api/v1/entitlements, POST /api/v1/entitlements/pdf */
export async function entitlementsRoutes(app: TypedApp): Promise<void> {
  app.post('/entitlements', { schema: assessEntitlementsSchema, config: { rows: 'batch' } }, (request) => {
    const q = request.query;
    return assessEntitlements(app.engine, { period: q.period, lang: request.lang, body: request.body });
  });
  app.post('/entitlements/pdf', { schema: entitlementsPdfSchema, config: { rows: 'batch' } }, async (request, reply) => {
    const q = request.query;
    const pdf = await entitlementsPdf(app.engine, { period: q.period, lang: request.lang, body: request.body });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="entitlements-${q.period}.pdf"`)
      .send(pdf);
  });
}
