import { type Problem as AppProblem, RecordsError, RequestError } from '@xiaowei/app';
import { AppError, type Problem } from './app-error.ts';

const pointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A problem of @xiaowei/app placed in the request: its JSON pointer (`/enterprises/3/borrower/industry`)
 * from the batch key, the record's position and the keys inside it; the row only for a batch.
 */
function placed(p: AppProblem, batchKey: string): Problem {
  const keys = p.keys ?? (p.field === '' ? [] : [p.field]);
  const inside = keys.map((k) => `/${pointerKey(k)}`).join('');
  const row = batchKey === '' ? undefined : p.row;
  const record = batchKey === '' ? '' : `/${pointerKey(batchKey)}/${(p.row ?? 1) - 1}`;
  return { path: record + inside, ...(row !== undefined ? { row } : {}), field: p.field, message: p.message };
}

/**
 * An error of a use case as the service's catalogued error: records that are invalid XW_ERR_VALIDATION,
 * records a formula cannot answer from XW_ERR_CANNOT_COMPUTE (every problem placed in the body), a request
 * the rules cannot answer its own code (the catalogue holds the same codes); anything else unchanged.
 */
export function fromAppError(e: unknown): unknown {
  if (e instanceof RecordsError) {
    const problems = e.problems.map((p) => placed(p, e.source));
    if (e.kind === 'invalid') return AppError.validation(problems);
    return new AppError('XW_ERR_CANNOT_COMPUTE', { count: problems.length }, problems);
  }
  if (e instanceof RequestError) return new AppError(e.code, e.params);
  return e;
}
