import type { FastifyInstance } from 'fastify';
import { type ClassifyQuery, classifyEnterprisesSchema } from './classify-enterprises.schema.ts';
import { classifyEnterprises } from './classify-enterprises.ts';

/** POST /api/v1/classify */
export async function classifyRoutes(app: FastifyInstance): Promise<void> {
  app.post('/classify', { schema: classifyEnterprisesSchema, config: { rows: 'batch' } }, async (request) => {
    const q = request.query as ClassifyQuery;
    return classifyEnterprises(app.engine, {
      period: q.period ?? String(new Date().getFullYear()),
      lang: request.lang,
      body: request.body,
    });
  });
}
