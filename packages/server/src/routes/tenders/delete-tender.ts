import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { withTenderErrors } from './tender-errors.ts';

/** Deletes a tender that is not published, with its bids and evaluations. */
export async function deleteTender(store: Store, scope: DataScope, actor: string, id: string, version?: number): Promise<void> {
  await withTenderErrors(id, () =>
    store.tenders.delete(id, { actor, scope, ...(version !== undefined ? { expectedVersion: version } : {}) }),
  );
}
