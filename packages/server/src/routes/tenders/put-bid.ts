import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { withTenderErrors } from './tender-errors.ts';
import { readBid } from './tender-input.ts';
import { tenderDetailJson } from './tender-json.ts';

/** Adds the bid `bidId` (the id in the path wins over the body's), or replaces it. */
export async function putBid(
  store: Store,
  scope: DataScope,
  actor: string,
  id: string,
  bidId: string,
  body: Record<string, unknown>,
  lang: Lang,
) {
  const problems: Problem[] = [];
  const bid = readBid({ ...body, id: bidId }, '', problems);
  if (problems.length > 0) throw AppError.validation(problems);
  return tenderDetailJson(await withTenderErrors(id, () => store.tenders.putBid(id, bid, { actor, scope })), lang);
}

/** Removes the bid `bidId`. */
export async function deleteBid(store: Store, scope: DataScope, actor: string, id: string, bidId: string, lang: Lang) {
  return tenderDetailJson(await withTenderErrors(id, () => store.tenders.deleteBid(id, bidId, { actor, scope })), lang);
}
