import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { detailJson } from './enterprise-json.ts';

/** One enterprise within `scope` (outside it: XW_ERR_NOT_FOUND, never "forbidden", so nothing leaks). */
export async function getEnterprise(store: Store, scope: DataScope, id: string): Promise<Record<string, unknown>> {
  return detailJson(await store.enterprises.get(id, { scope }));
}
