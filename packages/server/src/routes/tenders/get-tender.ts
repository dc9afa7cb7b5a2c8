import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { tenderDetailJson } from './tender-json.ts';

/** One tender within the caller's scope, with its bids and newest evaluation in `lang`. */
export async function getTender(store: Store, scope: DataScope, id: string, lang: Lang): Promise<Record<string, unknown>> {
  return tenderDetailJson(await store.tenders.get(id, { scope }), lang);
}
