import type { Store, TenderStatus } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { tenderJson } from './tender-json.ts';

export interface ListTendersQuery {
  readonly status?: TenderStatus;
  readonly q?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

/** A page of the tenders the caller may see, newest first. */
export async function listTenders(store: Store, scope: DataScope, q: ListTendersQuery): Promise<Record<string, unknown>> {
  const page = await store.tenders.list({
    scope,
    ...(q.status ? { status: q.status } : {}),
    ...(q.q ? { text: q.q } : {}),
    ...(q.limit ? { limit: q.limit } : {}),
    cursor: q.cursor ?? null,
  });
  return { items: page.items.map(tenderJson), next_cursor: page.nextCursor };
}
