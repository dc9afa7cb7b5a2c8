import type { TypedApp } from '../../http/typed-app.ts';
import { classifyEnterprisesSchema } from './classify-enterprises.schema.ts';
import { classifyEnterprises } from './classify-enterprises.ts';

/** POST /api/v1/classify */
export async function classifyRoutes(app: TypedApp): Promise<void> {
  app.post('/classify', { schema: classifyEnterprisesSchema, config: { rows: 'batch' } }, (request) => {
    const q = request.query;
    return classifyEnterprises(app.engine, {
      period: q.period ?? String(new Date().getFullYear()),
      lang: request.lang,
      body: request.body,
    });
  });
}
