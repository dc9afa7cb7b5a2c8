/**
 * Accepting a department's feed batch (issue 13 §2): validated whole — every row, every field, with the row, the
 * field and the reason in three languages — and written in one transaction or not at all; idempotent by batch id
 * (the same id and content give the same answer and write nothing again; the same id with other content is a
 * conflict). The enterprises a batch touches must be in the sender's region (a row outside it is refused as
 * "not in your region", whether or not it exists elsewhere). An accepted batch queues, in the same transaction,
 * one durable recompute job of the enterprises it touched (`recompute-worker.ts`).
 */
import { createHash } from 'node:crypto';
import type { Labels } from '@xiaowei/engine';
import { decodeValue } from '@xiaowei/engine';
import { writeAudit } from '../audit.ts';
import { inTransaction, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { JobSender } from '../jobs/job-queue.ts';
import { RECOMPUTE_QUEUE } from '../migrations/0016-job-queue.ts';
import type { Department } from '../repositories/users.ts';
import { slices, statementBatches } from '../statement-batches.ts';
import { fromJsonOrNull, nowIso, toJson } from '../values.ts';
import { columnsOf, FEED_SPECS, type FeedKind, variableOf } from './feed-kinds.ts';
import { type FeedMessage, feedMessage } from './feed-messages.ts';

export const MAX_FEED_ROWS = 200_000;
const MAX_PROBLEMS = 1000;

export interface FeedSubmission {
  /** The sender's id of the batch (idempotency key): 1–100 letters, digits, `.`, `_`, `:`, `-`. */
  readonly batchId: string;
  readonly kind: FeedKind;
  /** Rows keyed by column (`columnsOf(kind)`); values as typed (money in yuan text, dates `YYYY-MM-DD`). */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** The number of the first row as the sender counts it (2 for a file under its header row; default 1). */
  readonly firstRow?: number;
  readonly fileName?: string | null;
}

export interface FeedSender {
  readonly actor: string;
  readonly department: Department | null;
  /** The region the sender may feed (a GB/T 2260 prefix); null: everywhere (administrators). */
  readonly regionPrefix: string | null;
}

export interface FeedProblem {
  readonly row: number;
  readonly field: string;
  readonly code: string;
  readonly message: Labels;
}

export interface FeedBatch {
  readonly id: string;
  readonly kind: FeedKind;
  readonly department: string | null;
  readonly regionPrefix: string | null;
  readonly rows: number;
  readonly enterprises: number;
  readonly jobId: string | null;
  readonly fileName: string | null;
  readonly submittedBy: string;
  readonly submittedAt: string;
}

export type FeedResult =
  | { readonly status: 'accepted'; readonly batch: FeedBatch; readonly replayed: boolean }
  | { readonly status: 'rejected'; readonly problems: readonly FeedProblem[]; readonly totalProblems: number };

interface BatchRow {
  id: string;
  kind: string;
  department: string | null;
  region_prefix: string | null;
  content_hash: string;
  rows: number;
  enterprises: number;
  job_id: string | null;
  file_name: string | null;
  submitted_by: string;
  submitted_at: string;
}

export function batchOf(r: BatchRow): FeedBatch {
  return {
    id: r.id,
    kind: r.kind as FeedKind,
    department: r.department,
    regionPrefix: r.region_prefix,
    rows: Number(r.rows),
    enterprises: Number(r.enterprises),
    jobId: r.job_id,
    fileName: r.file_name,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
  };
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v));
const empty = (v: unknown) => text(v) === '';

/** A row checked: where it goes. */
interface CheckedRow {
  readonly row: number;
  readonly enterpriseId: string;
  readonly year: number;
  readonly key: string | null;
  /** Variable id → the value as given (input form, as `enterprise_years.inputs` keeps it). */
  readonly inputs: Record<string, unknown>;
  /** Registry columns (yearly figures): decoded. */
  readonly columns: Record<string, number>;
}

const COLUMN_OF: Record<string, string> = {
  employees: 'employees',
  revenue: 'revenue_fen',
  total_assets: 'total_assets_fen',
  taxable_income: 'taxable_income_fen',
  total_profit: 'total_profit_fen',
};

function checkRows(submission: FeedSubmission, problems: FeedProblem[]): CheckedRow[] {
  const spec = FEED_SPECS[submission.kind];
  const columns = new Set(columnsOf(submission.kind));
  const first = submission.firstRow ?? 1;
  const out: CheckedRow[] = [];
  const seen = new Map<string, number>();
  const add = (row: number, field: string, code: FeedMessage | string, message: Labels) => problems.push({ row, field, code, message });
  submission.rows.forEach((raw, i) => {
    const row = first + i;
    const before = problems.length;
    for (const column of Object.keys(raw)) {
      if (!columns.has(column)) add(row, column, 'unknown_column', feedMessage('unknown_column', { column }));
    }
    const enterpriseId = text(raw.enterprise_id);
    if (enterpriseId === '') add(row, 'enterprise_id', 'required', feedMessage('required'));
    let year = Number.NaN;
    if (spec.yearFrom === 'year') {
      const y = text(raw.year);
      year = /^\d{4}$/.test(y) ? Number(y) : Number.NaN;
      if (!(year >= 1990 && year <= 2100))
        add(row, 'year', y === '' ? 'required' : 'bad_year', feedMessage(y === '' ? 'required' : 'bad_year'));
    }
    let key: string | null = null;
    if (spec.target.kind === 'linked') {
      key = text(raw[spec.target.keyField]);
      if (key === '' || key.length > 100)
        add(row, spec.target.keyField, key === '' ? 'required' : 'bad_key', feedMessage(key === '' ? 'required' : 'bad_key'));
    }
    const inputs: Record<string, unknown> = {};
    const decoded: Record<string, number> = {};
    for (const id of spec.variables) {
      const value = raw[id];
      if (empty(value)) {
        if (spec.required.includes(id)) add(row, id, 'required', feedMessage('required'));
        continue;
      }
      const cell = decodeValue(variableOf(id), typeof value === 'string' ? value.trim() : value);
      if (typeof cell === 'object') {
        add(row, id, cell.code, cell.message);
        continue;
      }
      inputs[id] = typeof value === 'string' ? value.trim() : value;
      if (typeof cell === 'number') decoded[id] = cell;
      if (id === spec.yearFrom && typeof value === 'string') year = Number(value.trim().slice(0, 4));
    }
    if (problems.length > before) return;
    const identity = `${enterpriseId.toLowerCase()}\u0000${key ?? ''}\u0000${year}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      add(
        row,
        key !== null && spec.target.kind === 'linked' ? spec.target.keyField : 'enterprise_id',
        'duplicate',
        feedMessage('duplicate', { first: earlier }),
      );
      return;
    }
    seen.set(identity, row);
    const columnsOut: Record<string, number> = {};
    if (spec.target.kind === 'columns') for (const [id, v] of Object.entries(decoded)) columnsOut[COLUMN_OF[id]] = v;
    out.push({ row, enterpriseId, year, key, inputs, columns: columnsOut });
  });
  return out;
}

function contentHash(submission: FeedSubmission): string {
  return createHash('sha256')
    .update(JSON.stringify([submission.kind, submission.rows]))
    .digest('hex');
}

/** Validates and writes a batch; see the module comment. */
export async function submitFeed(
  ctx: StoreContext,
  jobs: (tx: StoreContext) => JobSender,
  submission: FeedSubmission,
  sender: FeedSender,
): Promise<FeedResult> {
  if (!/^[\w.:-]{1,100}$/.test(submission.batchId))
    throw new ValidationError('batch_id', {
      'zh-CN': '批次编号应为 1–100 个字母、数字或 . _ : -',
      ko: '배치 번호는 1~100자의 문자, 숫자, . _ : - 입니다',
      en: 'a batch id is 1 to 100 letters, digits, ".", "_", ":" or "-"',
    });
  const hash = contentHash(submission);
  const existing = await ctx.db.selectFrom('feed_batches').selectAll().where('id', '=', submission.batchId).executeTakeFirst();
  if (existing) return replay(existing as BatchRow, hash, submission);
  const problems: FeedProblem[] = [];
  if (submission.rows.length === 0) problems.push({ row: 0, field: '', code: 'empty', message: feedMessage('empty') });
  if (submission.rows.length > MAX_FEED_ROWS)
    problems.push({ row: 0, field: '', code: 'too_many', message: feedMessage('too_many', { max: MAX_FEED_ROWS }) });
  const rows = problems.length > 0 ? [] : checkRows(submission, problems);
  const spec = FEED_SPECS[submission.kind];

  // The enterprises, in the sender's region, and their years.
  const ids = [...new Set(rows.map((r) => r.enterpriseId))];
  const known = new Map<string, string>();
  const years = new Set<string>();
  for (const chunk of slices(ids, 500)) {
    let q = ctx.db.selectFrom('enterprises').select(['id', 'region_code']).where('id', 'in', chunk);
    if (sender.regionPrefix !== null) q = q.where('region_code', 'like', `${sender.regionPrefix}%`);
    for (const e of await q.execute()) known.set(e.id, e.region_code);
    const ys = await ctx.db.selectFrom('enterprise_years').select(['enterprise_id', 'year']).where('enterprise_id', 'in', chunk).execute();
    for (const y of ys) years.add(`${y.enterprise_id}\u0000${Number(y.year)}`);
  }
  for (const r of rows) {
    if (!known.has(r.enterpriseId))
      problems.push({
        row: r.row,
        field: 'enterprise_id',
        code: 'unknown_enterprise',
        message: feedMessage('unknown_enterprise', { id: r.enterpriseId }),
      });
    else if (spec.target.kind !== 'columns' && !years.has(`${r.enterpriseId}\u0000${r.year}`))
      problems.push({
        row: r.row,
        field: spec.yearFrom,
        code: 'no_year',
        message: feedMessage('no_year', { id: r.enterpriseId, year: r.year }),
      });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    return { status: 'rejected', problems: problems.slice(0, MAX_PROBLEMS), totalProblems: problems.length };
  }

  return inTransaction(ctx, async (tx) => {
    // A concurrent submission of the same id: the primary key decides; the loser answers as a replay.
    const again = await tx.db.selectFrom('feed_batches').selectAll().where('id', '=', submission.batchId).executeTakeFirst();
    if (again) return replay(again as BatchRow, hash, submission);
    const at = nowIso();
    const batch: BatchRow = {
      id: submission.batchId,
      kind: submission.kind,
      department: sender.department,
      region_prefix: sender.regionPrefix,
      content_hash: hash,
      rows: rows.length,
      enterprises: ids.length,
      job_id: null,
      file_name: submission.fileName ?? null,
      submitted_by: sender.actor,
      submitted_at: at,
    };
    await tx.db.insertInto('feed_batches').values(batch).execute();
    await write(tx, submission.kind, rows, batch.id, at);
    for (const chunk of statementBatches(tx.dialect, ids, 2)) {
      await tx.db
        .insertInto('feed_batch_enterprises')
        .values(chunk.map((enterprise_id) => ({ batch_id: batch.id, enterprise_id })))
        .execute();
    }
    const jobId = await jobs(tx).send(RECOMPUTE_QUEUE, { batchId: batch.id }, { retryLimit: 5, retryDelay: 5, expireInSeconds: 120 });
    await tx.db.updateTable('feed_batches').set({ job_id: jobId }).where('id', '=', batch.id).execute();
    batch.job_id = jobId;
    await writeAudit(tx, sender.actor, [
      {
        action: 'feed_batch.accept',
        entityType: 'feed_batch',
        entityId: batch.id,
        regionCode: sender.regionPrefix ? sender.regionPrefix.padEnd(6, '0') : null,
        after: {
          kind: batch.kind,
          department: batch.department,
          rows: batch.rows,
          enterprises: batch.enterprises,
          jobId,
          fileName: batch.file_name,
        },
      },
    ]);
    return { status: 'accepted' as const, batch: batchOf(batch), replayed: false };
  });
}

function replay(existing: BatchRow, hash: string, submission: FeedSubmission): FeedResult {
  if (existing.content_hash !== hash || existing.kind !== submission.kind)
    throw new ConflictError(`batch '${submission.batchId}' was accepted before with other content`, { batchId: submission.batchId });
  return { status: 'accepted', batch: batchOf(existing), replayed: true };
}

async function write(tx: StoreContext, kind: FeedKind, rows: readonly CheckedRow[], batchId: string, at: string): Promise<void> {
  const target = FEED_SPECS[kind].target;
  if (target.kind === 'linked') {
    const values = rows.map((r) => ({
      entity: target.entity,
      enterprise_id: r.enterpriseId,
      member_key: r.key ?? '',
      year: r.year,
      inputs: toJson(r.inputs),
      batch_id: batchId,
      updated_at: at,
    }));
    for (const chunk of statementBatches(tx.dialect, values, 7)) {
      await tx.db
        .insertInto('feed_members')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['enterprise_id', 'entity', 'member_key', 'year']).doUpdateSet((eb) => ({
            inputs: eb.ref('excluded.inputs'),
            batch_id: eb.ref('excluded.batch_id'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    return;
  }
  if (target.kind === 'inputs') {
    // Merge into the year's other inputs: the fed variables replace theirs, the rest stay.
    for (const chunk of slices(rows, 500)) {
      const current = await tx.db
        .selectFrom('enterprise_years')
        .select(['enterprise_id', 'year', 'inputs'])
        .where('enterprise_id', 'in', [...new Set(chunk.map((r) => r.enterpriseId))])
        .execute();
      const inputsOf = new Map(
        current.map((c) => [`${c.enterprise_id}\u0000${Number(c.year)}`, fromJsonOrNull<Record<string, unknown>>(c.inputs) ?? {}]),
      );
      for (const r of chunk) {
        const merged = { ...(inputsOf.get(`${r.enterpriseId}\u0000${r.year}`) ?? {}), ...r.inputs };
        await tx.db
          .updateTable('enterprise_years')
          .set({ inputs: toJson(merged), updated_at: at })
          .where('enterprise_id', '=', r.enterpriseId)
          .where('year', '=', r.year)
          .execute();
      }
    }
    return;
  }
  // Yearly figures: the registry's columns, a year created when it is new; figures not given stay.
  for (const r of rows) {
    const set = { ...r.columns, updated_at: at };
    const updated = await tx.db
      .updateTable('enterprise_years')
      .set(set)
      .where('enterprise_id', '=', r.enterpriseId)
      .where('year', '=', r.year)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await tx.db
        .insertInto('enterprise_years')
        .values({ enterprise_id: r.enterpriseId, year: r.year, ...r.columns, updated_at: at })
        .execute();
  }
}

/** A batch within the reader's region (null: everywhere). */
export async function getFeedBatch(ctx: StoreContext, id: string, regionPrefix: string | null): Promise<FeedBatch> {
  let q = ctx.db.selectFrom('feed_batches').selectAll().where('id', '=', id);
  if (regionPrefix !== null) q = q.where('region_prefix', 'like', `${regionPrefix}%`);
  const row = await q.executeTakeFirst();
  if (!row) throw new NotFoundError('feed_batch', id);
  return batchOf(row as BatchRow);
}

/** Batches within a region, newest first (department users: their department's). */
export async function listFeedBatches(
  ctx: StoreContext,
  query: { regionPrefix: string | null; department?: string | null; limit?: number },
): Promise<FeedBatch[]> {
  let q = ctx.db.selectFrom('feed_batches').selectAll();
  if (query.regionPrefix !== null) q = q.where('region_prefix', 'like', `${query.regionPrefix}%`);
  if (query.department) q = q.where('department', '=', query.department);
  const rows = await q
    .orderBy('submitted_at', 'desc')
    .orderBy('id')
    .limit(Math.min(500, query.limit ?? 100))
    .execute();
  return rows.map((r) => batchOf(r as BatchRow));
}
