import { EnterpriseRowReader, type Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';

const OUTSIDE = {
  'zh-CN': '第 {row} 行：企业 {id}（地区 {region}）不在您的管辖范围内',
  ko: '{row}행: 기업 {id}(지역 {region})은(는) 관할 범위 밖입니다',
  en: 'row {row}: enterprise {id} (region {region}) is outside your area',
} as const;

const BATCH = 500;

/**
 * Checks an upload against the importer's region before anything is written (a first pass over the
 * file, outside the import's transaction): every row's region must lie in it, and a row may only
 * overwrite an enterprise that is in it now. A row outside: XW_ERR_FORBIDDEN naming the rows, nothing
 * imported. Rows with bad values are skipped here: the store's own validation reports them.
 * Administrators (`{ all: true }`) are not checked.
 */
export async function checkImportScope(store: Store, scope: DataScope, records: AsyncIterable<Record<string, unknown>>): Promise<void> {
  if ('all' in scope) return;
  const prefix = 'regionPrefix' in scope ? scope.regionPrefix : undefined;
  const reader = new EnterpriseRowReader({ firstRow: 2, maxProblems: 0 });
  const problems: Problem[] = [];
  const check = async (batch: Record<string, unknown>[]) => {
    const rows = reader.read(batch);
    const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => typeof id === 'string' && id !== ''))];
    const existing = new Map<string, string>();
    if (ids.length > 0) {
      for (const e of await store.db.selectFrom('enterprises').select(['id', 'region_code']).where('id', 'in', ids).execute())
        existing.set(e.id, e.region_code);
    }
    for (const r of rows) {
      for (const region of [r.regionCode, r.id ? existing.get(r.id) : undefined]) {
        if (region === undefined || (prefix !== undefined && region.startsWith(prefix))) continue;
        const fill = (s: string) =>
          s
            .replace('{row}', String(r.row ?? ''))
            .replace('{id}', String(r.id ?? ''))
            .replace('{region}', region);
        problems.push({
          path: '',
          ...(r.row !== undefined ? { row: r.row } : {}),
          column: '',
          field: 'region',
          message: { 'zh-CN': fill(OUTSIDE['zh-CN']), ko: fill(OUTSIDE.ko), en: fill(OUTSIDE.en) },
        });
        break;
      }
    }
  };
  let batch: Record<string, unknown>[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= BATCH) {
      await check(batch);
      batch = [];
      if (problems.length >= 1000) break;
    }
  }
  await check(batch);
  if (problems.length > 0) throw new AppError('XW_ERR_FORBIDDEN', {}, problems.slice(0, 1000));
}
