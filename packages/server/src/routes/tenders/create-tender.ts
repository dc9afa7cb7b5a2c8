import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { withTenderErrors } from './tender-errors.ts';
import { readTenderBody } from './tender-input.ts';
import { tenderDetailJson } from './tender-json.ts';

/** Creates a draft tender of the caller's budget unit with the bids of the body. */
export async function createTender(store: Store, scope: DataScope, actor: string, body: Record<string, unknown>, lang: Lang) {
  const input = readTenderBody(body);
  const created = await withTenderErrors(String(input.id ?? ''), () => store.tenders.create(input, { actor, scope }));
  return tenderDetailJson(created, lang);
}
