import type { TypedApp } from '../../http/typed-app.ts';
import { getParameter } from './get-parameter.ts';
import { treeJson } from './parameter-json.ts';
import { getParameterSchema, listParametersSchema, PARAMETER_HISTORY, PARAMETER_TREE } from './parameters.schema.ts';

/** GET /api/v1/parameters, GET /api/v1/parameters/{path} */
export async function parametersRoutes(app: TypedApp): Promise<void> {
  app.get('/parameters', { schema: listParametersSchema }, async (request) =>
    treeJson(app.engine.system.parameters, request.lang, request.query.at),
  );
  app.get('/parameters/*', { schema: getParameterSchema }, async (request) =>
    getParameter(app.engine.system.parameters, request.params['*'], request.lang, request.query.at),
  );
}

/** Shared schemas this resource defines. */
export const PARAMETER_SCHEMAS = [PARAMETER_TREE, PARAMETER_HISTORY];
