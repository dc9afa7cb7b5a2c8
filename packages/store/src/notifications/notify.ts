/**
 * `notify`: the one way a module tells users that something happened (issue 14 §3). It resolves the recipients
 * to active users and inserts one inbox row each in the caller's transaction — a change that rolls back
 * notifies nobody, and one that commits cannot lose its notice. E-mail is not sent here: each row starts in the
 * outbox (`email_state` pending) and the background sender delivers it later, so a request never waits on SMTP.
 */
import { randomUUID } from 'node:crypto';
import type { StoreContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import type { Department, Role } from '../repositories/users.ts';
import { boolParam, nowIso, toJson } from '../values.ts';
import { isNotificationEvent, type NotificationEvent, type NotificationParams } from './events.ts';

/**
 * Who is told. Any combination; a user matched twice gets one row. Disabled users get nothing.
 * - `userIds`: these users.
 * - `enterpriseId`: the enterprise's own account users.
 * - `regionCode` (a 6-digit GB/T 2260 code) with `roles` (default officers): the users of those roles whose
 *   region prefix covers the code ('37' covers '370202'; the empty prefix covers every region).
 * - `department` (a department code, migration 0015) with `regionCode`: the department users of that
 *   department whose region covers the code.
 */
export interface Recipients {
  readonly userIds?: readonly string[];
  readonly enterpriseId?: string;
  readonly regionCode?: string;
  readonly roles?: readonly Role[];
  readonly department?: Department;
}

export interface NotifyInput<E extends NotificationEvent> {
  readonly event: E;
  readonly recipients: Recipients;
  /** What the notice is about (a deep link for the inbox): 'application', 'complaint', 'enterprise', … */
  readonly entityType: string;
  readonly entityId: string | null;
  readonly params: NotificationParams[E];
}

/** Every prefix of a region code, '' to the code itself: the region prefixes that cover it. */
function coveringPrefixes(regionCode: string): string[] {
  return Array.from({ length: regionCode.length + 1 }, (_, i) => regionCode.slice(0, i));
}

/** The ids of the active users `recipients` names, deduplicated, in a stable order. */
export async function resolveRecipients(ctx: StoreContext, recipients: Recipients): Promise<string[]> {
  const ids = new Set<string>();
  const { userIds, enterpriseId, regionCode, roles, department } = recipients;
  if (regionCode !== undefined && !/^\d{6}$/.test(regionCode))
    throw new ValidationError('regionCode', {
      'zh-CN': '通知的地区代码应为 6 位数字',
      ko: '알림의 지역 코드는 6자리 숫자여야 합니다',
      en: 'the region code of a notification is 6 digits',
    });
  if (department !== undefined && regionCode === undefined)
    throw new ValidationError('regionCode', {
      'zh-CN': '按部门通知时须给出地区代码',
      ko: '부서에 알릴 때는 지역 코드가 필요합니다',
      en: 'a notification to a department needs a region code',
    });
  const active = ctx.db.selectFrom('users').select('id').where('disabled', '=', boolParam(false));
  if (userIds !== undefined && userIds.length > 0) {
    for (const r of await active.where('id', 'in', [...userIds]).execute()) ids.add(r.id);
  }
  if (enterpriseId !== undefined) {
    for (const r of await active.where('role', '=', 'enterprise').where('enterprise_id', '=', enterpriseId).execute()) ids.add(r.id);
  }
  if (regionCode !== undefined && (department === undefined || (roles !== undefined && roles.length > 0))) {
    const wanted = roles !== undefined && roles.length > 0 ? roles : (['officer'] as const);
    const rows = await active
      .where('role', 'in', [...wanted])
      .where('region_prefix', 'in', coveringPrefixes(regionCode))
      .execute();
    for (const r of rows) ids.add(r.id);
  }
  if (department !== undefined && regionCode !== undefined) {
    const rows = await active
      .where('role', '=', 'department')
      .where('department', '=', department)
      .where('region_prefix', 'in', coveringPrefixes(regionCode))
      .execute();
    for (const r of rows) ids.add(r.id);
  }
  return [...ids].sort();
}

/**
 * Notifies the recipients of `input.event`: one inbox row each, in `ctx`'s transaction (call it with the
 * transaction of the change). Returns the ids of the users notified (none: nobody matched, nothing written).
 * @example await notify(tx, { event: 'complaint.replied', recipients: { enterpriseId }, entityType: 'complaint', entityId, params: { subject } })
 */
export async function notify<E extends NotificationEvent>(ctx: StoreContext, input: NotifyInput<E>): Promise<string[]> {
  if (!isNotificationEvent(input.event))
    throw new ValidationError('event', {
      'zh-CN': `未知的通知事件 ${String(input.event)}`,
      ko: `알 수 없는 알림 이벤트 ${String(input.event)}`,
      en: `unknown notification event ${String(input.event)}`,
    });
  const users = await resolveRecipients(ctx, input.recipients);
  if (users.length === 0) return [];
  const at = nowIso();
  const params = toJson(input.params);
  await ctx.db
    .insertInto('notifications')
    .values(
      users.map((userId) => ({
        id: randomUUID(),
        user_id: userId,
        event: input.event,
        entity_type: input.entityType,
        entity_id: input.entityId,
        params,
        created_at: at,
        read_at: null,
        email_next_attempt_at: at,
        email_last_error: null,
        email_sent_at: null,
      })),
    )
    .execute();
  return users;
}
