/**
 * A user's e-mail settings (issue 14 §3): the address (optional, checked) and, per event, whether it comes by
 * e-mail. Defaults: every event by e-mail — each is something the user must act on or is owed (a decision,
 * a payment, a deadline) — so a user who gives an address gets them all until choosing otherwise. Only choices
 * differing from the default are stored.
 */
import type { Labels } from '@xiaowei/engine';
import { writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { boolParam, nowIso, toBool } from '../values.ts';
import { isNotificationEvent, NOTIFICATION_EVENT_CODES, type NotificationEvent } from './events.ts';

export const EMAIL_DEFAULTS: Readonly<Record<NotificationEvent, boolean>> = Object.fromEntries(
  NOTIFICATION_EVENT_CODES.map((e) => [e, true]),
) as Record<NotificationEvent, boolean>;

export interface NotificationSettings {
  readonly userId: string;
  readonly email: string | null;
  /** Every event, with the user's choice or the default. */
  readonly emailEvents: Readonly<Record<NotificationEvent, boolean>>;
}

export interface NotificationSettingsPatch {
  /** An address, or null / '' to stop e-mail. */
  readonly email?: string | null;
  readonly emailEvents?: Readonly<Partial<Record<string, boolean>>>;
}

const BAD_EMAIL: Labels = {
  'zh-CN': '电子邮箱地址无效（例如 name@example.cn）',
  ko: '전자우편 주소가 올바르지 않습니다(예: name@example.cn)',
  en: 'not a valid e-mail address (e.g. name@example.cn)',
};

/**
 * An address as stored (trimmed, the domain in lower case), or a ValidationError at `email`. The form of RFC 5321
 * that mail is actually sent to: a local part without spaces, quotes or angle brackets, a dotted domain, at most
 * 254 characters. Quoted local parts and IP-literal domains are refused on purpose (no real user has them).
 */
export function readEmail(value: string): string {
  const text = value.trim();
  const m = /^([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$/.exec(text);
  if (!m || text.length > 254 || m[1]?.startsWith('.') || m[1]?.endsWith('.') || m[1]?.includes('..'))
    throw new ValidationError('email', BAD_EMAIL);
  return `${m[1]}@${m[2]?.toLowerCase()}`;
}

export class NotificationSettingsRepository {
  constructor(private readonly ctx: StoreContext) {}

  async get(userId: string): Promise<NotificationSettings> {
    const db = readerOf(this.ctx);
    const user = await db.selectFrom('users').select(['id', 'email']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw new NotFoundError('user', userId);
    const rows = await db.selectFrom('notification_preferences').select(['event', 'email']).where('user_id', '=', userId).execute();
    const emailEvents: Record<NotificationEvent, boolean> = { ...EMAIL_DEFAULTS };
    for (const r of rows) if (isNotificationEvent(r.event)) emailEvents[r.event] = toBool(r.email);
    return { userId, email: user.email ?? null, emailEvents };
  }

  /** Changes the address and/or choices (all checked first: a bad one changes nothing), audited. */
  async update(userId: string, patch: NotificationSettingsPatch, options: { actor: string }): Promise<NotificationSettings> {
    const email = patch.email === undefined ? undefined : patch.email === null || patch.email.trim() === '' ? null : readEmail(patch.email);
    const events = Object.entries(patch.emailEvents ?? {});
    for (const [event, on] of events) {
      if (!isNotificationEvent(event) || typeof on !== 'boolean')
        throw new ValidationError(`email_events/${event}`, {
          'zh-CN': `未知的通知事件 ${event}`,
          ko: `알 수 없는 알림 이벤트 ${event}`,
          en: `unknown notification event ${event}`,
        });
    }
    return inTransaction(this.ctx, async (tx) => {
      const repo = new NotificationSettingsRepository(tx);
      const before = await repo.get(userId);
      const at = nowIso();
      if (email !== undefined) await tx.db.updateTable('users').set({ email }).where('id', '=', userId).execute();
      for (const [event, on] of events as [NotificationEvent, boolean][]) {
        await tx.db.deleteFrom('notification_preferences').where('user_id', '=', userId).where('event', '=', event).execute();
        if (on !== EMAIL_DEFAULTS[event])
          await tx.db
            .insertInto('notification_preferences')
            .values({ user_id: userId, event, email: boolParam(on), updated_at: at })
            .execute();
      }
      const after = await repo.get(userId);
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'notification_settings.update', entityType: 'user', entityId: userId, before, after }],
        at,
      );
      return after;
    });
  }
}
