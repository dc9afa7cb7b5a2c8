import { apiGet } from '../../../api/client.ts';
import type { EnterpriseList } from '../../../api/registry-types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import { INDUSTRY_GROUPS, SIZE_CLASSES } from '../../../data/industry-groups.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { yearChoices } from '../shared/format.ts';

/** How many enterprises the region chart reads at most (the server's largest page). */
export const REGION_SAMPLE = 1000;

export interface Count {
  readonly key: string;
  readonly count: number;
  /** false: the server stopped counting (a lower bound). */
  readonly exact: boolean;
}

export interface Dashboard {
  /** Years with figures, newest first. */
  readonly years: readonly number[];
  readonly year: number | null;
  readonly total: Count;
  readonly bySize: readonly Count[];
  readonly byGroup: readonly Count[];
  /** From the first `sampled` enterprises in id order, of `total`. */
  readonly byRegion: readonly Count[];
  readonly sampled: number;
}

type Query = Readonly<Record<string, string | number | undefined>>;

/**
 * The registry has no aggregate endpoint. Counts by size class and industry group are the server's
 * filtered totals (`total.count` of GET /api/v1/enterprises with `limit=1`: one small request per bar);
 * counts by region come from one page of at most REGION_SAMPLE enterprises and are labelled a sample.
 */
export function useDashboard(lang: Lang, wanted: number | null, attempt: number): ApiState<Dashboard> {
  return useApi(JSON.stringify([lang, wanted, attempt]), async (signal) => {
    const list = (query: Query, limit = 1) => apiGet<EnterpriseList>('/api/v1/enterprises', { lang, signal, query: { ...query, limit } });
    const count = async (key: string, query: Query): Promise<Count> => {
      const r = await list(query);
      return { key, count: r.total?.count ?? r.items.length, exact: r.total?.exact ?? r.next_cursor === null };
    };
    const perYear = await Promise.all(yearChoices().map((y) => count(String(y), { year: y })));
    const years = perYear.filter((c) => c.count > 0).map((c) => Number(c.key));
    const year = wanted !== null && years.includes(wanted) ? wanted : (years[0] ?? null);
    const empty: Dashboard = {
      years,
      year,
      total: { key: 'all', count: 0, exact: true },
      bySize: [],
      byGroup: [],
      byRegion: [],
      sampled: 0,
    };
    if (year === null) return empty;
    const [bySize, byGroup, sample] = await Promise.all([
      Promise.all(SIZE_CLASSES.map((s) => count(s, { year, size_class: s }))),
      Promise.all(INDUSTRY_GROUPS.map((g) => count(g, { year, industry_group: g }))),
      list({ year }, REGION_SAMPLE),
    ]);
    const regions = new Map<string, number>();
    for (const e of sample.items) regions.set(e.region_code, (regions.get(e.region_code) ?? 0) + 1);
    const total = perYear.find((c) => c.key === String(year)) ?? empty.total;
    return {
      years,
      year,
      total,
      bySize,
      byGroup: byGroup.filter((g) => g.count > 0).sort((a, b) => b.count - a.count),
      byRegion: [...regions]
        .map(([key, n]) => ({ key, count: n, exact: true }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      sampled: sample.items.length,
    };
  });
}
