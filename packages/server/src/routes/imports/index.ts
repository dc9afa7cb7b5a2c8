import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, dataScope, storeOf, WRITERS } from '../enterprises/registry-context.ts';
import { importEnterprises } from './import-enterprises.ts';
import { type ImportJob, ImportJobs } from './import-jobs.ts';
import { getImportSchema, IMPORT_JOB, importEnterprisesSchema } from './imports.schema.ts';
import { uploadKind } from './read-upload.ts';
import { checkUpload } from './upload-limits.ts';

const NO_FILE = {
  'zh-CN': '请上传一个文件（字段 file）',
  ko: '파일 하나를 올리십시오(필드 file)',
  en: 'upload one file (field "file")',
} as const;

/**
 * The uploaded file and its bytes. A broken multipart body (the parser's plain errors) is
 * XW_ERR_BAD_REQUEST; a file over the limit XW_ERR_PAYLOAD_TOO_LARGE (by its code, in the error handler).
 */
async function readUpload(request: FastifyRequest): Promise<{ file: MultipartFile; buffer: Buffer }> {
  try {
    const file = await request.file();
    if (file === undefined) throw AppError.validation([{ path: 'file', field: 'file', message: NO_FILE }]);
    return { file, buffer: await file.toBuffer() };
  } catch (e) {
    if (e instanceof AppError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new AppError('XW_ERR_BAD_REQUEST', { detail: String((e as Error).message).slice(0, 200) });
  }
}

/** POST /api/v1/imports, GET /api/v1/imports/{id} */
export async function importsRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, { limits: { fileSize: app.serverConfig.uploadLimit, files: 1, fields: 5, parts: 6 } });
  const jobs = new ImportJobs();
  const config = { access: { roles: WRITERS } };

  app.post('/imports', { schema: importEnterprisesSchema, config, bodyLimit: app.serverConfig.uploadLimit }, async (request, reply) => {
    const store = storeOf(app);
    const user = actor(request);
    const scope = dataScope(request);
    if (!request.isMultipart())
      throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: String(request.headers['content-type'] ?? '').slice(0, 100) });
    const { file, buffer } = await readUpload(request);
    const kind = uploadKind(file.filename, file.mimetype);
    if (kind === undefined)
      throw new AppError('XW_ERR_UNSUPPORTED_MEDIA_TYPE', { type: `${file.filename.slice(0, 100)} (${file.mimetype})` });
    // Refused before a job starts: a workbook past the unpacking limits, an empty or binary CSV.
    await checkUpload(kind, buffer);
    const job = jobs.start(user, file.filename);
    const run = importEnterprises(store, job, { kind, buffer, fileName: file.filename }, { actor: user, lang: request.lang, scope });
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
