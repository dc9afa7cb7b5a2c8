/**
 * Department data feeds (issue 13 §2): `/feeds` — the kinds a department may send, batches as JSON (API tokens)
 * or files (xlsx/csv, read by the registry import's readers), templates in the caller's language, and batches
 * with the state and progress of the recompute job each queued. The store validates and writes (store/src/feeds).
 */
import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { Lang } from '@xiaowei/engine';
import {
  columnLabel,
  columnsOf,
  FEED_KINDS,
  FEED_SPECS,
  type FeedBatch,
  type FeedKind,
  type FeedResult,
  type FeedSender,
  kindsOf,
  MAX_FEED_ROWS,
  mayFeed,
  type Store,
} from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../context/scope.ts';
import { AppError, type Problem } from '../../errors/app-error.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { storeOf } from '../enterprises/registry-context.ts';
import { csvRecords, xlsxRecords } from '../imports/read-upload.ts';
import { readUploadedFile } from '../imports/read-uploaded-file.ts';
import { FEED_BATCH, getSchema, kindsSchema, listSchema, submitSchema, templateSchema, uploadSchema } from './feeds.schema.ts';

/** Who sends feeds, and who reads the batches. */
const SENDERS: readonly Role[] = ['department', 'admin'];
const READERS: readonly Role[] = ['department', 'officer', 'analyst', 'admin'];

/** The sender: a department user's department and region; an administrator everywhere. 403 for another kind. */
function senderOf(request: FastifyRequest, kind: FeedKind): FeedSender {
  const user = request.scope.user;
  if (user === null) throw new AppError('XW_ERR_UNAUTHENTICATED');
  if (user.role === 'admin') return { actor: user.id, department: null, regionPrefix: null };
  const data = request.scope.data;
  const department = user.department ?? null;
  if (data === null || !('regionPrefix' in data) || !mayFeed(department, kind)) throw new AppError('XW_ERR_FORBIDDEN');
  return { actor: user.id, department, regionPrefix: data.regionPrefix };
}

/** What a reader sees: region (department users: also their department), or everything. */
function readScope(request: FastifyRequest): { regionPrefix: string | null; department: string | null } {
  const user = request.scope.user;
  const data = request.scope.data;
  if (user === null || data === null) throw new AppError('XW_ERR_FORBIDDEN');
  if ('all' in data) return { regionPrefix: null, department: null };
  if (!('regionPrefix' in data)) throw new AppError('XW_ERR_FORBIDDEN');
  return { regionPrefix: data.regionPrefix, department: user.role === 'department' ? (user.department ?? null) : null };
}

async function batchJson(store: Store, batch: FeedBatch, replayed?: boolean) {
  const job = batch.jobId ? await store.jobs.getJob(batch.jobId) : undefined;
  const result = job?.output as { enterprises?: number; years?: number; incomplete?: number } | null | undefined;
  return {
    id: batch.id,
    kind: batch.kind,
    department: batch.department,
    region_prefix: batch.regionPrefix,
    rows: batch.rows,
    enterprises: batch.enterprises,
    file_name: batch.fileName,
    submitted_by: batch.submittedBy,
    submitted_at: batch.submittedAt,
    ...(replayed !== undefined ? { replayed } : {}),
    job:
      job === undefined
        ? null
        : {
            id: job.id,
            state: job.state,
            progress: job.progress,
            retry_count: job.retryCount,
            error: job.error,
            result: result && typeof result === 'object' ? result : null,
            started_at: job.startedAt,
            completed_at: job.completedAt,
          },
  };
}

async function answer(store: Store, reply: FastifyReply, result: FeedResult, fromFile: boolean) {
  if (result.status === 'rejected') {
    const problems: Problem[] = result.problems.map((p) => ({
      path: fromFile ? '' : `/rows/${Math.max(0, p.row - 1)}/${p.field}`,
      row: p.row,
      ...(fromFile ? { column: p.field } : {}),
      field: p.field,
      message: p.message,
    }));
    throw new AppError('XW_ERR_FEED_REJECTED', { count: result.totalProblems }, problems);
  }
  return reply.code(result.replayed ? 200 : 201).send(await batchJson(store, result.batch, result.replayed));
}

/** Headings of a file → column ids: the id itself or its label in any language, ignoring case and spaces. */
function headingMap(kind: FeedKind): Map<string, string> {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const map = new Map<string, string>();
  for (const id of columnsOf(kind)) {
    map.set(norm(id), id);
    for (const label of Object.values(columnLabel(id))) map.set(norm(label), id);
  }
  return map;
}

/** The rows of an uploaded feed file, keyed by column id (headings in any of the three languages), with the file's hash. */
async function readFile(request: FastifyRequest, kind: FeedKind) {
  const { fileName, kind: type, buffer } = await readUploadedFile(request);
  const headings = headingMap(kind);
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const rows: Record<string, unknown>[] = [];
  for await (const record of type === 'csv' ? csvRecords(buffer) : xlsxRecords(buffer)) {
    const row: Record<string, unknown> = {};
    for (const [heading, value] of Object.entries(record)) {
      if (heading.trim() === '' && (value === null || value === undefined || value === '')) continue;
      row[headings.get(norm(heading)) ?? heading] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    }
    rows.push(row);
    if (rows.length > MAX_FEED_ROWS) break;
  }
  return { fileName, rows, hash: createHash('sha256').update(buffer).digest('hex') };
}

async function template(reply: FastifyReply, kind: FeedKind, lang: Lang, format: 'xlsx' | 'csv') {
  const spec = FEED_SPECS[kind];
  const headings = columnsOf(kind).map((id) => columnLabel(id)[lang]);
  const name = `${kind}-template.${format}`;
  if (format === 'csv') {
    const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(`\uFEFF${headings.map(quote).join(',')}\r\n`);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.label[lang].slice(0, 31));
  const row = ws.addRow(headings);
  row.font = { bold: true };
  headings.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.max(12, Math.min(40, h.length * 2 + 2));
  });
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** GET /feeds/kinds, POST /feeds/{kind}/batches, POST /feeds/{kind}/uploads, GET /feeds/{kind}/template, GET /feeds/batches[/{id}] */
export async function feedsRoutes(app: TypedApp): Promise<void> {
  await app.register(multipart, { limits: { fileSize: app.serverConfig.uploadLimit, files: 1, fields: 5, parts: 6 } });
  const send = { access: { roles: SENDERS } };
  const read = { access: { roles: READERS } };

  app.get('/feeds/kinds', { schema: kindsSchema, config: send }, async (request) => {
    const user = request.scope.user;
    const kinds = user?.role === 'admin' ? [...FEED_KINDS] : kindsOf(user?.department ?? null);
    return {
      items: kinds.map((kind) => ({
        kind,
        label: FEED_SPECS[kind].label,
        columns: columnsOf(kind).map((id) => ({
          id,
          label: columnLabel(id),
          required:
            id === 'enterprise_id' || id === 'year' || id === 'hire_id' || id === 'fee_id' || FEED_SPECS[kind].required.includes(id),
        })),
      })),
    };
  });

  app.post('/feeds/:kind/batches', { schema: submitSchema, config: send }, async (request, reply) => {
    const store = storeOf(app);
    const { kind } = request.params;
    const sender = senderOf(request, kind);
    const result = await store.feeds.submit({ batchId: request.body.batch_id, kind, rows: request.body.rows }, sender);
    return answer(store, reply, result, false);
  });

  app.post(
    '/feeds/:kind/uploads',
    { schema: uploadSchema, config: send, bodyLimit: app.serverConfig.uploadLimit },
    async (request, reply) => {
      const store = storeOf(app);
      const { kind } = request.params;
      const sender = senderOf(request, kind);
      const file = await readFile(request, kind);
      const batchId = request.query.batch_id ?? `file-${file.hash.slice(0, 32)}`;
      const result = await store.feeds.submit({ batchId, kind, rows: file.rows, firstRow: 2, fileName: file.fileName }, sender);
      return answer(store, reply, result, true);
    },
  );

  app.get('/feeds/:kind/template', { schema: templateSchema, config: read }, async (request, reply) =>
    template(reply, request.params.kind, request.lang, request.query.format ?? 'xlsx'),
  );

  app.get('/feeds/batches', { schema: listSchema, config: read }, async (request) => {
    const store = storeOf(app);
    const scope = readScope(request);
    const batches = await store.feeds.list({ ...scope, limit: request.query.limit ?? 100 });
    return { items: await Promise.all(batches.map((b) => batchJson(store, b))) };
  });

  app.get('/feeds/batches/:id', { schema: getSchema, config: read }, async (request) => {
    const store = storeOf(app);
    const scope = readScope(request);
    const { id } = request.params;
    const batch = await store.feeds.get(id, scope.regionPrefix).catch(() => undefined);
    if (batch === undefined || (scope.department !== null && batch.department !== scope.department))
      throw new AppError('XW_ERR_NOT_FOUND', { what: id.slice(0, 100) });
    return batchJson(store, batch);
  });
}

export { FEED_BATCH };
