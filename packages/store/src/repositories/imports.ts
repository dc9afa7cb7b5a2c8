/** Import records: one per import, written with its outcome. */
import { readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { fromJsonOrNull, toInt } from '../values.ts';
import type { Page } from './enterprises.ts';

export type ImportStatus = 'completed' | 'failed' | 'rejected';

export interface ImportRecord {
  readonly id: string;
  readonly userId: string;
  readonly fileName: string | null;
  /** `completed`: written; `rejected`: invalid rows, nothing written; `failed`: an error while writing, nothing written. */
  readonly status: ImportStatus;
  readonly totalRows: number;
  readonly enterprisesCreated: number;
  readonly enterprisesUpdated: number;
  readonly yearsWritten: number;
  /** Row problems (rejected; the first 1,000) or the error (failed). */
  readonly errors: unknown;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

interface ImportRow {
  id: string;
  user_id: string;
  file_name: string | null;
  status: string;
  total_rows: unknown;
  enterprises_created: unknown;
  enterprises_updated: unknown;
  years_written: unknown;
  errors: unknown;
  started_at: string;
  finished_at: string | null;
}

function importFromRow(r: ImportRow): ImportRecord {
  return {
    id: r.id,
    userId: r.user_id,
    fileName: r.file_name,
    status: r.status as ImportStatus,
    totalRows: toInt(r.total_rows),
    enterprisesCreated: toInt(r.enterprises_created),
    enterprisesUpdated: toInt(r.enterprises_updated),
    yearsWritten: toInt(r.years_written),
    errors: fromJsonOrNull(r.errors),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export class ImportRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(id: string): Promise<ImportRecord | undefined> {
    const row = await readerOf(this.ctx).selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? importFromRow(row as ImportRow) : undefined;
  }

  /** Imports, newest first (of one user when `userId` is given). */
  async list(query: { userId?: string; limit?: number; cursor?: string | null } = {}): Promise<Page<ImportRecord>> {
    const limit = pageSize(query.limit);
    let q = readerOf(this.ctx).selectFrom('imports').selectAll();
    if (query.userId !== undefined) q = q.where('user_id', '=', query.userId);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      q = q.where((eb) =>
        eb.or([eb('started_at', '<', String(at)), eb.and([eb('started_at', '=', String(at)), eb('id', '<', String(id))])]),
      );
    }
    const rows = await q
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map((r) => importFromRow(r as ImportRow));
    const last = items[items.length - 1];
    return { items, nextCursor: more && last ? encodeCursor(last.startedAt, last.id) : null };
  }
}
