import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { withTenderErrors } from './tender-errors.ts';
import { evaluationJson } from './tender-json.ts';

/** Evaluates the tender and stores the evaluation; a rule it breaks (the rate's legal range) is XW_ERR_TENDER_RULE. */
export async function evaluateStored(store: Store, scope: DataScope, actor: string, id: string, lang: Lang, version?: number) {
  const opts = { actor, scope, ...(version !== undefined ? { expectedVersion: version } : {}) };
  return evaluationJson(await withTenderErrors(id, () => store.tenders.evaluate(id, opts), true), lang);
}

/** Publishes the newest evaluation: final afterwards. */
export async function publishTender(store: Store, scope: DataScope, actor: string, id: string, lang: Lang, version?: number) {
  const opts = { actor, scope, ...(version !== undefined ? { expectedVersion: version } : {}) };
  return evaluationJson(await withTenderErrors(id, () => store.tenders.publish(id, opts)), lang);
}
