/**
 * Complaints (issue 14 §2): the channels 国发〔2012〕14号 asks for — illegal or excess fees charged to small and
 * micro enterprises (item 06, 清理规范涉企收费) and bank fees and conduct (item 11, 银行业金融机构不得违规收费).
 * An enterprise files one about a party (`respondent`); it is routed to the responsible department of the
 * enterprise's region — fees to development and reform (price and fee supervision), bank fees and conduct to
 * the banking regulator — which replies within COMPLAINT_REPLY_WORKING_DAYS working days; officers of the region
 * see and may answer them too. The enterprise sees the reply and rates it (1–5). Monthly counts by type,
 * department and region are the statistics' source.
 */
import { randomUUID } from 'node:crypto';
import { addWorkingDays, COMPLAINT_REPLY_WORKING_DAYS, chinaDay } from '@xiaowei/app';
import { writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { EnterpriseRepository } from '../repositories/enterprises.ts';
import type { Department } from '../repositories/users.ts';
import { checkScope, type Scope, scopeCondition } from '../scope.ts';
import { nowIso, toInt, toIntOrNull } from '../values.ts';
import { APPLICATION_MESSAGES } from './application-messages.ts';
import { readText } from './applications.ts';
import { type Attachment, type AttachmentFile, listAttachments, readAttachment, storeAttachments } from './attachments.ts';

export type ComplaintType = 'fee' | 'bank';
export const COMPLAINT_TYPES: readonly ComplaintType[] = ['fee', 'bank'];

/** The department (users.department code) that answers each type of complaint. */
export const COMPLAINT_DEPARTMENT: Readonly<Record<ComplaintType, Department>> = {
  fee: 'development_reform',
  bank: 'banking_regulator',
};

export interface Complaint {
  readonly id: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly regionCode: string;
  readonly type: ComplaintType;
  readonly department: string;
  readonly respondent: string;
  readonly body: string;
  readonly status: 'open' | 'replied';
  readonly filedAt: string;
  readonly dueDate: string;
  readonly dueEstimated: boolean;
  readonly reply: string | null;
  readonly repliedBy: string | null;
  readonly repliedAt: string | null;
  readonly rating: number | null;
  readonly ratedAt: string | null;
}

export interface ComplaintDetail extends Complaint {
  readonly attachments: readonly Attachment[];
}

/** One cell of the monthly statistics: a month (China time), type, department and region. */
export interface ComplaintCount {
  readonly month: string;
  readonly type: ComplaintType;
  readonly department: string;
  readonly regionCode: string;
  readonly filed: number;
  readonly replied: number;
  /** Replied after the deadline, or still open with the deadline passed. */
  readonly late: number;
  readonly rated: number;
  /** Sum of the ratings (the mean is ratingSum / rated). */
  readonly ratingSum: number;
}

interface Access {
  readonly scope: Scope;
  /** A department user's department: only its complaints. */
  readonly department?: string;
}

const MAX_BODY = 4000;

interface Row {
  id: string;
  enterprise_id: string;
  name: string;
  region_code: string;
  type: string;
  department: string;
  respondent: string;
  body: string;
  status: string;
  filed_at: string;
  due_date: string;
  due_estimated: unknown;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  rating: unknown;
  rated_at: string | null;
}

function fromRow(r: Row): Complaint {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.name,
    regionCode: r.region_code,
    type: r.type as ComplaintType,
    department: r.department,
    respondent: r.respondent,
    body: r.body,
    status: r.status as 'open' | 'replied',
    filedAt: r.filed_at,
    dueDate: r.due_date,
    dueEstimated: Boolean(toInt(r.due_estimated)),
    reply: r.reply,
    repliedBy: r.replied_by,
    repliedAt: r.replied_at,
    rating: toIntOrNull(r.rating),
    ratedAt: r.rated_at,
  };
}

export class ComplaintRepository {
  constructor(private readonly ctx: StoreContext) {}

  private query(db: StoreContext['db'], access: Access) {
    let q = db
      .selectFrom('complaints as c')
      .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
      .select([
        'c.id',
        'c.enterprise_id',
        'e.name',
        'c.region_code',
        'c.type',
        'c.department',
        'c.respondent',
        'c.body',
        'c.status',
        'c.filed_at',
        'c.due_date',
        'c.due_estimated',
        'c.reply',
        'c.replied_by',
        'c.replied_at',
        'c.rating',
        'c.rated_at',
      ])
      // The region the complaint was filed in decides who answers it (not where the enterprise moved since).
      .where(scopeCondition(access.scope, 'c', 'enterprise_id'));
    if (access.department !== undefined) q = q.where('c.department', '=', access.department);
    return q;
  }

  /**
   * Files a complaint for the enterprise of an enterprise scope, with optional attachments (all checked first;
   * a bad one stores nothing). Routed by type; the reply is due in working days from the day of filing.
   * @example await store.complaints.create({ type: 'bank', respondent: '某银行青岛分行', body: '收取承诺费' }, [], { actor, scope: { enterpriseId: 'E1' }, maxBytes })
   */
  async create(
    input: { type: string; respondent: string; body: string },
    files: readonly AttachmentFile[],
    options: { actor: string; scope: Scope; maxBytes: number; at?: string },
  ): Promise<ComplaintDetail> {
    const scope = checkScope(options.scope);
    if (!('enterpriseId' in scope)) throw new NotFoundError('enterprise', '');
    if (!COMPLAINT_TYPES.includes(input.type as ComplaintType)) throw new ValidationError('type', APPLICATION_MESSAGES.bad_complaint_type);
    const type = input.type as ComplaintType;
    const respondent = readText(input.respondent, 'respondent', 200) as string;
    const body = readText(input.body, 'body', MAX_BODY) as string;
    return inTransaction(this.ctx, async (tx) => {
      const enterprise = await new EnterpriseRepository(tx).get(scope.enterpriseId, { scope });
      const at = options.at ?? nowIso();
      const due = addWorkingDays(chinaDay(at), COMPLAINT_REPLY_WORKING_DAYS);
      const row = {
        id: randomUUID(),
        enterprise_id: enterprise.id,
        region_code: enterprise.regionCode,
        type,
        department: COMPLAINT_DEPARTMENT[type],
        respondent,
        body,
        status: 'open',
        filed_by: options.actor,
        filed_at: at,
        due_date: due.date,
        due_estimated: due.estimated ? 1 : 0,
        reply: null,
        replied_by: null,
        replied_at: null,
        rating: null,
        rated_at: null,
      };
      await tx.db.insertInto('complaints').values(row).execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'complaint.create',
            entityType: 'complaint',
            entityId: row.id,
            regionCode: row.region_code,
            after: { enterpriseId: enterprise.id, type, department: row.department, respondent, dueDate: row.due_date },
          },
        ],
        at,
      );
      const attachments = await storeAttachments(
        tx,
        { type: 'complaint', id: row.id, enterpriseId: enterprise.id, regionCode: row.region_code },
        files,
        { actor: options.actor, maxBytes: options.maxBytes },
      );
      // The responsible department of the region, and its officers, who see the complaints too.
      await notify(tx, {
        event: 'complaint.new',
        recipients: { regionCode: row.region_code, department: COMPLAINT_DEPARTMENT[type], roles: ['officer'] },
        entityType: 'complaint',
        entityId: row.id,
        params: { subject: respondent, enterprise: enterprise.name },
      });
      return { ...fromRow({ ...row, name: enterprise.name }), attachments };
    });
  }

  /** Complaints within reach, newest first (`status`, `type` narrow it; `overdue`: open with the deadline passed). */
  async list(
    query: Access & { status?: 'open' | 'replied'; type?: ComplaintType; overdue?: boolean; today?: string; limit?: number },
  ): Promise<Complaint[]> {
    let q = this.query(readerOf(this.ctx), query);
    if (query.status !== undefined) q = q.where('c.status', '=', query.status);
    if (query.type !== undefined) q = q.where('c.type', '=', query.type);
    if (query.overdue === true) q = q.where('c.status', '=', 'open').where('c.due_date', '<', query.today ?? chinaDay(new Date()));
    const rows = await q
      .orderBy('c.filed_at', 'desc')
      .orderBy('c.id')
      .limit(Math.min(Math.max(query.limit ?? 500, 1), 1000))
      .execute();
    return rows.map((r) => fromRow(r as Row));
  }

  /** One complaint within reach, with its attachments. */
  async get(id: string, access: Access): Promise<ComplaintDetail> {
    const db = readerOf(this.ctx);
    const row = await this.query(db, access).where('c.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('complaint', id);
    return { ...fromRow(row as Row), attachments: await listAttachments(db, 'complaint', id) };
  }

  /** One attachment with its bytes, within reach. */
  async attachment(id: string, attachmentId: string, access: Access): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
    const db = readerOf(this.ctx);
    const row = await this.query(db, access).where('c.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('complaint', id);
    const found = await readAttachment(db, 'complaint', id, attachmentId);
    if (found === undefined) throw new NotFoundError('attachment', attachmentId);
    return found;
  }

  /** The reply of the department (or an officer) of the region: once, audited. An enterprise finds nothing. */
  async reply(id: string, text: string, options: Access & { actor: string; at?: string }): Promise<Complaint> {
    checkScope(options.scope);
    if (!('all' in options.scope) && !('regionPrefix' in options.scope)) throw new NotFoundError('complaint', id);
    const reply = readText(text, 'reply', MAX_BODY) as string;
    return inTransaction(this.ctx, async (tx) => {
      const current = await this.current(tx, id, options);
      if (current.status !== 'open')
        throw new ConflictError(`complaint '${id}' was replied to`, {
          id,
          reason: 'replied',
          messages: APPLICATION_MESSAGES.already_replied,
        });
      const at = options.at ?? nowIso();
      const done = await tx.db
        .updateTable('complaints')
        .set({ status: 'replied', reply, replied_by: options.actor, replied_at: at })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1)
        throw new ConflictError(`complaint '${id}' was replied to`, {
          id,
          reason: 'replied',
          messages: APPLICATION_MESSAGES.already_replied,
        });
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'complaint.reply',
            entityType: 'complaint',
            entityId: id,
            regionCode: current.regionCode,
            before: { status: 'open' },
            after: { status: 'replied', reply },
          },
        ],
        at,
      );
      await notify(tx, {
        event: 'complaint.replied',
        recipients: { enterpriseId: current.enterpriseId },
        entityType: 'complaint',
        entityId: id,
        params: { subject: current.respondent },
      });
      return { ...current, status: 'replied', reply, repliedBy: options.actor, repliedAt: at };
    });
  }

  /** The enterprise's satisfaction with the reply, 1–5, once, after the reply. */
  async rate(id: string, rating: number, options: { actor: string; scope: Scope; at?: string }): Promise<Complaint> {
    checkScope(options.scope);
    if (!('enterpriseId' in options.scope)) throw new NotFoundError('complaint', id);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new ValidationError('rating', APPLICATION_MESSAGES.bad_rating);
    return inTransaction(this.ctx, async (tx) => {
      const current = await this.current(tx, id, options);
      if (current.status !== 'replied')
        throw new ConflictError(`complaint '${id}' has no reply`, {
          id,
          reason: 'not_replied',
          messages: APPLICATION_MESSAGES.not_replied,
        });
      if (current.rating !== null)
        throw new ConflictError(`complaint '${id}' was rated`, { id, reason: 'rated', messages: APPLICATION_MESSAGES.already_rated });
      const at = options.at ?? nowIso();
      const done = await tx.db
        .updateTable('complaints')
        .set({ rating, rated_at: at })
        .where('id', '=', id)
        .where('rating', 'is', null)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1)
        throw new ConflictError(`complaint '${id}' was rated`, { id, reason: 'rated', messages: APPLICATION_MESSAGES.already_rated });
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'complaint.rate', entityType: 'complaint', entityId: id, regionCode: current.regionCode, after: { rating } }],
        at,
      );
      return { ...current, rating, ratedAt: at };
    });
  }

  /** Adds files to an open complaint (the enterprise's own); all or nothing. */
  async addAttachments(
    id: string,
    files: readonly AttachmentFile[],
    options: { actor: string; scope: Scope; maxBytes: number },
  ): Promise<Attachment[]> {
    checkScope(options.scope);
    if (!('enterpriseId' in options.scope)) throw new NotFoundError('complaint', id);
    return inTransaction(this.ctx, async (tx) => {
      const current = await this.current(tx, id, options);
      return storeAttachments(
        tx,
        { type: 'complaint', id, enterpriseId: current.enterpriseId, regionCode: current.regionCode },
        files,
        options,
      );
    });
  }

  /**
   * Counts by month of filing (China time), type, department and region (the full code), within reach and
   * between `from` and `to` (months, YYYY-MM, inclusive). `today` decides whether an open complaint is late.
   */
  async monthlyCounts(query: Access & { from?: string; to?: string; today?: string }): Promise<ComplaintCount[]> {
    const rows = await this.query(readerOf(this.ctx), query).execute();
    const today = query.today ?? chinaDay(new Date());
    const cells = new Map<string, { -readonly [K in keyof ComplaintCount]: ComplaintCount[K] }>();
    for (const raw of rows) {
      const c = fromRow(raw as Row);
      const month = chinaDay(c.filedAt).slice(0, 7);
      if ((query.from !== undefined && month < query.from) || (query.to !== undefined && month > query.to)) continue;
      const key = `${month}|${c.type}|${c.department}|${c.regionCode}`;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = {
          month,
          type: c.type,
          department: c.department,
          regionCode: c.regionCode,
          filed: 0,
          replied: 0,
          late: 0,
          rated: 0,
          ratingSum: 0,
        };
        cells.set(key, cell);
      }
      cell.filed++;
      if (c.repliedAt !== null) cell.replied++;
      const answeredOn = c.repliedAt === null ? null : chinaDay(c.repliedAt);
      if ((answeredOn !== null && answeredOn > c.dueDate) || (answeredOn === null && today > c.dueDate)) cell.late++;
      if (c.rating !== null) {
        cell.rated++;
        cell.ratingSum += c.rating;
      }
    }
    return [...cells.values()].sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        a.type.localeCompare(b.type) ||
        a.department.localeCompare(b.department) ||
        a.regionCode.localeCompare(b.regionCode),
    );
  }

  private async current(tx: StoreContext, id: string, access: Access): Promise<Complaint> {
    let q = this.query(tx.db, access).where('c.id', '=', id);
    if (tx.dialect === 'postgres') q = q.forUpdate('c');
    const row = await q.executeTakeFirst();
    if (!row) throw new NotFoundError('complaint', id);
    return fromRow(row as Row);
  }
}
