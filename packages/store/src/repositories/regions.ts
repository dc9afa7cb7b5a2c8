/** GB/T 2260 regions with names in zh-CN, ko and en (read-only; seeded by migration). */
import type { Labels } from '@xiaowei/engine';
import { readerOf, type StoreContext } from '../context.ts';

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  readonly code: string;
  readonly parentCode: string | null;
  readonly level: RegionLevel;
  readonly name: Labels;
}

interface RegionRow {
  code: string;
  parent_code: string | null;
  level: string;
  name_zh: string;
  name_ko: string;
  name_en: string;
}

const regionFromRow = (r: RegionRow): Region => ({
  code: r.code,
  parentCode: r.parent_code,
  level: r.level as RegionLevel,
  name: { 'zh-CN': r.name_zh, ko: r.name_ko, en: r.name_en },
});

export class RegionRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Regions by code; `parentCode: null` lists the provinces. */
  async list(query: { parentCode?: string | null; level?: RegionLevel } = {}): Promise<Region[]> {
    let q = readerOf(this.ctx).selectFrom('regions').selectAll();
    if (query.parentCode === null) q = q.where('parent_code', 'is', null);
    else if (query.parentCode !== undefined) q = q.where('parent_code', '=', query.parentCode);
    if (query.level !== undefined) q = q.where('level', '=', query.level);
    return (await q.orderBy('code').execute()).map(regionFromRow);
  }

  async get(code: string): Promise<Region | undefined> {
    const row = await readerOf(this.ctx).selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? regionFromRow(row) : undefined;
  }
}
