import type { Lang } from '../i18n/languages.ts';
import { apiGet } from './client.ts';
import type { Query } from './schema.ts';
import type { Measure, MeasureBase, MeasuresResponse } from './types.ts';
import { type ApiState, useApi } from './use-api.ts';

/** The filter of GET /api/v1/measures as the service takes it; the language goes with every request separately. */
export type MeasureFilter = Readonly<Omit<Query<'/api/v1/measures', 'get'>, 'lang'>>;

/** The catalogue in `lang` (GET /api/v1/measures), filtered by the server (text searched in all three languages). */
export function useMeasures(lang: Lang, filter: MeasureFilter = {}, attempt = 0): ApiState<MeasuresResponse> {
  const key = JSON.stringify([lang, filter, attempt]);
  return useApi(key, (signal) => apiGet<MeasuresResponse>('/api/v1/measures', { lang, signal, query: { ...filter } }));
}

/** Every item and sub-measure of a catalogue by id, with the item each belongs to. */
export function measureIndex(measures: readonly Measure[]): Map<string, { measure: MeasureBase; item: Measure }> {
  const index = new Map<string, { measure: MeasureBase; item: Measure }>();
  for (const item of measures) {
    index.set(item.id, { measure: item, item });
    for (const s of item.sub_measures) index.set(s.id, { measure: s, item });
  }
  return index;
}
