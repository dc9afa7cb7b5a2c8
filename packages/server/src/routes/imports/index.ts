import multipart from '@fastify/multipart';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf, WRITERS } from '../enterprises/registry-context.ts';
import { importEnterprises } from './import-enterprises.ts';
import { type ImportJob, ImportJobs } from './import-jobs.ts';
import { getImportSchema, IMPORT_JOB, importEnterprisesSchema } from './imports.schema.ts';
import { readUploadedFile } from './read-uploaded-file.ts';

/** POST /api/v1/imports, GET /api/v1/imports/{id} */
export async function importsRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, { limits: { fileSize: app.serverConfig.uploadLimit, files: 1, fields: 5, parts: 6 } });
  const jobs = new ImportJobs();
  const config = { access: { roles: WRITERS } };

  app.post('/imports', { schema: importEnterprisesSchema, config, bodyLimit: app.serverConfig.uploadLimit }, async (request, reply) => {
    const store = storeOf(app);
    const user = actor(request);
    const scope = dataScope(request);
    // Refused before a job starts: no file, another kind of file, a workbook past the unpacking limits, an empty or binary CSV.
    const { fileName, kind, buffer } = await readUploadedFile(request);
    const job = jobs.start(user, fileName);
    const run = importEnterprises(store, job, { kind, buffer, fileName }, { actor: user, lang: request.lang, scope });
    if (request.query.wait === false) {
      // The outcome is read from the job; the promise must not go unhandled.
      run.catch(() => {});
      return reply.code(202).send(job);
    }
    return reply.code(201).send(await run);
  });

  app.get('/imports/:id', { schema: getImportSchema, config: { access: { roles: WRITERS } } }, async (request) => {
    const store = storeOf(app);
    const { id } = request.params;
    const user = request.scope.user;
    const job = jobs.get(id);
    if (job && (job.user_id === user?.id || user?.role === 'admin')) return job;
    const stored = await store.imports.get(id);
    if (stored === undefined || (stored.userId !== user?.id && user?.role !== 'admin'))
      throw new AppError('XW_ERR_NOT_FOUND', { what: id.slice(0, 100) });
    const errors = stored.errors as { length?: number } | null;
    const out: ImportJob = {
      id: stored.id,
      import_id: stored.id,
      user_id: stored.userId,
      file_name: stored.fileName ?? '',
      status: stored.status,
      rows: stored.totalRows,
      enterprises_created: stored.enterprisesCreated,
      enterprises_updated: stored.enterprisesUpdated,
      years_written: stored.yearsWritten,
      problem_count: stored.status === 'rejected' && Array.isArray(errors) ? errors.length : 0,
      started_at: stored.startedAt,
      finished_at: stored.finishedAt,
    };
    return out;
  });
}

export { IMPORT_JOB };
