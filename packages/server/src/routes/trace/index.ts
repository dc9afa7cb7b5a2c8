import type { FastifyInstance } from 'fastify';
import { TRACE_NODE, type TraceQuery, traceVariableSchema } from './trace-variable.schema.ts';
import { traceVariable } from './trace-variable.ts';

/** POST /api/v1/trace */
export async function traceRoutes(app: FastifyInstance): Promise<void> {
  app.post('/trace', { schema: traceVariableSchema }, async (request) => {
    const q = request.query as TraceQuery;
    return traceVariable(app.engine, { entity: q.entity, variable: q.variable, period: q.period, lang: request.lang, body: request.body });
  });
}

export { TRACE_NODE };
