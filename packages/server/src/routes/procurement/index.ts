import type { TypedApp } from '../../http/typed-app.ts';
import { evaluateTendersSchema, tenderSchemas } from './evaluate-tenders.schema.ts';
import { evaluateTenders } from './evaluate-tenders.ts';

/** POST /api/v1/procurement/evaluate */
export async function procurementRoutes(app: TypedApp): Promise<void> {
  app.post('/procurement/evaluate', { schema: evaluateTendersSchema(app.engine), config: { rows: 'root' } }, async (request) =>
    evaluateTenders(app.engine, { body: request.body, lang: request.lang, explain: request.query.explain === true }),
  );
}

export { tenderSchemas };
