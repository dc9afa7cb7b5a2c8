/**
 * Applications (issue 14 §1): an enterprise applies under a measure open to applications (`@xiaowei/app`
 * APPLICATION_MEASURES) with the form generated from the measure's input variables and its attachments; an
 * officer of its region reviews it. The states and who moves them:
 *
 *   draft ─submit→ submitted ─review→ under_review ─request_info→ info_requested ─respond→ resubmitted ─review→ …
 *   under_review ─approve→ approved ─pay→ paid;  under_review ─reject→ rejected;  any open state ─withdraw→ withdrawn
 *
 * submit, respond, withdraw (and changing a draft) are the enterprise's own (its scope); review, request_info,
 * approve, reject and pay are the registry's (a region or everything). Each transition is one conditional UPDATE
 * (the state it leaves in the WHERE), its history row and its audit row in one transaction. Submitting and
 * answering set the review deadline: N working days on the Chinese calendar (`addWorkingDays`).
 */
import { randomUUID } from 'node:crypto';
import { addWorkingDays, applicationMeasure, chinaDay, FORM_MESSAGES, MAX_TEXT, measureTitle, readApplicationValues } from '@xiaowei/app';
import { formatMoney, interpolate, type Labels } from '@xiaowei/engine';
import { writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { EnterpriseRepository } from '../repositories/enterprises.ts';
import { checkScope, type Scope, scopeCondition } from '../scope.ts';
import { cleanText, textProblem } from '../text.ts';
import { fromJson, nowIso, toInt, toIntOrNull, toJson } from '../values.ts';
import { ACTION_LABELS, APPLICATION_MESSAGES, STATUS_LABELS } from './application-messages.ts';
import { type Attachment, type AttachmentFile, listAttachments, readAttachment, storeAttachments } from './attachments.ts';

export type ApplicationStatus = keyof typeof STATUS_LABELS;
export const APPLICATION_STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[];
export type ApplicationAction = keyof typeof ACTION_LABELS;

/** The states in which the review clock runs (the officer owes an answer). */
export const AWAITING_REVIEW: readonly ApplicationStatus[] = ['submitted', 'under_review', 'resubmitted'];

export interface Application {
  readonly id: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly regionCode: string;
  readonly measure: string;
  readonly year: number;
  /** The form's values: money as yuan text, as typed. */
  readonly values: Readonly<Record<string, string | number | boolean>>;
  readonly status: ApplicationStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  /** The last day of the review (YYYY-MM-DD, China), while one is running or was. */
  readonly dueDate: string | null;
  /** The deadline crossed a year without the State Council's holiday notice (counted Monday to Friday). */
  readonly dueEstimated: boolean;
  readonly infoRequest: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
  /** What the engine said when the decision was taken (the "why not" of a rejection), as given by the caller. */
  readonly decisionAdvice: unknown;
  readonly approvedAmountFen: number | null;
  readonly paidAmountFen: number | null;
  readonly paidAt: string | null;
  readonly version: number;
}

export interface ApplicationEvent {
  readonly at: string;
  readonly actor: string;
  readonly actorRole: string;
  readonly fromStatus: ApplicationStatus | null;
  readonly toStatus: ApplicationStatus;
  readonly reason: string | null;
}

export interface ApplicationDetail extends Application {
  readonly events: readonly ApplicationEvent[];
  readonly attachments: readonly Attachment[];
}

export interface ApplicationQuery {
  readonly scope: Scope;
  readonly status?: ApplicationStatus;
  readonly measure?: string;
  /** Only applications awaiting review past their deadline (`today` after `due_date`). */
  readonly overdue?: boolean;
  /** The day "today" is (China), for `overdue`; defaults to now. */
  readonly today?: string;
  readonly sort?: 'due' | 'submitted' | 'created';
  readonly limit?: number;
}

interface Options {
  readonly actor: string;
  readonly scope: Scope;
  /** The instant of the change (tests pin the calendar); defaults to now. */
  readonly at?: string;
}

const TRANSITIONS: Record<
  Exclude<ApplicationAction, 'update'>,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus; party: 'enterprise' | 'officer'; reason: 'required' | 'optional' }
> = {
  submit: { from: ['draft'], to: 'submitted', party: 'enterprise', reason: 'optional' },
  withdraw: {
    from: ['draft', 'submitted', 'under_review', 'info_requested', 'resubmitted'],
    to: 'withdrawn',
    party: 'enterprise',
    reason: 'optional',
  },
  respond: { from: ['info_requested'], to: 'resubmitted', party: 'enterprise', reason: 'required' },
  review: { from: ['submitted', 'resubmitted'], to: 'under_review', party: 'officer', reason: 'optional' },
  request_info: { from: ['under_review'], to: 'info_requested', party: 'officer', reason: 'required' },
  approve: { from: ['under_review'], to: 'approved', party: 'officer', reason: 'required' },
  reject: { from: ['under_review'], to: 'rejected', party: 'officer', reason: 'required' },
  pay: { from: ['approved'], to: 'paid', party: 'officer', reason: 'optional' },
};

/** Reads a reason or other free text (line breaks allowed): trimmed, NFC, without control or bidi characters. */
export function readText(value: unknown, field: string, max = MAX_TEXT, required = true): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) throw new ValidationError(field, interpolate(APPLICATION_MESSAGES.text_required, { max }));
    return null;
  }
  if (typeof value !== 'string' || value.length > max)
    throw new ValidationError(field, interpolate(APPLICATION_MESSAGES.text_required, { max }));
  const unsafe = textProblem(value.replace(/\r?\n|\t/g, ' '), field);
  if (unsafe) throw new ValidationError(field, unsafe.message);
  return cleanText(value);
}

function partyOf(scope: Scope): 'enterprise' | 'officer' | undefined {
  checkScope(scope);
  if ('enterpriseId' in scope) return 'enterprise';
  if ('all' in scope || 'regionPrefix' in scope) return 'officer';
  return undefined;
}

interface Row {
  id: string;
  enterprise_id: string;
  name: string;
  region_code: string;
  measure: string;
  year: unknown;
  form_values: unknown;
  status: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  due_date: string | null;
  due_estimated: unknown;
  info_request: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  decision_advice: unknown;
  approved_amount_fen: unknown;
  paid_amount_fen: unknown;
  paid_at: string | null;
  version: unknown;
}

function fromRow(r: Row): Application {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.name,
    regionCode: r.region_code,
    measure: r.measure,
    year: toInt(r.year),
    values: fromJson(r.form_values),
    status: r.status as ApplicationStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    dueDate: r.due_date,
    dueEstimated: Boolean(toInt(r.due_estimated)),
    infoRequest: r.info_request,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
    decisionAdvice: r.decision_advice === null || r.decision_advice === undefined ? null : fromJson(r.decision_advice),
    approvedAmountFen: toIntOrNull(r.approved_amount_fen),
    paidAmountFen: toIntOrNull(r.paid_amount_fen),
    paidAt: r.paid_at,
    version: toInt(r.version),
  };
}

const bad = (status: ApplicationStatus, action: ApplicationAction) =>
  new ConflictError(`application is ${status}: cannot ${action}`, {
    reason: 'transition',
    status,
    action,
    messages: withStatus(APPLICATION_MESSAGES.bad_transition, status, action),
  });

function withStatus(template: Labels, status: ApplicationStatus, action: ApplicationAction): Labels {
  const out = { 'zh-CN': '', ko: '', en: '' };
  for (const lang of ['zh-CN', 'ko', 'en'] as const)
    out[lang] = interpolate(template, { status: STATUS_LABELS[status][lang], action: ACTION_LABELS[action][lang] })[lang];
  return out;
}

function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2012 || year > 2100)
    throw new ValidationError('year', APPLICATION_MESSAGES.bad_year);
  return year;
}

function checkValues(
  measure: string,
  values: Readonly<Record<string, unknown>>,
  complete: boolean,
): Record<string, string | number | boolean> {
  const read = readApplicationValues(measure, values ?? {}, { complete });
  if ('problems' in read) {
    const [first] = read.problems;
    throw new ValidationError(first.field === 'measure' ? 'measure' : `values.${first.field}`, first.message);
  }
  return read.values;
}

export class ApplicationRepository {
  constructor(private readonly ctx: StoreContext) {}

  private query(db: StoreContext['db'], scope: Scope) {
    return db
      .selectFrom('applications as a')
      .innerJoin('enterprises as e', 'e.id', 'a.enterprise_id')
      .select([
        'a.id',
        'a.enterprise_id',
        'e.name',
        'e.region_code',
        'a.measure',
        'a.year',
        'a.form_values',
        'a.status',
        'a.created_at',
        'a.updated_at',
        'a.submitted_at',
        'a.due_date',
        'a.due_estimated',
        'a.info_request',
        'a.decided_by',
        'a.decided_at',
        'a.decision_reason',
        'a.decision_advice',
        'a.approved_amount_fen',
        'a.paid_amount_fen',
        'a.paid_at',
        'a.version',
      ])
      .where(scopeCondition(scope, 'e', 'id'));
  }

  /**
   * A draft for the enterprise of an enterprise scope: measure (one open to applications), year and the form's
   * values (each checked as the engine reads it; required ones only at submission). Audited.
   * @example await store.applications.create({ measure: 'gf2012-14/26', year: 2026, values: { premises_rent: '60000' } }, { actor, scope: { enterpriseId: 'E1' } })
   */
  async create(
    input: { measure: string; year: number; values: Readonly<Record<string, unknown>> },
    options: Options,
  ): Promise<Application> {
    const scope = checkScope(options.scope);
    if (!('enterpriseId' in scope)) throw new NotFoundError('enterprise', '');
    if (applicationMeasure(input.measure) === undefined)
      throw new ValidationError('measure', interpolate(FORM_MESSAGES.not_a_measure, { measure: String(input.measure) }));
    const year = checkYear(input.year);
    const values = checkValues(input.measure, input.values, false);
    return inTransaction(this.ctx, async (tx) => {
      const enterprise = await new EnterpriseRepository(tx).get(scope.enterpriseId, { scope });
      const at = options.at ?? nowIso();
      const row = {
        id: randomUUID(),
        enterprise_id: enterprise.id,
        region_code: enterprise.regionCode,
        measure: input.measure,
        year,
        form_values: toJson(values),
        status: 'draft',
        created_by: options.actor,
        created_at: at,
        updated_at: at,
        submitted_at: null,
        due_date: null,
        due_estimated: 0,
        info_request: null,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        decision_advice: null,
        approved_amount_fen: null,
        paid_amount_fen: null,
        paid_at: null,
        version: 1,
      };
      await tx.db.insertInto('applications').values(row).execute();
      await this.event(tx, row.id, 1, options, 'enterprise', null, 'draft', null, at);
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'application.create',
            entityType: 'application',
            entityId: row.id,
            regionCode: enterprise.regionCode,
            after: { enterpriseId: enterprise.id, measure: input.measure, year, values },
          },
        ],
        at,
      );
      return fromRow({ ...row, name: enterprise.name });
    });
  }

  /** Changes the values of a draft or of an application asked for more information (the enterprise's own). */
  async update(id: string, values: Readonly<Record<string, unknown>>, options: Options): Promise<Application> {
    return inTransaction(this.ctx, async (tx) => {
      const app = await this.lock(tx, id, options.scope);
      if (partyOf(options.scope) !== 'enterprise') throw new NotFoundError('application', id);
      if (app.status !== 'draft' && app.status !== 'info_requested') throw new ValidationError('status', APPLICATION_MESSAGES.not_editable);
      const checked = checkValues(app.measure, values, false);
      const at = options.at ?? nowIso();
      await this.write(tx, app, { form_values: toJson(checked), updated_at: at });
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'application.update',
            entityType: 'application',
            entityId: id,
            regionCode: app.regionCode,
            before: { values: app.values },
            after: { values: checked },
          },
        ],
        at,
      );
      return { ...app, values: checked, updatedAt: at, version: app.version + 1 };
    });
  }

  /**
   * Moves an application by `action` (see the diagram above): only from the states the action leaves, only by
   * its party (an enterprise scope for submit / withdraw / respond; a region or everything for the others —
   * another party finds nothing), with the reason where one is required. `advice` is stored with a decision
   * (the engine's answer the reviewer saw); `amountFen` with an approval (approved) or a payment (paid).
   */
  async transition(
    id: string,
    action: Exclude<ApplicationAction, 'update'>,
    options: Options & { reason?: string | null; advice?: unknown; amountFen?: number | null },
  ): Promise<Application> {
    const rule = TRANSITIONS[action];
    if (partyOf(options.scope) !== rule.party) throw new NotFoundError('application', id);
    const reason = readText(options.reason, 'reason', MAX_TEXT, rule.reason === 'required');
    const amount = options.amountFen;
    if (amount !== undefined && amount !== null && (!Number.isSafeInteger(amount) || amount < 0))
      throw new ValidationError('amount', APPLICATION_MESSAGES.bad_amount);
    return inTransaction(this.ctx, async (tx) => {
      const app = await this.lock(tx, id, options.scope);
      if (!rule.from.includes(app.status)) throw bad(app.status, action);
      const at = options.at ?? nowIso();
      const patch: Record<string, unknown> = { status: rule.to, updated_at: at };
      if (action === 'submit') {
        const values = checkValues(app.measure, app.values, true);
        patch.form_values = toJson(values);
        patch.submitted_at = at;
      }
      if (action === 'submit' || action === 'respond') {
        const measure = applicationMeasure(app.measure);
        const due = addWorkingDays(chinaDay(at), measure?.reviewWorkingDays ?? 20);
        patch.due_date = due.date;
        patch.due_estimated = due.estimated ? 1 : 0;
      }
      if (action === 'request_info') patch.info_request = reason;
      if (action === 'approve' || action === 'reject') {
        patch.decided_by = options.actor;
        patch.decided_at = at;
        patch.decision_reason = reason;
        patch.decision_advice = options.advice === undefined || options.advice === null ? null : toJson(options.advice);
        if (action === 'approve') patch.approved_amount_fen = amount ?? null;
      }
      if (action === 'pay') {
        patch.paid_at = at;
        patch.paid_amount_fen = amount ?? app.approvedAmountFen;
      }
      await this.write(tx, app, patch);
      await this.event(tx, id, app.version + 1, options, rule.party, app.status, rule.to, reason, at);
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: `application.${action}`,
            entityType: 'application',
            entityId: id,
            regionCode: app.regionCode,
            before: { status: app.status },
            after: { status: rule.to, reason, ...(amount !== undefined && amount !== null ? { amountFen: amount } : {}) },
          },
        ],
        at,
      );
      const done = await this.fetch(tx.db, id, options.scope);
      await this.tell(tx, done, action, reason);
      return done;
    });
  }

  /** The enterprise's notice of a request for information, a decision or a payment (issue 14 §3), in this transaction. */
  private async tell(tx: StoreContext, app: Application, action: ApplicationAction, reason: string | null): Promise<void> {
    // The programme by its catalogue name in Chinese, the language of the law (the notice's frame is rendered in the reader's).
    const programme = measureTitle(app.measure)?.['zh-CN'] ?? app.measure;
    const base = { recipients: { enterpriseId: app.enterpriseId }, entityType: 'application', entityId: app.id } as const;
    if (action === 'request_info')
      await notify(tx, { ...base, event: 'application.info_requested', params: { programme, reason: reason ?? '' } });
    else if (action === 'approve' || action === 'reject')
      await notify(tx, {
        ...base,
        event: 'application.decided',
        params: { programme, decision: action === 'approve' ? 'approved' : 'rejected', reason: reason ?? '' },
      });
    else if (action === 'pay')
      await notify(tx, { ...base, event: 'payment.paid', params: { programme, amount: formatMoney(app.paidAmountFen ?? 0) } });
  }

  /** Adds files to a draft or to an application asked for more information (the enterprise's own); all or nothing. */
  async addAttachments(id: string, files: readonly AttachmentFile[], options: Options & { maxBytes: number }): Promise<Attachment[]> {
    return inTransaction(this.ctx, async (tx) => {
      const app = await this.lock(tx, id, options.scope);
      if (partyOf(options.scope) !== 'enterprise') throw new NotFoundError('application', id);
      if (app.status !== 'draft' && app.status !== 'info_requested') throw new ValidationError('status', APPLICATION_MESSAGES.not_editable);
      return storeAttachments(tx, { type: 'application', id, enterpriseId: app.enterpriseId, regionCode: app.regionCode }, files, {
        actor: options.actor,
        maxBytes: options.maxBytes,
      });
    });
  }

  /** One attachment with its bytes, within `scope` (NotFoundError otherwise). */
  async attachment(id: string, attachmentId: string, options: { scope: Scope }): Promise<{ attachment: Attachment; bytes: Uint8Array }> {
    const db = readerOf(this.ctx);
    await this.fetch(db, id, options.scope);
    const found = await readAttachment(db, 'application', id, attachmentId);
    if (found === undefined) throw new NotFoundError('attachment', attachmentId);
    return found;
  }

  /** One application within `scope` with its history and attachments. */
  async get(id: string, options: { scope: Scope }): Promise<ApplicationDetail> {
    const db = readerOf(this.ctx);
    const app = await this.fetch(db, id, options.scope);
    const events = await db
      .selectFrom('application_events')
      .select(['at', 'actor', 'actor_role', 'from_status', 'to_status', 'reason'])
      .where('application_id', '=', id)
      .orderBy('seq')
      .execute();
    return {
      ...app,
      events: events.map((e) => ({
        at: e.at,
        actor: e.actor,
        actorRole: e.actor_role,
        fromStatus: e.from_status as ApplicationStatus | null,
        toStatus: e.to_status as ApplicationStatus,
        reason: e.reason,
      })),
      attachments: await listAttachments(db, 'application', id),
    };
  }

  /**
   * Applications within `scope`: an enterprise's own, a region's queue. `overdue`: awaiting review with the
   * deadline passed (today after the due date). Sorted by deadline (soonest first, none last), submission or
   * creation (newest first).
   */
  async list(query: ApplicationQuery): Promise<Application[]> {
    let q = this.query(readerOf(this.ctx), query.scope);
    if (query.status !== undefined) q = q.where('a.status', '=', query.status);
    if (query.measure !== undefined) q = q.where('a.measure', '=', query.measure);
    if (query.overdue === true)
      q = q.where('a.status', 'in', [...AWAITING_REVIEW]).where('a.due_date', '<', query.today ?? chinaDay(new Date()));
    if (query.sort === 'due') q = q.orderBy('a.due_date', (o) => o.asc().nullsLast()).orderBy('a.submitted_at');
    else if (query.sort === 'submitted') q = q.orderBy('a.submitted_at', (o) => o.desc().nullsLast());
    else q = q.orderBy('a.created_at', 'desc');
    const rows = await q
      .orderBy('a.id')
      .limit(Math.min(Math.max(query.limit ?? 500, 1), 1000))
      .execute();
    return rows.map((r) => fromRow(r as Row));
  }

  private async fetch(db: StoreContext['db'], id: string, scope: Scope): Promise<Application> {
    const row = await this.query(db, scope).where('a.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('application', id);
    return fromRow(row as Row);
  }

  private async lock(tx: StoreContext, id: string, scope: Scope): Promise<Application> {
    let q = this.query(tx.db, scope).where('a.id', '=', id);
    if (tx.dialect === 'postgres') q = q.forUpdate('a');
    const row = await q.executeTakeFirst();
    if (!row) throw new NotFoundError('application', id);
    return fromRow(row as Row);
  }

  private async write(tx: StoreContext, app: Application, patch: Record<string, unknown>): Promise<void> {
    const done = await tx.db
      .updateTable('applications')
      .set({ ...patch, version: app.version + 1 })
      .where('id', '=', app.id)
      .where('version', '=', app.version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new ConflictError(`application '${app.id}' changed meanwhile`, {
        id: app.id,
        reason: 'changed',
        messages: APPLICATION_MESSAGES.changed_meanwhile,
      });
  }

  private async event(
    tx: StoreContext,
    applicationId: string,
    seq: number,
    options: Options,
    role: string,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
    reason: string | null,
    at: string,
  ): Promise<void> {
    await tx.db
      .insertInto('application_events')
      .values({
        id: randomUUID(),
        application_id: applicationId,
        seq,
        at,
        actor: options.actor,
        actor_role: role,
        from_status: from,
        to_status: to,
        reason,
      })
      .execute();
  }
}
