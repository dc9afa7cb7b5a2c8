/**
 * Correction requests (issue 13 §1): an enterprise asks for a change of its registry data — a field, the
 * year for a year's figure, the proposed value as typed and a reason — checked by the registry's own rules;
 * an officer whose scope holds the enterprise accepts it (the change goes through `enterprises.update` /
 * `upsertYear`, audited and recomputed like any registry change, in the same transaction as the decision) or
 * rejects it with a reason. The enterprise sees the outcome; it never writes the registry itself.
 */
import { randomUUID } from 'node:crypto';
import { interpolate } from '@xiaowei/engine';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { EnterpriseRepository } from '../repositories/enterprises.ts';
import { checkScope, type Scope, scopeCondition } from '../scope.ts';
import { cleanText, textProblem } from '../text.ts';
import { nowIso, toIntOrNull } from '../values.ts';
import { ACCOUNT_MESSAGES } from './account-messages.ts';
import { type CorrectionField, displayValue, isYearField, readCorrection } from './correction-fields.ts';

export type CorrectionStatus = 'pending' | 'accepted' | 'rejected';

export interface CorrectionRequest {
  readonly id: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly regionCode: string;
  readonly field: CorrectionField;
  readonly year: number | null;
  /** The value recorded when the request was made, in text form (money in yuan). */
  readonly currentValue: string | null;
  readonly proposedValue: string;
  readonly reason: string;
  readonly status: CorrectionStatus;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
}

export interface CorrectionInput {
  readonly field: string;
  readonly year?: number | null;
  readonly proposedValue: string;
  readonly reason: string;
}

const MAX_REASON = 1000;

function checkReason(reason: unknown, field: string): string {
  if (typeof reason !== 'string' || reason.trim() === '' || reason.length > MAX_REASON)
    throw new ValidationError(field, ACCOUNT_MESSAGES.reason_required);
  const unsafe = textProblem(reason, field);
  if (unsafe) throw new ValidationError(field, unsafe.message);
  return cleanText(reason);
}

interface Row {
  id: string;
  enterprise_id: string;
  name: string;
  region_code: string;
  field: string;
  year: unknown;
  current_value: string | null;
  proposed_value: string;
  reason: string;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

function fromRow(r: Row): CorrectionRequest {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.name,
    regionCode: r.region_code,
    field: r.field as CorrectionField,
    year: toIntOrNull(r.year),
    currentValue: r.current_value,
    proposedValue: r.proposed_value,
    reason: r.reason,
    status: r.status as CorrectionStatus,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
  };
}

export class CorrectionRequestRepository {
  constructor(private readonly ctx: StoreContext) {}

  private query(db: StoreContext['db'], scope: Scope) {
    // Scoped by the enterprise as it is now (its region may have moved since the request).
    return db
      .selectFrom('correction_requests as c')
      .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
      .select([
        'c.id',
        'c.enterprise_id',
        'e.name',
        'e.region_code',
        'c.field',
        'c.year',
        'c.current_value',
        'c.proposed_value',
        'c.reason',
        'c.status',
        'c.requested_by',
        'c.requested_at',
        'c.decided_by',
        'c.decided_at',
        'c.decision_reason',
      ])
      .where(scopeCondition(scope, 'e', 'id'));
  }

  /**
   * Files a request for enterprise `enterpriseId` (within `scope`), checked by the registry's rules for the
   * field: a bad value is a ValidationError at `proposedValue` (or `field`, `year`, `reason`), nothing stored.
   * @example await store.corrections.create('E1', { field: 'employees', year: 2014, proposedValue: '85', reason: '年报更正' }, { actor, scope: { enterpriseId: 'E1' } })
   */
  async create(enterpriseId: string, input: CorrectionInput, options: WriteOptions & { scope: Scope }): Promise<CorrectionRequest> {
    const change = readCorrection(input.field, input.year, input.proposedValue);
    if ('field' in change && 'message' in change) throw new ValidationError(change.field, change.message);
    const reason = checkReason(input.reason, 'reason');
    const field = input.field as CorrectionField;
    return inTransaction(this.ctx, async (tx) => {
      const enterprise = await new EnterpriseRepository(tx).get(enterpriseId, { scope: options.scope });
      let current: unknown;
      if (isYearField(field)) {
        const year = enterprise.years.find((y) => y.year === input.year);
        if (year === undefined) throw new ValidationError('year', interpolate(ACCOUNT_MESSAGES.year_not_recorded, { year: input.year }));
        current = year[(change as { property: keyof typeof year }).property];
      } else {
        const [key] = Object.keys((change as { patch: object }).patch) as (keyof typeof enterprise)[];
        current = enterprise[key];
      }
      const proposedStored =
        'kind' in change && change.kind === 'year' ? change.value : Object.values((change as { patch: object }).patch)[0];
      if (proposedStored === current) throw new ValidationError('proposedValue', ACCOUNT_MESSAGES.same_value);
      const at = nowIso();
      const row = {
        id: randomUUID(),
        enterprise_id: enterprise.id,
        region_code: enterprise.regionCode,
        field,
        year: isYearField(field) ? (input.year as number) : null,
        current_value: displayValue(field, current),
        proposed_value: input.proposedValue.trim(),
        reason,
        status: 'pending',
        requested_by: options.actor,
        requested_at: at,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
      };
      await tx.db.insertInto('correction_requests').values(row).execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'correction_request.create',
          entityType: 'enterprise',
          entityId: enterprise.id,
          regionCode: enterprise.regionCode,
          after: { requestId: row.id, field, year: row.year, currentValue: row.current_value, proposedValue: row.proposed_value, reason },
        },
      ]);
      return fromRow({ ...row, name: enterprise.name });
    });
  }

  /** Requests within `scope`, newest first (an enterprise scope: its own; a region: its enterprises'). */
  async list(query: { scope: Scope; status?: CorrectionStatus; enterpriseId?: string; limit?: number }): Promise<CorrectionRequest[]> {
    let q = this.query(readerOf(this.ctx), query.scope);
    if (query.status !== undefined) q = q.where('c.status', '=', query.status);
    if (query.enterpriseId !== undefined) q = q.where('c.enterprise_id', '=', query.enterpriseId);
    const rows = await q
      .orderBy('c.requested_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(Math.min(Math.max(query.limit ?? 200, 1), 1000))
      .execute();
    return rows.map((r) => fromRow(r as Row));
  }

  /** One request within `scope`, or NotFoundError (outside the scope alike). */
  async get(id: string, options: { scope: Scope }): Promise<CorrectionRequest> {
    return this.fetch(this.ctx, readerOf(this.ctx), id, options.scope);
  }

  private async fetch(_ctx: StoreContext, db: StoreContext['db'], id: string, scope: Scope): Promise<CorrectionRequest> {
    const row = await this.query(db, scope).where('c.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('correction_request', id);
    return fromRow(row as Row);
  }

  /**
   * Accepts a pending request: re-reads the proposed value by today's rules and applies it through the
   * registry's update path (audited, entitlements recomputed), then records the decision — one transaction.
   * Only a region or national scope decides: an enterprise's own scope finds nothing (NotFoundError).
   */
  async accept(id: string, options: WriteOptions & { scope: Scope; reason?: string | null }): Promise<CorrectionRequest> {
    const scope = deciderScope(options.scope, id);
    const note =
      options.reason === undefined || options.reason === null || options.reason.trim() === ''
        ? null
        : checkReason(options.reason, 'reason');
    return inTransaction(this.ctx, async (tx) => {
      const request = await this.pending(tx, id, scope);
      const change = readCorrection(request.field, request.year, request.proposedValue);
      if ('message' in change) throw new ValidationError('proposedValue', change.message);
      const enterprises = new EnterpriseRepository(tx);
      if (change.kind === 'enterprise') await enterprises.update(request.enterpriseId, change.patch, { actor: options.actor, scope });
      else {
        const detail = await enterprises.get(request.enterpriseId, { scope });
        const year = detail.years.find((y) => y.year === request.year);
        if (year === undefined) throw new ValidationError('year', interpolate(ACCOUNT_MESSAGES.year_not_recorded, { year: request.year }));
        const { enterpriseId: _e, updatedAt: _u, ...figures } = year;
        await enterprises.upsertYear(
          request.enterpriseId,
          { ...figures, [change.property]: change.value },
          { actor: options.actor, scope },
        );
      }
      return this.decide(tx, request, 'accepted', note, options.actor);
    });
  }

  /** Rejects a pending request with a reason (required), audited. */
  async reject(id: string, reason: string, options: WriteOptions & { scope: Scope }): Promise<CorrectionRequest> {
    const scope = deciderScope(options.scope, id);
    const why = checkReason(reason, 'reason');
    return inTransaction(this.ctx, async (tx) => this.decide(tx, await this.pending(tx, id, scope), 'rejected', why, options.actor));
  }

  private async pending(tx: StoreContext, id: string, scope: Scope): Promise<CorrectionRequest> {
    let q = this.query(tx.db, scope).where('c.id', '=', id);
    if (tx.dialect === 'postgres') q = q.forUpdate('c');
    const row = await q.executeTakeFirst();
    if (!row) throw new NotFoundError('correction_request', id);
    const request = fromRow(row as Row);
    if (request.status !== 'pending')
      throw new ConflictError(`correction request '${id}' is ${request.status}`, {
        id,
        reason: 'decided',
        messages: ACCOUNT_MESSAGES.already_decided,
      });
    return request;
  }

  private async decide(
    tx: StoreContext,
    request: CorrectionRequest,
    status: 'accepted' | 'rejected',
    reason: string | null,
    actor: string,
  ): Promise<CorrectionRequest> {
    const at = nowIso();
    const done = await tx.db
      .updateTable('correction_requests')
      .set({ status, decided_by: actor, decided_at: at, decision_reason: reason })
      .where('id', '=', request.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1)
      throw new ConflictError(`correction request '${request.id}' was decided meanwhile`, {
        id: request.id,
        reason: 'decided',
        messages: ACCOUNT_MESSAGES.already_decided,
      });
    await writeAudit(tx, actor, [
      {
        action: `correction_request.${status === 'accepted' ? 'accept' : 'reject'}`,
        entityType: 'enterprise',
        entityId: request.enterpriseId,
        regionCode: request.regionCode,
        before: { requestId: request.id, status: 'pending' },
        after: { requestId: request.id, status, field: request.field, year: request.year, proposedValue: request.proposedValue, reason },
      },
    ]);
    // The enterprise's users are told in the same transaction (issue 14 §3: a decision is notified).
    await notify(tx, {
      event: 'correction.decided',
      recipients: { enterpriseId: request.enterpriseId },
      entityType: 'correction_request',
      entityId: request.id,
      params: { field: request.field, year: request.year, value: request.proposedValue, decision: status, reason },
    });
    return { ...request, status, decidedBy: actor, decidedAt: at, decisionReason: reason };
  }
}

/** Deciding is the registry's (a region or everything), never a party's own: a party scope finds no request. */
function deciderScope(scope: Scope, id: string): Scope {
  checkScope(scope);
  if (!('all' in scope) && !('regionPrefix' in scope)) throw new NotFoundError('correction_request', id);
  return scope;
}
