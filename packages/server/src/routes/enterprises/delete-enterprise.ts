import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';

/** Deletes an enterprise with its years and entitlements (audited), within `scope`. */
export async function deleteEnterprise(store: Store, scope: DataScope, actor: string, id: string): Promise<void> {
  await store.enterprises.delete(id, { actor, scope });
}
