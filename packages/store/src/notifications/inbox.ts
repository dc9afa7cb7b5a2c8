/**
 * The inbox (issue 14 §3): a user's own notifications, newest first, with the unread count; marking one, some
 * or all read. Every query is by the user's id: nobody reads another's inbox (a row of another user is "not
 * found"). Notices are written by {@link notify} in the transaction of the change they report.
 */
import type { Labels } from '@xiaowei/engine';
import { writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { NotFoundError } from '../errors.ts';
import type { Page } from '../repositories/enterprises.ts';
import { fromJson, nowIso, toInt } from '../values.ts';
import { type DeadlineScanResult, scanDeadlines } from './deadlines.ts';
import { isNotificationEvent, type NotificationEvent, renderNotification } from './events.ts';
import { type NotifyInput, notify } from './notify.ts';
import { Outbox } from './outbox.ts';
import { NotificationSettingsRepository } from './preferences.ts';

export type EmailState = 'pending' | 'sent' | 'failed' | 'skipped';

export interface Notification {
  readonly id: string;
  readonly userId: string;
  readonly event: NotificationEvent;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly title: Labels;
  readonly body: Labels;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly emailState: EmailState;
  readonly emailAttempts: number;
  readonly emailNextAttemptAt: string | null;
  readonly emailLastError: string | null;
  readonly emailSentAt: string | null;
}

export interface NotificationRow {
  id: string;
  user_id: string;
  event: string;
  entity_type: string;
  entity_id: string | null;
  params: unknown;
  created_at: string;
  read_at: string | null;
  email_state: string;
  email_attempts: unknown;
  email_next_attempt_at: string | null;
  email_last_error: string | null;
  email_sent_at: string | null;
}

const UNKNOWN: Labels = { 'zh-CN': '通知', ko: '알림', en: 'Notification' };

export function notificationFromRow(r: NotificationRow): Notification {
  const params = fromJson<Record<string, unknown>>(r.params);
  // An event code no longer known (a row from a later version) still shows, untitled.
  const text = isNotificationEvent(r.event) ? renderNotification(r.event, params) : { title: UNKNOWN, body: UNKNOWN };
  return {
    id: r.id,
    userId: r.user_id,
    event: r.event as NotificationEvent,
    entityType: r.entity_type,
    entityId: r.entity_id,
    params,
    title: text.title,
    body: text.body,
    createdAt: r.created_at,
    readAt: r.read_at,
    emailState: r.email_state as EmailState,
    emailAttempts: toInt(r.email_attempts),
    emailNextAttemptAt: r.email_next_attempt_at,
    emailLastError: r.email_last_error,
    emailSentAt: r.email_sent_at,
  };
}

export interface InboxQuery {
  readonly unreadOnly?: boolean;
  readonly limit?: number;
  readonly cursor?: string | null;
}

export class NotificationRepository {
  /** Users' e-mail address and choice of events by e-mail (migration 0022). */
  readonly settings: NotificationSettingsRepository;
  /** The e-mail outbox the background sender works through, and the admin's view of it. */
  readonly outbox: Outbox;

  constructor(private readonly ctx: StoreContext) {
    this.settings = new NotificationSettingsRepository(ctx);
    this.outbox = new Outbox(ctx);
  }

  /** See {@link scanDeadlines}: notifies the registered sources' items due within the window. */
  scanDeadlines(today: string, withinWorkingDays: number): Promise<DeadlineScanResult> {
    return scanDeadlines(this.ctx, today, withinWorkingDays);
  }

  /** See {@link notify}: inbox rows for the recipients, in this repository's transaction. */
  notify<E extends NotificationEvent>(input: NotifyInput<E>): Promise<string[]> {
    return inTransaction(this.ctx, (tx) => notify(tx, input));
  }

  /** The user's notifications, newest first, a page at a time, and how many are unread. */
  async list(userId: string, query: InboxQuery = {}): Promise<Page<Notification> & { unread: number }> {
    const limit = pageSize(query.limit, 200);
    const db = readerOf(this.ctx);
    let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
    if (query.unreadOnly === true) q = q.where('read_at', 'is', null);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor);
      q = q.where((eb) =>
        eb.or([eb('created_at', '<', String(at)), eb.and([eb('created_at', '=', String(at)), eb('id', '<', String(id))])]),
      );
    }
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((r) => notificationFromRow(r as NotificationRow));
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
      unread: await this.unreadCount(userId),
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await readerOf(this.ctx)
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return toInt(row.n);
  }

  /** One of the user's notifications, or NotFoundError (another user's alike). */
  async get(userId: string, id: string): Promise<Notification> {
    const row = await readerOf(this.ctx)
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('notification', id);
    return notificationFromRow(row as NotificationRow);
  }

  /**
   * Marks the user's notifications `ids` read (already read ones keep their time); an id that is not the
   * user's is NotFoundError and nothing changes. Returns the unread count after.
   */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    return inTransaction(this.ctx, async (tx) => {
      const unique = [...new Set(ids)];
      if (unique.length > 0) {
        const own = await tx.db.selectFrom('notifications').select('id').where('user_id', '=', userId).where('id', 'in', unique).execute();
        const found = new Set(own.map((r) => r.id));
        const missing = unique.find((id) => !found.has(id));
        if (missing !== undefined) throw new NotFoundError('notification', missing);
        const at = nowIso();
        const done = await tx.db
          .updateTable('notifications')
          .set({ read_at: at })
          .where('user_id', '=', userId)
          .where('id', 'in', unique)
          .where('read_at', 'is', null)
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) > 0)
          await writeAudit(tx, userId, [{ action: 'notification.read', entityType: 'user', entityId: userId, after: { ids: unique } }], at);
      }
      return new NotificationRepository(tx).unreadCount(userId);
    });
  }

  /** Marks all the user's notifications read; returns how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    return inTransaction(this.ctx, async (tx) => {
      const at = nowIso();
      const done = await tx.db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      const n = Number(done.numUpdatedRows);
      if (n > 0)
        await writeAudit(tx, userId, [{ action: 'notification.read_all', entityType: 'user', entityId: userId, after: { count: n } }], at);
      return n;
    });
  }
}
