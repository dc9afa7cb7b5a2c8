import { apiGet } from '../../../api/client.ts';
import type { PublishedReportSummary, SetAsideReport } from '../../../api/set-aside-types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';

/** The regional report of `year` (region: the caller's by default) and its published versions. */
export function useSetAsideReport(
  year: number,
  region: string,
  lang: Lang,
  version: number,
): { report: ApiState<SetAsideReport>; published: ApiState<readonly PublishedReportSummary[]> } {
  const query = { year, ...(region !== '' ? { region } : {}) };
  const key = `${year}|${region}|${lang}|${version}`;
  const report = useApi(key, (signal) => apiGet<SetAsideReport>('/api/v1/set-aside/report', { lang, signal, query }));
  const published = useApi(key, async (signal) => {
    const r = await apiGet<{ items: PublishedReportSummary[] }>('/api/v1/set-aside/reports', { lang, signal, query });
    return r.items;
  });
  return { report, published };
}
