import type { TypedApp } from '../../http/typed-app.ts';
import { getMeasure } from './get-measure.ts';
import { listMeasures } from './list-measures.ts';
import { getMeasureSchema, listMeasuresSchema } from './measures.schema.ts';

/** GET /api/v1/measures, GET /api/v1/measures/{id} */
export async function measuresRoutes(app: TypedApp): Promise<void> {
  app.get('/measures', { schema: listMeasuresSchema }, async (request) => listMeasures(app.engine.catalogue, request.query, request.lang));
  app.get('/measures/*', { schema: getMeasureSchema }, async (request) =>
    getMeasure(app.engine.catalogue, request.params['*'], request.lang),
  );
}
