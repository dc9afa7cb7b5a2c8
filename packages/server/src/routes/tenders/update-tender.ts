import type { Lang } from '@xiaowei/engine';
import type { Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import { withTenderErrors } from './tender-errors.ts';
import { readTenderFields } from './tender-input.ts';
import { tenderDetailJson } from './tender-json.ts';

/** Changes the fields given of a tender that is not published (with `version`: only if unchanged since). */
export async function updateTender(store: Store, scope: DataScope, actor: string, id: string, body: Record<string, unknown>, lang: Lang) {
  const problems: Problem[] = [];
  const { id: _ignored, ...patch } = readTenderFields(body, true, problems);
  if (problems.length > 0) throw AppError.validation(problems);
  const version = typeof body.version === 'number' ? { expectedVersion: body.version } : {};
  return tenderDetailJson(await withTenderErrors(id, () => store.tenders.update(id, patch, { actor, scope, ...version })), lang);
}
