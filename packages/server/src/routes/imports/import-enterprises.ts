import type { Lang } from '@xiaowei/engine';
import type { ImportResult, RejectedImport, Store } from '@xiaowei/store';
import type { DataScope } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import type { ImportJob } from './import-jobs.ts';
import { csvRecords, type UploadKind, xlsxRecords } from './read-upload.ts';

/**
 * Imports an uploaded registry file: every row is validated (by the store, with the engine's decoders)
 * while it streams in, and the rows are written in one transaction only when no row has a problem.
 * A rejected file is XW_ERR_IMPORT_REJECTED listing every problem by row and column in `lang` (a row
 * outside the importer's region among them); nothing is written. `job` follows the progress.
 */
export async function importEnterprises(
  store: Store,
  job: ImportJob,
  upload: { kind: UploadKind; buffer: Buffer; fileName: string },
  options: { actor: string; lang: Lang; scope: DataScope },
): Promise<ImportJob> {
  const read = () => (upload.kind === 'csv' ? csvRecords(upload.buffer) : xlsxRecords(upload.buffer));
  let result: ImportResult | RejectedImport;
  try {
    // The importer's region is checked by the store inside the import's transaction: a row outside it is a
    // row problem like any other (XW_ERR_IMPORT_REJECTED), never a check made beforehand that a change
    // between the check and the write could slip past.
    result = await store.importRecords(read(), {
      actor: options.actor,
      scope: options.scope,
      fileName: upload.fileName,
      lang: options.lang,
      firstRow: 2,
      onProgress: (p) => {
        job.rows = p.rows;
        job.enterprises_created = p.enterprisesCreated;
        job.enterprises_updated = p.enterprisesUpdated;
        job.years_written = p.yearsWritten;
      },
    });
  } catch (e) {
    job.status = 'failed';
    job.finished_at = new Date().toISOString();
    const code = e instanceof AppError ? e.code : 'XW_ERR_INTERNAL';
    job.error = { code, message: e instanceof AppError ? e.text(options.lang) : 'internal error' };
    throw e;
  }
  job.import_id = result.importId;
  job.rows = result.totalRows;
  job.finished_at = new Date().toISOString();
  if (result.status === 'rejected') {
    job.status = 'rejected';
    job.problem_count = result.problemCount;
    const problems: Problem[] = result.problems.map((p) => ({
      path: '',
      row: p.row,
      column: p.column,
      field: p.field,
      message: p.messages,
    }));
    throw new AppError('XW_ERR_IMPORT_REJECTED', { count: result.problemCount, id: result.importId }, problems);
  }
  job.status = 'completed';
  job.enterprises_created = result.enterprisesCreated;
  job.enterprises_updated = result.enterprisesUpdated;
  job.years_written = result.yearsWritten;
  return job;
}
