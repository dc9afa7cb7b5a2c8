import type { FastifyInstance } from 'fastify';
import { getMeasure } from './get-measure.ts';
import { listMeasures } from './list-measures.ts';
import { getMeasureSchema, listMeasuresSchema, type MeasuresQuery } from './measures.schema.ts';

/** GET /api/v1/measures, GET /api/v1/measures/{id} */
export async function measuresRoutes(app: FastifyInstance): Promise<void> {
  app.get('/measures', { schema: listMeasuresSchema }, async (request) =>
    listMeasures(app.engine.catalogue, request.query as MeasuresQuery, request.lang),
  );
  app.get('/measures/*', { schema: getMeasureSchema }, async (request) =>
    getMeasure(app.engine.catalogue, (request.params as Record<string, string>)['*'], request.lang),
  );
}
