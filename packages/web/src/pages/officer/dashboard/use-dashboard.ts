import { apiGet } from '../../../api/client.ts';
import type { StatisticsGroup, StatisticsMeasure, StatisticsSummary } from '../../../api/registry-types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import { SIZE_CLASSES } from '../../../data/industry-groups.ts';
import type { Lang } from '../../../i18n/languages.ts';

export interface Count {
  readonly key: string;
  /** The region's name (regions only; null when the server has none). */
  readonly name?: string | null;
  readonly count: number;
  readonly smallOrMicro: number;
  /** Yuan, exact to the fen. */
  readonly value: number;
}

export interface Dashboard {
  /** Years with stored entitlements, newest first. */
  readonly years: readonly number[];
  readonly year: number | null;
  readonly total: Count;
  readonly bySize: readonly Count[];
  readonly byGroup: readonly Count[];
  readonly regionLevel: StatisticsSummary['region_level'];
  readonly byRegion: readonly Count[];
  /** Per measure: `count` eligible enterprises, `value` its total value; `name` its title. Largest value first. */
  readonly byMeasure: readonly Count[];
}

const measureCount = (m: StatisticsMeasure): Count => ({
  key: m.measure,
  name: m.title,
  count: m.enterprises,
  smallOrMicro: 0,
  value: m.total_value,
});

const count = (g: StatisticsGroup): Count => ({
  key: g.key ?? 'unknown',
  name: g.name,
  count: g.enterprises,
  smallOrMicro: g.small_or_micro,
  value: g.total_support_value,
});

/**
 * One request: the server's exact aggregates of the year (GET /api/v1/statistics/summary, computed in
 * the database within the account's region); without a year, the newest year with data.
 */
export function useDashboard(lang: Lang, wanted: number | null, attempt: number): ApiState<Dashboard> {
  return useApi(JSON.stringify([lang, wanted, attempt]), async (signal) => {
    const get = (year: number | undefined) => apiGet<StatisticsSummary>('/api/v1/statistics/summary', { lang, signal, query: { year } });
    let s = await get(wanted ?? undefined);
    // A year without data (an old link): show the newest year that has some.
    if (wanted !== null && !s.years.includes(wanted) && s.years.length > 0) s = await get(undefined);
    const bySize = new Map(s.by_size_class.map((g) => [g.key ?? 'unknown', count(g)]));
    return {
      years: s.years,
      year: s.year !== null && s.years.includes(s.year) ? s.year : null,
      total: count(s.total),
      // Every size class, in order (zero where none), then any the engine could not determine.
      bySize: [
        ...SIZE_CLASSES.map((k) => bySize.get(k) ?? { key: k, count: 0, smallOrMicro: 0, value: 0 }),
        ...[...bySize.values()].filter((c) => !(SIZE_CLASSES as readonly string[]).includes(c.key)),
      ],
      byGroup: s.by_industry_group.map(count).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      regionLevel: s.region_level,
      byRegion: s.by_region.map(count).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      byMeasure: (s.by_measure ?? []).map(measureCount).sort((a, b) => b.value - a.value || a.key.localeCompare(b.key)),
    };
  });
}
