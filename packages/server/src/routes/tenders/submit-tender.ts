import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { withTenderErrors } from './tender-errors.ts';
import { readTenderBody } from './tender-input.ts';
import { evaluationJson, tenderJson } from './tender-json.ts';

/**
 * The e-procurement API: a whole tender with its bids is stored under the caller's budget unit and
 * evaluated in one transaction, so a tender the rules refuse (a rate outside the legal range of its
 * date) leaves nothing behind. The answer is the stored tender and its evaluation report.
 */
export async function submitTender(store: Store, scope: DataScope, actor: string, body: Record<string, unknown>, lang: Lang) {
  const input = readTenderBody(body);
  const { tender, evaluation } = await withTenderErrors(
    String(input.id ?? ''),
    () =>
      store.transaction(async (tx) => {
        const created = await tx.tenders.create(input, { actor, scope });
        const evaluated = await tx.tenders.evaluate(created.id, { actor, scope });
        return { tender: await tx.tenders.get(created.id, { scope }), evaluation: evaluated };
      }),
    true,
  );
  return { tender: tenderJson(tender), evaluation: evaluationJson(evaluation, lang) };
}
