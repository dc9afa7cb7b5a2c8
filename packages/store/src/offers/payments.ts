/**
 * Payment batches (issue 13 §3): an officer gathers a programme's payable offers (published, the publicity
 * over, no open objection; or failed before) into a batch; another officer or an admin approves it; the
 * approved batch is exported for the treasury; each line's result is recorded — paid (the enterprise sees the
 * date) or failed with a reason, after which the offer goes into a later batch or is cancelled (its budget
 * returns to the queue). Every step audited.
 */
import { randomUUID } from 'node:crypto';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { PaymentBatchesTable } from '../schema.ts';
import type { Scope } from '../scope.ts';
import { nowIso, toInt } from '../values.ts';
import { allocate, lockProgramme } from './budget.ts';
import { OFFER_MESSAGES } from './offer-messages.ts';
import { noticePayment } from './offer-notices.ts';
import { programmeInScope } from './programmes.ts';

export interface PaymentLine {
  readonly offerId: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly creditCode: string | null;
  readonly reference: string;
  readonly amountFen: number;
  readonly accountName: string;
  readonly bankName: string;
  readonly accountNumber: string;
  readonly result: 'pending' | 'paid' | 'failed';
  readonly resultAt: string | null;
  readonly failureReason: string | null;
}

export interface PaymentBatch {
  readonly id: string;
  readonly programmeId: string;
  readonly programmeName: string;
  readonly status: 'draft' | 'approved' | 'closed';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  readonly totalFen: number;
  readonly lines: readonly PaymentLine[];
}

type BatchScope = WriteOptions & { scope: Scope };

export class PaymentRepository {
  constructor(private readonly ctx: StoreContext) {}

  private async programmeIn(ctx: StoreContext, programmeId: string, scope: Scope) {
    const p = await readerOf(ctx)
      .selectFrom('programmes')
      .select(['id', 'name', 'region_code'])
      .where('id', '=', programmeId)
      .where(programmeInScope(scope))
      .executeTakeFirst();
    if (p === undefined) throw new NotFoundError('programme', programmeId);
    return p;
  }

  /** The offers of the programme that can be paid now. */
  private async payableIds(ctx: StoreContext, programmeId: string, now: string) {
    return readerOf(ctx)
      .selectFrom('offers as o')
      .select(['o.id', 'o.amount_fen', 'o.account_name', 'o.bank_name', 'o.account_number', 'o.region_code', 'o.status'])
      .where('o.programme_id', '=', programmeId)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('o.status', '=', 'published'),
            eb('o.publicity_ends_at', '<=', now),
            eb.not(
              eb.exists(
                eb.selectFrom('offer_objections as j').select('j.id').whereRef('j.offer_id', '=', 'o.id').where('j.status', '=', 'open'),
              ),
            ),
          ]),
          eb('o.status', '=', 'failed'),
        ]),
      )
      .orderBy('o.eligible_at')
      .orderBy('o.id')
      .execute();
  }

  /** How many offers of the programme are payable now, and their total. */
  async payable(programmeId: string, options: { scope: Scope; now?: string }): Promise<{ count: number; totalFen: number }> {
    await this.programmeIn(this.ctx, programmeId, options.scope);
    const rows = await this.payableIds(this.ctx, programmeId, options.now ?? nowIso());
    return { count: rows.length, totalFen: rows.reduce((s, r) => s + toInt(r.amount_fen), 0) };
  }

  /** Creates a draft batch of every payable offer of the programme. */
  async create(programmeId: string, options: BatchScope & { now?: string }): Promise<PaymentBatch> {
    return inTransaction(this.ctx, async (tx) => {
      const p = await this.programmeIn(tx, programmeId, options.scope);
      await lockProgramme(tx, programmeId);
      const at = options.now ?? nowIso();
      const rows = await this.payableIds(tx, programmeId, at);
      if (rows.length === 0) throw new ValidationError('programme', OFFER_MESSAGES.nothingPayable);
      const id = randomUUID();
      const total = rows.reduce((s, r) => s + toInt(r.amount_fen), 0);
      await tx.db
        .insertInto('payment_batches')
        .values({
          id,
          programme_id: programmeId,
          status: 'draft',
          created_by: options.actor,
          created_at: at,
          approved_by: null,
          approved_at: null,
          total_fen: total,
        })
        .execute();
      const short = id.slice(0, 8).toUpperCase();
      let n = 0;
      for (const r of rows) {
        n++;
        await tx.db
          .insertInto('payment_lines')
          .values({
            batch_id: id,
            offer_id: r.id,
            reference: `XW-${short}-${String(n).padStart(5, '0')}`,
            amount_fen: toInt(r.amount_fen),
            account_name: r.account_name ?? '',
            bank_name: r.bank_name ?? '',
            account_number: r.account_number ?? '',
            result: 'pending',
            result_at: null,
            failure_reason: null,
          })
          .execute();
      }
      for (let i = 0; i < rows.length; i += 900) {
        await tx.db
          .updateTable('offers')
          .set({ status: 'in_batch', failure_reason: null, updated_at: at })
          .where(
            'id',
            'in',
            rows.slice(i, i + 900).map((r) => r.id),
          )
          .execute();
      }
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'payment_batch.create',
            entityType: 'payment_batch',
            entityId: id,
            regionCode: p.region_code,
            after: { programmeId, lines: rows.length, totalFen: total },
          },
          ...rows.map((r) => ({
            action: 'offer.batch',
            entityType: 'offer',
            entityId: r.id,
            regionCode: r.region_code,
            before: { status: r.status },
            after: { status: 'in_batch', batchId: id },
          })),
        ],
        at,
      );
      return this.getIn(tx, id, options.scope);
    });
  }

  /** Approves a draft batch: by someone other than its creator, unless `asAdmin`. */
  async approve(id: string, options: BatchScope & { asAdmin?: boolean }): Promise<PaymentBatch> {
    return inTransaction(this.ctx, async (tx) => {
      const b = await this.getIn(tx, id, options.scope);
      if (b.status !== 'draft') throw new ValidationError('status', OFFER_MESSAGES.batchNotDraft);
      if (b.createdBy === options.actor && !options.asAdmin) throw new ValidationError('approved_by', OFFER_MESSAGES.approverIsCreator);
      const at = nowIso();
      await tx.db
        .updateTable('payment_batches')
        .set({ status: 'approved', approved_by: options.actor, approved_at: at })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'payment_batch.approve',
            entityType: 'payment_batch',
            entityId: id,
            before: { status: 'draft' },
            after: { status: 'approved' },
          },
        ],
        at,
      );
      return this.getIn(tx, id, options.scope);
    });
  }

  /** An approved batch as the treasury file takes it; the export is audited. */
  async export(id: string, format: 'xlsx' | 'csv', options: BatchScope): Promise<PaymentBatch> {
    return inTransaction(this.ctx, async (tx) => {
      const b = await this.getIn(tx, id, options.scope);
      if (b.status === 'draft') throw new ValidationError('status', OFFER_MESSAGES.batchNotApproved);
      await writeAudit(tx, options.actor, [
        {
          action: 'payment_batch.export',
          entityType: 'payment_batch',
          entityId: id,
          after: { format, lines: b.lines.length, totalFen: b.totalFen },
        },
      ]);
      return b;
    });
  }

  /** Records one line's result: paid on `paidOn` (default now), or failed with a reason. The batch closes with its last result. */
  async recordResult(
    id: string,
    offerId: string,
    result: { outcome: 'paid' | 'failed'; reason?: string | null; paidAt?: string },
    options: BatchScope,
  ): Promise<PaymentBatch> {
    const reason = result.outcome === 'failed' ? (result.reason ?? '').trim() : null;
    if (reason !== null && (reason === '' || reason.length > 500)) throw new ValidationError('reason', OFFER_MESSAGES.failureReason);
    return inTransaction(this.ctx, async (tx) => {
      const b = await this.getIn(tx, id, options.scope);
      if (b.status !== 'approved') throw new ValidationError('status', OFFER_MESSAGES.batchNotApproved);
      const line = b.lines.find((l) => l.offerId === offerId);
      if (line === undefined) throw new NotFoundError('payment line', offerId);
      if (line.result !== 'pending') throw new ValidationError('offer_id', OFFER_MESSAGES.lineDecided);
      const at = nowIso();
      const paidAt = result.paidAt ?? at;
      await tx.db
        .updateTable('payment_lines')
        .set({ result: result.outcome, result_at: at, failure_reason: reason })
        .where('batch_id', '=', id)
        .where('offer_id', '=', offerId)
        .execute();
      await tx.db
        .updateTable('offers')
        .set(
          result.outcome === 'paid'
            ? { status: 'paid', paid_at: paidAt, updated_at: at }
            : { status: 'failed', failure_reason: reason, updated_at: at },
        )
        .where('id', '=', offerId)
        .execute();
      await noticePayment(tx, b.programmeName, { id: offerId, enterpriseId: line.enterpriseId, amountFen: line.amountFen }, reason);
      const closes = b.lines.every((l) => l.offerId === offerId || l.result !== 'pending');
      if (closes) await tx.db.updateTable('payment_batches').set({ status: 'closed' }).where('id', '=', id).execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: `payment.${result.outcome}`,
            entityType: 'offer',
            entityId: offerId,
            before: { status: 'in_batch' },
            after: {
              status: result.outcome,
              batchId: id,
              reference: line.reference,
              reason,
              ...(result.outcome === 'paid' ? { paidAt } : {}),
            },
          },
          ...(closes
            ? [
                {
                  action: 'payment_batch.close',
                  entityType: 'payment_batch',
                  entityId: id,
                  before: { status: 'approved' },
                  after: { status: 'closed' },
                },
              ]
            : []),
        ],
        at,
      );
      return this.getIn(tx, id, options.scope);
    });
  }

  /** Cancels a failed offer's payment: closed for good, its budget back to the queue. */
  async cancel(offerId: string, options: BatchScope): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const o = await tx.db
        .selectFrom('offers')
        .innerJoin('programmes', 'programmes.id', 'offers.programme_id')
        .select(['offers.id', 'offers.status', 'offers.programme_id', 'offers.region_code'])
        .where('offers.id', '=', offerId)
        .where(programmeInScope(options.scope))
        .executeTakeFirst();
      if (o === undefined) throw new NotFoundError('offer', offerId);
      await lockProgramme(tx, o.programme_id);
      const current = await tx.db.selectFrom('offers').select('status').where('id', '=', offerId).executeTakeFirstOrThrow();
      if (current.status !== 'failed') throw new ValidationError('status', OFFER_MESSAGES.notFailed);
      const at = nowIso();
      await tx.db
        .updateTable('offers')
        .set({ status: 'cancelled', closed_at: at, closed_reason: 'payment_cancelled', updated_at: at })
        .where('id', '=', offerId)
        .execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'offer.cancel',
            entityType: 'offer',
            entityId: offerId,
            regionCode: o.region_code,
            before: { status: 'failed' },
            after: { status: 'cancelled' },
          },
        ],
        at,
      );
      await allocate(tx, o.programme_id, options.actor);
    });
  }

  async get(id: string, options: { scope: Scope }): Promise<PaymentBatch> {
    return this.getIn(this.ctx, id, options.scope);
  }

  private async getIn(ctx: StoreContext, id: string, scope: Scope): Promise<PaymentBatch> {
    const b = (await readerOf(ctx)
      .selectFrom('payment_batches')
      .innerJoin('programmes', 'programmes.id', 'payment_batches.programme_id')
      .selectAll('payment_batches')
      .select('programmes.name as programme_name')
      .where('payment_batches.id', '=', id)
      .where(programmeInScope(scope))
      .executeTakeFirst()) as (PaymentBatchesTable & { programme_name: string }) | undefined;
    if (b === undefined) throw new NotFoundError('payment batch', id);
    const lines = await readerOf(ctx)
      .selectFrom('payment_lines as l')
      .innerJoin('offers as o', 'o.id', 'l.offer_id')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .selectAll('l')
      .select(['o.enterprise_id', 'e.name', 'e.credit_code'])
      .where('l.batch_id', '=', id)
      .orderBy('l.reference')
      .execute();
    return {
      id: b.id,
      programmeId: b.programme_id,
      programmeName: b.programme_name,
      status: b.status as PaymentBatch['status'],
      createdBy: b.created_by,
      createdAt: b.created_at,
      approvedBy: b.approved_by,
      approvedAt: b.approved_at,
      totalFen: toInt(b.total_fen),
      lines: lines.map((l) => ({
        offerId: l.offer_id,
        enterpriseId: l.enterprise_id,
        enterpriseName: l.name,
        creditCode: l.credit_code,
        reference: l.reference,
        amountFen: toInt(l.amount_fen),
        accountName: l.account_name,
        bankName: l.bank_name,
        accountNumber: l.account_number,
        result: l.result as PaymentLine['result'],
        resultAt: l.result_at,
        failureReason: l.failure_reason,
      })),
    };
  }

  /** The batches within the scope, newest first (without their lines' detail: `lines` empty). */
  async list(options: { scope: Scope; programmeId?: string }): Promise<Omit<PaymentBatch, 'lines'>[]> {
    let q = readerOf(this.ctx)
      .selectFrom('payment_batches')
      .innerJoin('programmes', 'programmes.id', 'payment_batches.programme_id')
      .selectAll('payment_batches')
      .select('programmes.name as programme_name')
      .where(programmeInScope(options.scope));
    if (options.programmeId !== undefined) q = q.where('payment_batches.programme_id', '=', options.programmeId);
    const rows = (await q.orderBy('payment_batches.created_at', 'desc').limit(500).execute()) as (PaymentBatchesTable & {
      programme_name: string;
    })[];
    return rows.map((b) => ({
      id: b.id,
      programmeId: b.programme_id,
      programmeName: b.programme_name,
      status: b.status as PaymentBatch['status'],
      createdBy: b.created_by,
      createdAt: b.created_at,
      approvedBy: b.approved_by,
      approvedAt: b.approved_at,
      totalFen: toInt(b.total_fen),
    }));
  }
}
