import { apiGet } from '../../../api/client.ts';
import type { EnterpriseList } from '../../../api/registry-types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';

/** The registry filters the server takes (GET /api/v1/enterprises and GET /api/v1/exports). */
export interface RegistryFilter {
  readonly region?: string;
  readonly industry_group?: string;
  readonly industry?: string;
  readonly size_class?: string;
  readonly year?: string;
  readonly q?: string;
}

export const FILTER_KEYS = ['region', 'industry_group', 'industry', 'size_class', 'year', 'q'] as const;

/** The filters kept in the address (unknown or empty ones dropped; a size class only with a year, as the server needs). */
export function filterFromParams(params: URLSearchParams): RegistryFilter {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) out[k] = v;
  }
  if (!out.year) delete out.size_class;
  return out;
}

export const PAGE_SIZE = 20;

/** One page of the registry, keyset-paged by the server's cursor. */
export function useRegistryPage(lang: Lang, filter: RegistryFilter, cursor: string | undefined, attempt: number): ApiState<EnterpriseList> {
  const key = JSON.stringify([lang, filter, cursor, attempt]);
  return useApi(key, (signal) =>
    apiGet<EnterpriseList>('/api/v1/enterprises', { lang, signal, query: { ...filter, limit: PAGE_SIZE, cursor } }),
  );
}
