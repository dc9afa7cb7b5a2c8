import type { ImportProblem } from '@xiaowei/store';
import type { Problem } from '../../errors/app-error.ts';

/** The store's row problems as the API reports them (`path` a JSON pointer for a JSON body, else ''). */
export function apiProblems(problems: readonly ImportProblem[], json: 'single' | 'batch' | 'file'): Problem[] {
  return problems.map((p) => ({
    path: json === 'file' ? '' : json === 'batch' ? `/reports/${p.row - 1}/${p.field}` : `/${p.field}`,
    ...(json === 'single' ? {} : { row: p.row }),
    ...(json === 'file' ? { column: p.column } : {}),
    field: p.field,
    message: p.messages,
  }));
}
