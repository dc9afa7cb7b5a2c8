import { apiGet } from '../../../api/client.ts';
import type { BudgetUnitDetail, Project, SetAsideExplained } from '../../../api/set-aside-types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';

const path = (unitId: string) => `/api/v1/budget-units/${encodeURIComponent(unitId)}`;

/** The unit with its years (reloaded when `version` changes). */
export function useBudgetUnit(unitId: string | undefined, lang: Lang, version: number): ApiState<BudgetUnitDetail> {
  return useApi(unitId === undefined ? null : `${unitId}|${lang}|${version}`, (signal) =>
    apiGet<BudgetUnitDetail>(path(unitId as string), { lang, signal }),
  );
}

/** A year of the unit: its projects and the set-aside status with the explanation. */
export function useUnitYear(
  unitId: string | undefined,
  year: number | null,
  lang: Lang,
  version: number,
): { projects: ApiState<readonly Project[]>; status: ApiState<SetAsideExplained> } {
  const key = unitId === undefined || year === null ? null : `${unitId}|${year}|${lang}|${version}`;
  const projects = useApi(key, async (signal) => {
    const r = await apiGet<{ items: Project[] }>(`${path(unitId as string)}/projects`, {
      lang,
      signal,
      query: { year: year ?? undefined },
    });
    return r.items;
  });
  const status = useApi(key, (signal) => apiGet<SetAsideExplained>(`${path(unitId as string)}/set-aside/${year}`, { lang, signal }));
  return { projects, status };
}
