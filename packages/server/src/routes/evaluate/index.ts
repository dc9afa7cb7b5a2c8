import type { TypedApp } from '../../http/typed-app.ts';
import { ENTITY_PARAM, variableList } from '../query.ts';
import { evaluateRecordsSchema } from './evaluate-records.schema.ts';
import { evaluateRecords } from './evaluate-records.ts';

/** POST /api/v1/evaluate (a plain function: the answer is computed at once, so no promise is made to carry it). */
export async function evaluateRoutes(app: TypedApp): Promise<void> {
  app.post('/evaluate', { schema: evaluateRecordsSchema, config: { rows: 'batch' } }, (request) => {
    const q = request.query;
    return evaluateRecords(app.engine, {
      entity: q.entity ?? ENTITY_PARAM.default,
      period: q.period,
      variables: variableList(q.variables),
      body: request.body,
    });
  });
}
