import type { TypedApp } from '../../http/typed-app.ts';
import { ENTITY_PARAM } from '../query.ts';
import { TRACE_NODE, traceVariableSchema } from './trace-variable.schema.ts';
import { traceVariable } from './trace-variable.ts';

/** POST /api/v1/trace */
export async function traceRoutes(app: TypedApp): Promise<void> {
  app.post('/trace', { schema: traceVariableSchema }, async (request) => {
    const q = request.query;
    return traceVariable(app.engine, {
      entity: q.entity ?? ENTITY_PARAM.default,
      variable: q.variable,
      period: q.period,
      lang: request.lang,
      body: request.body,
    });
  });
}

export { TRACE_NODE };
