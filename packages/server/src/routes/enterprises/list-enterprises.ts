import type { EnterpriseFilter, EnterpriseSort, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { listItemJson } from './enterprise-json.ts';
import type { ListQuery } from './enterprises.schema.ts';

const SORTS: Readonly<Record<string, EnterpriseSort>> = { id: 'id', name: 'name', updated_at: 'updatedAt', region_code: 'regionCode' };

/** The registry filter of a query string (shared with the export). */
export function filterOf(q: Omit<ListQuery, 'sort' | 'direction' | 'limit' | 'cursor'>): EnterpriseFilter {
  return Object.fromEntries(
    Object.entries({
      regionPrefix: q.region,
      industryGroup: q.industry_group,
      industry: q.industry,
      year: q.year,
      sizeClass: q.size_class,
      text: q.q,
    }).filter(([, v]) => v !== undefined),
  ) as EnterpriseFilter;
}

/** A page of the registry within `scope`. */
export async function listEnterprises(store: Store, scope: DataScope, q: ListQuery): Promise<Record<string, unknown>> {
  const page = await store.enterprises.list({
    scope,
    filter: filterOf(q),
    sort: SORTS[q.sort ?? 'id'],
    direction: q.direction ?? 'asc',
    limit: q.limit ?? 50,
    cursor: q.cursor ?? null,
  });
  return { items: page.items.map(listItemJson), next_cursor: page.nextCursor, ...(page.total ? { total: page.total } : {}) };
}
