import type { FastifyInstance } from 'fastify';
import { variableList } from '../query.ts';
import { type EvaluateQuery, evaluateRecordsSchema } from './evaluate-records.schema.ts';
import { evaluateRecords } from './evaluate-records.ts';

/** POST /api/v1/evaluate */
export async function evaluateRoutes(app: FastifyInstance): Promise<void> {
  app.post('/evaluate', { schema: evaluateRecordsSchema, config: { rows: 'batch' } }, async (request) => {
    const q = request.query as EvaluateQuery;
    return evaluateRecords(app.engine, { entity: q.entity, period: q.period, variables: variableList(q.variables), body: request.body });
  });
}
