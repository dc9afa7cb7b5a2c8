import type { TypedApp } from '../../http/typed-app.ts';
import { assessEntitlementsSchema } from './assess-entitlements.schema.ts';
import { assessEntitlements } from './assess-entitlements.ts';

/** POST /api/v1/entitlements */
export async function entitlementsRoutes(app: TypedApp): Promise<void> {
  app.post('/entitlements', { schema: assessEntitlementsSchema, config: { rows: 'batch' } }, async (request) => {
    const q = request.query;
    return assessEntitlements(app.engine, { period: q.period, lang: request.lang, body: request.body });
  });
}
