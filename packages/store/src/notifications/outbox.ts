/**
 * The e-mail outbox (issue 14 §3): the notification rows themselves (migration 0017). The background sender
 * takes the rows due, claims each (moves its next attempt on by a lease, so a second sender, or a sender that
 * died mid-send, does not send it twice within the lease), and records the outcome: sent; skipped (the user has
 * no address, does not want this event by e-mail, or is disabled); or a failure, retried at the time the sender
 * chose, or after its retry limit `failed` — listed for the administrator, who may put it back in the queue.
 */
import { sql } from 'kysely';
import { writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { nowIso, toBool, toInt } from '../values.ts';
import { isNotificationEvent } from './events.ts';
import { type EmailState, type Notification, type NotificationRow, notificationFromRow } from './inbox.ts';
import { EMAIL_DEFAULTS } from './preferences.ts';

/** A notification due for e-mail, with what the sender needs of its user. */
export interface OutgoingEmail {
  readonly notification: Notification;
  readonly email: string | null;
  readonly locale: string;
  readonly username: string;
  /** Whether the user wants this event by e-mail (their choice or the default) and is not disabled. */
  readonly wanted: boolean;
}

export interface Delivery extends Notification {
  readonly username: string;
  readonly email: string | null;
}

const MAX_ERROR = 500;

export class Outbox {
  constructor(private readonly ctx: StoreContext) {}

  /** Pending rows whose next attempt is due at `now`, oldest first. */
  async due(now: Date, limit = 50): Promise<OutgoingEmail[]> {
    const rows = await this.ctx.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .leftJoin('notification_preferences as p', (j) => j.onRef('p.user_id', '=', 'n.user_id').onRef('p.event', '=', 'n.event'))
      .selectAll('n')
      .select(['u.email as u_email', 'u.locale as u_locale', 'u.username as u_username', 'u.disabled as u_disabled', 'p.email as p_email'])
      .where('n.email_state', '=', 'pending')
      .where('n.email_next_attempt_at', '<=', now.toISOString())
      .orderBy('n.email_next_attempt_at')
      .orderBy('n.id')
      .limit(limit)
      .execute();
    return rows.map((r) => {
      const n = notificationFromRow(r as unknown as NotificationRow);
      const choice =
        r.p_email === null || r.p_email === undefined
          ? isNotificationEvent(r.event)
            ? EMAIL_DEFAULTS[r.event]
            : false
          : toBool(r.p_email);
      return {
        notification: n,
        email: r.u_email ?? null,
        locale: r.u_locale,
        username: r.u_username,
        wanted: choice && !toBool(r.u_disabled),
      };
    });
  }

  /**
   * Claims a due row for one attempt: true when this caller holds it until `leaseUntil` (another sender's
   * claim, or a row no longer pending, gives false).
   */
  async claim(id: string, seenNextAttemptAt: string | null, leaseUntil: Date): Promise<boolean> {
    let q = this.ctx.db
      .updateTable('notifications')
      .set({ email_next_attempt_at: leaseUntil.toISOString() })
      .where('id', '=', id)
      .where('email_state', '=', 'pending');
    q =
      seenNextAttemptAt === null ? q.where('email_next_attempt_at', 'is', null) : q.where('email_next_attempt_at', '=', seenNextAttemptAt);
    return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
  }

  async markSent(id: string, at = new Date()): Promise<void> {
    await this.ctx.db
      .updateTable('notifications')
      .set({
        email_state: 'sent',
        email_sent_at: at.toISOString(),
        email_attempts: sql<number>`email_attempts + 1`,
        email_next_attempt_at: null,
        email_last_error: null,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Not to be e-mailed (`why`: no address, not wanted, e-mail off): recorded, never retried. */
  async markSkipped(id: string, why: string): Promise<void> {
    await this.ctx.db
      .updateTable('notifications')
      .set({ email_state: 'skipped', email_next_attempt_at: null, email_last_error: why.slice(0, MAX_ERROR) })
      .where('id', '=', id)
      .where('email_state', '=', 'pending')
      .execute();
  }

  /** An attempt failed: retried at `retryAt`, or (null: the retry limit is reached) `failed` for the admin. */
  async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.ctx.db
      .updateTable('notifications')
      .set({
        email_state: retryAt === null ? 'failed' : 'pending',
        email_attempts: sql<number>`email_attempts + 1`,
        email_next_attempt_at: retryAt === null ? null : retryAt.toISOString(),
        email_last_error: error.slice(0, MAX_ERROR),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Deliveries for the administrator: by state (default failed), newest first, with the user. */
  async deliveries(query: { state?: EmailState; limit?: number } = {}): Promise<Delivery[]> {
    const rows = await readerOf(this.ctx)
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .selectAll('n')
      .select(['u.username as u_username', 'u.email as u_email'])
      .where('n.email_state', '=', query.state ?? 'failed')
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(Math.min(Math.max(query.limit ?? 200, 1), 1000))
      .execute();
    return rows.map((r) => ({ ...notificationFromRow(r as unknown as NotificationRow), username: r.u_username, email: r.u_email ?? null }));
  }

  /** One delivery, or NotFoundError. */
  async delivery(id: string): Promise<Delivery> {
    const r = await readerOf(this.ctx)
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .selectAll('n')
      .select(['u.username as u_username', 'u.email as u_email'])
      .where('n.id', '=', id)
      .executeTakeFirst();
    if (!r) throw new NotFoundError('notification', id);
    return { ...notificationFromRow(r as unknown as NotificationRow), username: r.u_username, email: r.u_email ?? null };
  }

  /** Counts of rows per e-mail state (the admin page's summary). */
  async counts(): Promise<Record<EmailState, number>> {
    const rows = await readerOf(this.ctx)
      .selectFrom('notifications')
      .select((eb) => ['email_state', eb.fn.countAll().as('n')])
      .groupBy('email_state')
      .execute();
    const out: Record<EmailState, number> = { pending: 0, sent: 0, failed: 0, skipped: 0 };
    for (const r of rows) out[r.email_state as EmailState] = toInt(r.n);
    return out;
  }

  /** Puts a failed delivery back in the queue, due now, its attempts counted afresh; audited. */
  async retry(id: string, options: { actor: string }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const row = await tx.db
        .selectFrom('notifications')
        .select(['id', 'user_id', 'email_state', 'email_attempts'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new NotFoundError('notification', id);
      if (row.email_state !== 'failed')
        throw new ConflictError(`notification '${id}' is ${row.email_state}, not failed`, {
          id,
          reason: 'not_failed',
          messages: {
            'zh-CN': '只有发送失败的邮件可以重发',
            ko: '발송에 실패한 메일만 다시 보낼 수 있습니다',
            en: 'only a failed e-mail can be sent again',
          },
        });
      const at = nowIso();
      await tx.db
        .updateTable('notifications')
        .set({ email_state: 'pending', email_attempts: 0, email_next_attempt_at: at })
        .where('id', '=', id)
        .execute();
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'notification.email_retry',
            entityType: 'user',
            entityId: row.user_id,
            before: { id, emailState: 'failed', attempts: toInt(row.email_attempts) },
            after: { id, emailState: 'pending' },
          },
        ],
        at,
      );
    });
  }
}
