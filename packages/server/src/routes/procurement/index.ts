import type { FastifyInstance } from 'fastify';
import { evaluateTendersSchema, type ProcurementQuery, tenderSchemas } from './evaluate-tenders.schema.ts';
import { evaluateTenders } from './evaluate-tenders.ts';

/** POST /api/v1/procurement/evaluate */
export async function procurementRoutes(app: FastifyInstance): Promise<void> {
  app.post('/procurement/evaluate', { schema: evaluateTendersSchema(app.engine), config: { rows: 'root' } }, async (request) =>
    evaluateTenders(app.engine, { body: request.body, lang: request.lang, explain: (request.query as ProcurementQuery).explain === true }),
  );
}

export { tenderSchemas };
