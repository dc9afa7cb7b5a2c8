/**
 * Offers as people handle them (issue 13 §3): the enterprise reads its offers with the "why" and confirms one
 * with the bank account to pay (nothing it gave before is asked again); the officer publishes the confirmed
 * offers of a programme (公示) for its days; during them an enterprise, or anyone leaving a contact, can object,
 * and the officer upholds (the offer is withdrawn, its budget goes to the queue) or dismisses. Every change is
 * audited in its transaction; reads and decisions are scoped in SQL (another enterprise's offer is not found).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type AuditEntry, type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { OfferObjectionsTable } from '../schema.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { fromJson, nowIso, toInt } from '../values.ts';
import { allocate, lockProgramme } from './budget.ts';
import { OFFER_MESSAGES } from './offer-messages.ts';
import { noticeObjection, noticeWithdrawn } from './offer-notices.ts';
import type { OfferStatus } from './offer-status.ts';
import { programmeInScope } from './programmes.ts';
import type { OfferTrace } from './sync-offers.ts';

export interface Offer {
  readonly id: string;
  readonly programmeId: string;
  readonly programmeName: string;
  readonly department: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly creditCode: string | null;
  readonly regionCode: string;
  readonly year: number;
  readonly measure: string;
  readonly amountFen: number;
  readonly promisedFen: number;
  readonly status: OfferStatus;
  readonly trace: OfferTrace;
  readonly eligibleAt: string;
  readonly confirmedAt: string | null;
  readonly reservedAt: string | null;
  readonly publishedAt: string | null;
  readonly publicityEndsAt: string | null;
  readonly paidAt: string | null;
  readonly closedAt: string | null;
  readonly closedReason: string | null;
  readonly failureReason: string | null;
  readonly account: { readonly accountName: string; readonly bankName: string; readonly accountNumber: string } | null;
}

export interface BankAccountInput {
  readonly accountName: string;
  readonly bankName: string;
  readonly accountNumber: string;
}

export interface Objection {
  readonly id: string;
  readonly offerId: string;
  readonly programmeId: string;
  readonly enterpriseName: string;
  readonly creditCode: string | null;
  readonly regionCode: string;
  readonly filedBy: string | null;
  readonly contact: string | null;
  readonly reason: string;
  readonly status: 'open' | 'upheld' | 'dismissed';
  readonly filedAt: string;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
}

/** A published offer as the public page shows it (name, credit code, amount, the dates). */
export interface PublicityEntry {
  readonly offerId: string;
  readonly enterpriseName: string;
  readonly creditCode: string | null;
  readonly amountFen: number;
  readonly publishedAt: string;
  readonly publicityEndsAt: string;
  readonly open: boolean;
}

const CLEAN = (s: unknown, max: number): string | undefined => {
  if (typeof s !== 'string') return undefined;
  const t = s.trim().normalize('NFC');
  return t === '' || t.length > max || /[\p{Cc}\p{Cf}]/u.test(t) ? undefined : t;
};

/** The bank account checked: names present, the number 8–30 digits (spaces dropped). */
export function checkBankAccount(input: BankAccountInput): BankAccountInput {
  const accountName = CLEAN(input.accountName, 100);
  if (accountName === undefined) throw new ValidationError('account_name', OFFER_MESSAGES.accountName);
  const bankName = CLEAN(input.bankName, 100);
  if (bankName === undefined) throw new ValidationError('bank_name', OFFER_MESSAGES.bankName);
  const number = typeof input.accountNumber === 'string' ? input.accountNumber.replace(/[ \u3000]/g, '') : '';
  if (!/^\d{8,30}$/.test(number)) throw new ValidationError('account_number', OFFER_MESSAGES.accountNumber);
  return { accountName, bankName, accountNumber: number };
}

type OfferRow = Record<string, unknown> & { id: string };

const OFFER_SELECT = [
  'o.id',
  'o.programme_id',
  'p.name as programme_name',
  'p.department',
  'o.enterprise_id',
  'e.name as enterprise_name',
  'e.credit_code',
  'o.region_code',
  'o.year',
  'o.measure',
  'o.amount_fen',
  'o.promised_fen',
  'o.status',
  'o.trace',
  'o.eligible_at',
  'o.confirmed_at',
  'o.reserved_at',
  'o.published_at',
  'o.publicity_ends_at',
  'o.paid_at',
  'o.closed_at',
  'o.closed_reason',
  'o.failure_reason',
  'o.account_name',
  'o.bank_name',
  'o.account_number',
] as const;

function offerOf(r: OfferRow): Offer {
  const s = (k: string) => r[k] as string;
  const n = (k: string) => (r[k] ?? null) as string | null;
  return {
    id: r.id,
    programmeId: s('programme_id'),
    programmeName: s('programme_name'),
    department: s('department'),
    enterpriseId: s('enterprise_id'),
    enterpriseName: s('enterprise_name'),
    creditCode: n('credit_code'),
    regionCode: s('region_code'),
    year: toInt(r.year),
    measure: s('measure'),
    amountFen: toInt(r.amount_fen),
    promisedFen: toInt(r.promised_fen),
    status: s('status') as OfferStatus,
    trace: fromJson<OfferTrace>(r.trace),
    eligibleAt: s('eligible_at'),
    confirmedAt: n('confirmed_at'),
    reservedAt: n('reserved_at'),
    publishedAt: n('published_at'),
    publicityEndsAt: n('publicity_ends_at'),
    paidAt: n('paid_at'),
    closedAt: n('closed_at'),
    closedReason: n('closed_reason'),
    failureReason: n('failure_reason'),
    account:
      r.account_number == null ? null : { accountName: s('account_name'), bankName: s('bank_name'), accountNumber: s('account_number') },
  };
}

function objectionOf(r: OfferObjectionsTable & { enterprise_name: string; credit_code: string | null }): Objection {
  return {
    id: r.id,
    offerId: r.offer_id,
    programmeId: r.programme_id,
    enterpriseName: r.enterprise_name,
    creditCode: r.credit_code,
    regionCode: r.region_code,
    filedBy: r.filed_by,
    contact: r.contact,
    reason: r.reason,
    status: r.status as Objection['status'],
    filedAt: r.filed_at,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
  };
}

/** Days after `at` (ISO) as ISO. */
function plusDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * 86_400_000).toISOString();
}

export class OfferRepository {
  constructor(private readonly ctx: StoreContext) {}

  private query(ctx: StoreContext) {
    return readerOf(ctx)
      .selectFrom('offers as o')
      .innerJoin('programmes as p', 'p.id', 'o.programme_id')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .select([...OFFER_SELECT]);
  }

  /**
   * Offers within the scope (an enterprise: its own), newest first, at most `limit` (1,000); with `department`,
   * only the offers of that department's programmes (a department user's read-only view).
   */
  async list(options: { scope: Scope; programmeId?: string; status?: OfferStatus; limit?: number; department?: string }): Promise<Offer[]> {
    let q = this.query(this.ctx).where(scopeCondition(options.scope, 'o', 'enterprise_id'));
    if (options.department !== undefined) q = q.where('p.department', '=', options.department);
    if (options.programmeId !== undefined) q = q.where('o.programme_id', '=', options.programmeId);
    if (options.status !== undefined) q = q.where('o.status', '=', options.status);
    const rows = await q
      .orderBy('o.eligible_at', 'desc')
      .orderBy('o.id')
      .limit(options.limit ?? 1000)
      .execute();
    return rows.map((r) => offerOf(r as OfferRow));
  }

  /** An offer within the scope (and of a programme of `department` when given); NotFoundError otherwise. */
  async get(id: string, options: { scope: Scope; department?: string }): Promise<Offer> {
    const offer = await this.getIn(this.ctx, id, options.scope);
    if (options.department !== undefined && offer.department !== options.department) throw new NotFoundError('offer', id);
    return offer;
  }

  private async getIn(ctx: StoreContext, id: string, scope: Scope): Promise<Offer> {
    const row = await this.query(ctx)
      .where('o.id', '=', id)
      .where(scopeCondition(scope, 'o', 'enterprise_id'))
      .executeTakeFirst();
    if (row === undefined) throw new NotFoundError('offer', id);
    return offerOf(row as OfferRow);
  }

  /**
   * The enterprise confirms its offer and gives the account to pay. The offer joins the programme's queue and
   * is reserved at once when the budget allows (first eligible first); the programme's row is locked for the
   * whole step, so parallel confirmations cannot overspend.
   */
  async confirm(id: string, account: BankAccountInput, options: WriteOptions & { scope: Scope }): Promise<Offer> {
    const checked = checkBankAccount(account);
    return inTransaction(this.ctx, async (tx) => {
      const first = await this.getIn(tx, id, options.scope);
      await lockProgramme(tx, first.programmeId);
      const offer = await this.getIn(tx, id, options.scope);
      if (offer.status !== 'offered') throw new ValidationError('status', OFFER_MESSAGES.notOffered);
      const at = nowIso();
      await tx.db
        .updateTable('offers')
        .set({
          status: 'waiting',
          confirmed_at: at,
          account_name: checked.accountName,
          bank_name: checked.bankName,
          account_number: checked.accountNumber,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('status', '=', 'offered')
        .execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'offer.confirm',
            entityType: 'offer',
            entityId: id,
            regionCode: offer.regionCode,
            before: { status: offer.status },
            after: { status: 'waiting', bankName: checked.bankName, accountName: checked.accountName },
          },
        ],
        at,
      );
      await allocate(tx, offer.programmeId, options.actor);
      return this.getIn(tx, id, options.scope);
    });
  }

  /** Publishes the programme's confirmed offers for its publicity days (公示); returns how many. */
  async publish(programmeId: string, options: WriteOptions & { scope: Scope; now?: string }): Promise<number> {
    return inTransaction(this.ctx, async (tx) => {
      const p = await tx.db
        .selectFrom('programmes')
        .select(['id', 'publicity_days', 'region_code'])
        .where('id', '=', programmeId)
        .where(programmeInScope(options.scope))
        .executeTakeFirst();
      if (p === undefined) throw new NotFoundError('programme', programmeId);
      await lockProgramme(tx, programmeId);
      const ids = await tx.db
        .selectFrom('offers')
        .select(['id', 'region_code'])
        .where('programme_id', '=', programmeId)
        .where('status', '=', 'confirmed')
        .execute();
      if (ids.length === 0) throw new ValidationError('programme', OFFER_MESSAGES.nothingToPublish);
      const at = options.now ?? nowIso();
      const ends = plusDays(at, toInt(p.publicity_days));
      for (let i = 0; i < ids.length; i += 900) {
        await tx.db
          .updateTable('offers')
          .set({ status: 'published', published_at: at, publicity_ends_at: ends, updated_at: at })
          .where(
            'id',
            'in',
            ids.slice(i, i + 900).map((r) => r.id),
          )
          .execute();
      }
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'programme.publish',
            entityType: 'programme',
            entityId: programmeId,
            regionCode: p.region_code,
            after: { offers: ids.length, publishedAt: at, publicityEndsAt: ends },
          },
          ...ids.map((r) => ({
            action: 'offer.publish',
            entityType: 'offer',
            entityId: r.id,
            regionCode: r.region_code,
            after: { status: 'published', publicityEndsAt: ends },
          })),
        ],
        at,
      );
      return ids.length;
    });
  }

  /** The public page of a programme: its published offers (name, credit code, amount, dates). No sign-in. */
  async publicity(programmeId: string, options: { now?: string } = {}): Promise<PublicityEntry[]> {
    const now = options.now ?? nowIso();
    const rows = await readerOf(this.ctx)
      .selectFrom('offers as o')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .select(['o.id', 'e.name', 'e.credit_code', 'o.amount_fen', 'o.published_at', 'o.publicity_ends_at'])
      .where('o.programme_id', '=', programmeId)
      .where('o.published_at', 'is not', null)
      .where('o.status', 'in', ['published', 'in_batch', 'paid', 'failed'])
      .orderBy('o.published_at', 'desc')
      .orderBy('e.name')
      .limit(5000)
      .execute();
    return rows.map((r) => ({
      offerId: r.id,
      enterpriseName: r.name,
      creditCode: r.credit_code,
      amountFen: toInt(r.amount_fen),
      publishedAt: r.published_at as string,
      publicityEndsAt: r.publicity_ends_at as string,
      open: now < (r.publicity_ends_at as string),
    }));
  }

  /**
   * Files an objection to a published offer during its window: by a signed-in user (`filedBy`) or by anyone
   * giving a contact. The officers of the region see it in their queue.
   */
  async fileObjection(
    offerId: string,
    input: { reason: string; contact?: string | null; filedBy?: string | null },
    options: WriteOptions & { now?: string },
  ): Promise<Objection> {
    const reason = CLEAN(input.reason, 1000);
    if (reason === undefined) throw new ValidationError('reason', OFFER_MESSAGES.objectionReason);
    const contact = input.contact == null || input.contact === '' ? null : CLEAN(input.contact, 200);
    if (contact === undefined || (contact === null && !input.filedBy))
      throw new ValidationError('contact', OFFER_MESSAGES.objectionContact);
    return inTransaction(this.ctx, async (tx) => {
      const o = await tx.db
        .selectFrom('offers')
        .select(['id', 'programme_id', 'region_code', 'status', 'publicity_ends_at'])
        .where('id', '=', offerId)
        .executeTakeFirst();
      if (o === undefined) throw new NotFoundError('offer', offerId);
      const now = options.now ?? nowIso();
      if (o.status !== 'published' || o.publicity_ends_at === null || now >= o.publicity_ends_at)
        throw new ValidationError('offer_id', OFFER_MESSAGES.notInPublicity);
      const row: OfferObjectionsTable = {
        id: randomUUID(),
        offer_id: offerId,
        programme_id: o.programme_id,
        region_code: o.region_code,
        filed_by: input.filedBy ?? null,
        contact,
        reason,
        status: 'open',
        filed_at: now,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
      };
      await tx.db.insertInto('offer_objections').values(row).execute();
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'objection.file', entityType: 'objection', entityId: row.id, regionCode: row.region_code, after: { offerId, reason } }],
        now,
      );
      const filed = await this.objectionIn(tx, row.id, { all: true });
      const programme = await tx.db.selectFrom('programmes').select('name').where('id', '=', o.programme_id).executeTakeFirstOrThrow();
      await noticeObjection(tx, row.id, programme.name, filed.enterpriseName, o.region_code);
      return filed;
    });
  }

  private async objectionIn(ctx: StoreContext, id: string, scope: Scope): Promise<Objection> {
    const row = await this.objectionQuery(ctx, scope).where('j.id', '=', id).executeTakeFirst();
    if (row === undefined) throw new NotFoundError('objection', id);
    return objectionOf(row as OfferObjectionsTable & { enterprise_name: string; credit_code: string | null });
  }

  private objectionQuery(ctx: StoreContext, scope: Scope) {
    return readerOf(ctx)
      .selectFrom('offer_objections as j')
      .innerJoin('offers as o', 'o.id', 'j.offer_id')
      .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
      .selectAll('j')
      .select(['e.name as enterprise_name', 'e.credit_code'])
      .where(scopeCondition(scope, 'o', 'enterprise_id'));
  }

  /** Objections within the region (officers), newest first. */
  async listObjections(options: { scope: Scope; programmeId?: string; status?: Objection['status'] }): Promise<Objection[]> {
    let q = this.objectionQuery(this.ctx, options.scope);
    if (options.programmeId !== undefined) q = q.where('j.programme_id', '=', options.programmeId);
    if (options.status !== undefined) q = q.where('j.status', '=', options.status);
    const rows = await q.orderBy('j.filed_at', 'desc').limit(1000).execute();
    return rows.map((r) => objectionOf(r as OfferObjectionsTable & { enterprise_name: string; credit_code: string | null }));
  }

  /** Decides an objection: upheld withdraws the offer (its budget goes to the queue); dismissed leaves it. */
  async decideObjection(
    id: string,
    decision: 'upheld' | 'dismissed',
    reason: string | null,
    options: WriteOptions & { scope: Scope },
  ): Promise<Objection> {
    return inTransaction(this.ctx, async (tx) => {
      const before = await this.objectionIn(tx, id, options.scope);
      await lockProgramme(tx, before.programmeId);
      const current = await this.objectionIn(tx, id, options.scope);
      if (current.status !== 'open') throw new ValidationError('status', OFFER_MESSAGES.objectionDecided);
      const at = nowIso();
      await tx.db
        .updateTable('offer_objections')
        .set({ status: decision, decided_by: options.actor, decided_at: at, decision_reason: reason })
        .where('id', '=', id)
        .execute();
      const audit: AuditEntry[] = [
        {
          action: `objection.${decision === 'upheld' ? 'uphold' : 'dismiss'}`,
          entityType: 'objection',
          entityId: id,
          regionCode: current.regionCode,
          before: { status: 'open' },
          after: { status: decision, reason },
        },
      ];
      if (decision === 'upheld') {
        const o = await tx.db
          .selectFrom('offers')
          .innerJoin('programmes', 'programmes.id', 'offers.programme_id')
          .select(['offers.status', 'offers.enterprise_id', 'offers.amount_fen', 'programmes.name'])
          .where('offers.id', '=', current.offerId)
          .executeTakeFirstOrThrow();
        if (o.status === 'published') {
          await noticeWithdrawn(
            tx,
            o.name,
            [{ id: current.offerId, enterpriseId: o.enterprise_id, amountFen: toInt(o.amount_fen) }],
            'objection_upheld',
          );
          await tx.db
            .updateTable('offers')
            .set({ status: 'withdrawn', closed_at: at, closed_reason: 'objection_upheld', updated_at: at })
            .where('id', '=', current.offerId)
            .execute();
          audit.push({
            action: 'offer.withdraw',
            entityType: 'offer',
            entityId: current.offerId,
            regionCode: current.regionCode,
            before: { status: 'published' },
            after: { status: 'withdrawn', reason: 'objection_upheld' },
          });
        }
      }
      await writeAudit(tx, options.actor, audit, at);
      if (decision === 'upheld') await allocate(tx, current.programmeId, options.actor);
      return this.objectionIn(tx, id, options.scope);
    });
  }

  /** The programme's budget: total, reserved, remaining, and the queue's length. */
  async budget(
    programmeId: string,
    options: { scope: Scope; department?: string },
  ): Promise<{ budgetFen: number; reservedFen: number; remainingFen: number; waiting: number; waitingFen: number }> {
    const r = await readerOf(this.ctx)
      .selectFrom('programmes')
      .select([
        'budget_fen',
        sql<unknown>`(select coalesce(sum(amount_fen), 0) from offers where programme_id = programmes.id and status in ('confirmed', 'published', 'in_batch', 'paid', 'failed'))`.as(
          'reserved',
        ),
        sql<unknown>`(select count(*) from offers where programme_id = programmes.id and status = 'waiting')`.as('waiting'),
        sql<unknown>`(select coalesce(sum(amount_fen), 0) from offers where programme_id = programmes.id and status = 'waiting')`.as(
          'waiting_fen',
        ),
      ])
      .where('id', '=', programmeId)
      .where(programmeInScope(options.scope, options.department))
      .executeTakeFirst();
    if (r === undefined) throw new NotFoundError('programme', programmeId);
    const budgetFen = toInt(r.budget_fen);
    const reservedFen = toInt(r.reserved);
    return { budgetFen, reservedFen, remainingFen: budgetFen - reservedFen, waiting: toInt(r.waiting), waitingFen: toInt(r.waiting_fen) };
  }
}
