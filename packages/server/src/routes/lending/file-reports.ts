import type { Store, SubmitReportsResult } from '@xiaowei/store';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import { actor } from '../enterprises/registry-context.ts';
import { filerScope } from './lending-access.ts';
import { apiProblems } from './problems.ts';
import { reportJson } from './report-json.ts';

/** Files reports for the caller; a rejected batch is XW_ERR_LENDING_REJECTED with every problem, nothing filed. */
export async function submitReports(
  store: Store,
  request: FastifyRequest,
  records: readonly Record<string, unknown>[],
  source: 'api' | 'web' | 'excel',
  shape: 'single' | 'batch' | 'file',
): Promise<Record<string, unknown>> {
  const { scope, defaultBankId } = filerScope(request);
  const result: SubmitReportsResult = await store.lendingReports.submit(records, {
    actor: actor(request),
    scope,
    source,
    lang: request.lang,
    firstRow: shape === 'file' ? 2 : 1,
    ...(defaultBankId !== undefined ? { defaultBankId } : {}),
  });
  if (result.status === 'rejected')
    throw new AppError('XW_ERR_LENDING_REJECTED', { count: result.problems.length }, apiProblems(result.problems, shape));
  return { reports: result.reports.map((r) => reportJson(r, request.lang)), replaced: result.replaced };
}

/** POST /api/v1/lending/reports: one report at the top level, or several under `reports`. */
export async function fileReports(
  store: Store,
  request: FastifyRequest & { readonly body: Record<string, unknown> },
  source: 'api' | 'web',
): Promise<Record<string, unknown>> {
  const body = request.body;
  if (Array.isArray(body.reports)) return submitReports(store, request, body.reports as Record<string, unknown>[], source, 'batch');
  return submitReports(store, request, [body], source, 'single');
}
