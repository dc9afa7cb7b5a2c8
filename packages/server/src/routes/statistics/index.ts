import type { Lang } from '@xiaowei/engine';
import type { Catalogue } from '@xiaowei/policy';
import type { Store, SummaryRow } from '@xiaowei/store';
import type { DataScope, Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { type JsonSchema, Yuan } from '../../http/json.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { dataScope, storeOf } from '../enterprises/registry-context.ts';
import { querySchema } from '../query.ts';

/** Who may read the aggregates: the registry's readers without the enterprise users. */
export const STATISTICS_READERS: readonly Role[] = ['officer', 'analyst', 'admin'];

/** How the region breakdown is grouped: one level below the caller's scope. */
export type RegionLevel = 'province' | 'city' | 'county';

const GROUP: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      key: { type: ['string', 'null'], description: 'The group (null: unknown, e.g. a year whose size class could not be computed).' },
      enterprises: { type: 'integer', description: 'Enterprises with stored entitlements in the year.' },
      small_or_micro: { type: 'integer', description: 'Of which small or micro.' },
      total_support_value: { type: 'number', description: 'Sum of the stored total support values, yuan, exact to the fen.' },
    },
    required: ['key', 'enterprises', 'small_or_micro', 'total_support_value'],
  },
};

const REGION_GROUP: JsonSchema = {
  ...GROUP,
  items: {
    ...(GROUP.items as JsonSchema),
    properties: {
      ...((GROUP.items as JsonSchema).properties as Record<string, JsonSchema>),
      name: { type: ['string', 'null'], description: 'The region’s name in the response language (null: not in the region table).' },
    },
  },
};

const BY_MEASURE: JsonSchema = {
  type: 'array',
  description: 'Per measure of the catalogue with stored values in the year, by measure id.',
  items: {
    type: 'object',
    properties: {
      measure: { type: 'string', description: 'Catalogue id of the measure, e.g. `gf2012-14/02.2`.' },
      title: { type: ['string', 'null'], description: 'The measure’s title in the response language (null: not in the catalogue).' },
      enterprises: { type: 'integer', description: 'Enterprises eligible for the measure in the year.' },
      total_value: {
        type: 'number',
        description: 'Sum of the measure’s values that count in the total support value, yuan, exact to the fen.',
      },
    },
    required: ['measure', 'title', 'enterprises', 'total_value'],
  },
};

export const statisticsSummarySchema = {
  summary: 'Exact aggregates of one year’s stored entitlements (officers: their region; analysts and administrators: all)',
  description:
    'Counts, small-or-micro counts and total support value (yuan, exact) of the enterprises with stored entitlements in `year` (default the newest year with any), by size class, by industry group and by region: by province for a national scope, else one level below the officer’s region (a province officer by city, a city officer by county or district). Computed in the database within the caller’s scope. By measure: eligible enterprises and total value of each measure (from the per-measure components stored with the entitlements).',
  tags: ['registry'],
  querystring: querySchema({
    year: {
      type: 'integer',
      minimum: 1949,
      maximum: 2100,
      description: 'The year of the figures and entitlements; default the newest year with stored entitlements in the scope.',
    },
  }),
  response: {
    200: {
      type: 'object',
      properties: {
        year: { type: ['integer', 'null'], description: 'The year of the figures (null: no stored entitlements in the scope at all).' },
        years: { type: 'array', items: { type: 'integer' }, description: 'The years with stored entitlements in the scope, newest first.' },
        scope: {
          type: 'object',
          properties: { all: { type: 'boolean' }, region_prefix: { type: 'string' } },
          description: 'The data the figures cover: `{ all: true }` or `{ region_prefix }`.',
        },
        total: GROUP.items as JsonSchema,
        by_size_class: GROUP,
        by_industry_group: GROUP,
        region_level: { type: 'string', enum: ['province', 'city', 'county'] },
        by_region: REGION_GROUP,
        by_measure: BY_MEASURE,
      },
      required: ['year', 'years', 'scope', 'total', 'by_size_class', 'by_industry_group', 'region_level', 'by_region', 'by_measure'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

interface Acc {
  key: string | null;
  enterprises: number;
  smallOrMicro: number;
  totalSupportValueFen: number;
}

const rowJson = (r: Acc | SummaryRow) => ({
  key: r.key,
  enterprises: r.enterprises,
  small_or_micro: r.smallOrMicro,
  total_support_value: new Yuan(r.totalSupportValueFen),
});

/** Sums rows by a key function; integer fen, so the sums stay exact (the store throws beyond 2^53). */
function rollUp(rows: readonly SummaryRow[], keyOf: (key: string | null) => string | null): Acc[] {
  const out = new Map<string | null, Acc>();
  for (const r of rows) {
    const key = keyOf(r.key);
    const acc = out.get(key) ?? { key, enterprises: 0, smallOrMicro: 0, totalSupportValueFen: 0 };
    acc.enterprises += r.enterprises;
    acc.smallOrMicro += r.smallOrMicro;
    acc.totalSupportValueFen += r.totalSupportValueFen;
    if (!Number.isSafeInteger(acc.totalSupportValueFen)) throw new AppError('XW_ERR_INTERNAL');
    out.set(key, acc);
  }
  return [...out.values()].sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
}

/** The region level one below the scope: all → province, a province → city, a city or county → county. */
export function regionLevelOf(scope: DataScope): RegionLevel {
  if ('all' in scope) return 'province';
  if ('regionPrefix' in scope && scope.regionPrefix.length <= 2) return 'city';
  return 'county';
}

const NONE: Acc = { key: 'all', enterprises: 0, smallOrMicro: 0, totalSupportValueFen: 0 };

/** Measure and sub-measure titles of the catalogue by id. */
function measureTitles(catalogue: Catalogue, lang: Lang): Map<string, string> {
  return new Map(
    catalogue.measures.flatMap((m) => [[m.id, m.title[lang]] as const, ...m.subMeasures.map((s) => [s.id, s.title[lang]] as const)]),
  );
}

async function summary(store: Store, catalogue: () => Catalogue, scope: DataScope, wanted: number | undefined, lang: Lang) {
  if (!('all' in scope) && !('regionPrefix' in scope)) throw new AppError('XW_ERR_FORBIDDEN');
  const level = regionLevelOf(scope);
  const years = await store.entitlements.years({ scope });
  const year = wanted ?? years[0] ?? null;
  const scopeJson = 'all' in scope ? { all: true } : { region_prefix: scope.regionPrefix };
  if (year === null) {
    return {
      year,
      years,
      scope: scopeJson,
      total: rowJson(NONE),
      by_size_class: [],
      by_industry_group: [],
      region_level: level,
      by_region: [],
      by_measure: [],
    };
  }
  const [bySize, byGroup, byRegionRaw, regions, byMeasure] = await Promise.all([
    store.entitlements.summary({ scope, year, groupBy: 'sizeClass' }),
    store.entitlements.summary({ scope, year, groupBy: 'industryGroup' }),
    store.entitlements.summary({ scope, year, groupBy: level === 'province' ? 'province' : 'regionCode' }),
    store.regions.list(),
    store.entitlements.totalsByMeasure({ scope, year }),
  ]);
  const titles = measureTitles(catalogue(), lang);
  const byRegion =
    level === 'city' ? rollUp(byRegionRaw, (k) => (k === null ? null : `${k.slice(0, 4)}00`)) : rollUp(byRegionRaw, (k) => k);
  const names = new Map(regions.map((r) => [r.code, r.name[lang]]));
  const total = rollUp(bySize, () => 'all')[0] ?? NONE;
  return {
    year,
    years,
    scope: scopeJson,
    total: rowJson(total),
    by_size_class: bySize.map(rowJson),
    by_industry_group: byGroup.map(rowJson),
    region_level: level,
    by_region: byRegion.map((r) => ({ ...rowJson(r), name: r.key === null ? null : (names.get(r.key) ?? null) })),
    by_measure: byMeasure.map((m) => ({
      measure: m.measure,
      title: titles.get(m.measure) ?? null,
      enterprises: m.enterprises,
      total_value: new Yuan(m.valueFen),
    })),
  };
}

/** GET /api/v1/statistics/summary */
export async function statisticsRoutes(app: TypedApp): Promise<void> {
  app.get('/statistics/summary', { schema: statisticsSummarySchema, config: { access: { roles: STATISTICS_READERS } } }, async (request) =>
    summary(storeOf(app), () => app.engine.catalogue, dataScope(request), request.query.year, request.lang),
  );
}
