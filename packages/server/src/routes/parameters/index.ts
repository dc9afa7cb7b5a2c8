import type { FastifyInstance } from 'fastify';
import { getParameter } from './get-parameter.ts';
import { treeJson } from './parameter-json.ts';
import { getParameterSchema, listParametersSchema, PARAMETER_HISTORY, PARAMETER_TREE, type ParametersQuery } from './parameters.schema.ts';

/** GET /api/v1/parameters, GET /api/v1/parameters/{path} */
export async function parametersRoutes(app: FastifyInstance): Promise<void> {
  app.get('/parameters', { schema: listParametersSchema }, async (request) =>
    treeJson(app.engine.system.parameters, request.lang, (request.query as ParametersQuery).at),
  );
  app.get('/parameters/*', { schema: getParameterSchema }, async (request) =>
    getParameter(
      app.engine.system.parameters,
      (request.params as Record<string, string>)['*'],
      request.lang,
      (request.query as ParametersQuery).at,
    ),
  );
}

/** Shared schemas this resource defines. */
export const PARAMETER_SCHEMAS = [PARAMETER_TREE, PARAMETER_HISTORY];
