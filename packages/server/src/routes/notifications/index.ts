/**
 * The inbox (issue 14 §3), for every role: the signed-in user's own notifications only — the store queries by
 * the user's id, so another user's notice is 404. Titles and bodies come in the request's language.
 */
import type { Lang } from '@xiaowei/engine';
import type { Notification } from '@xiaowei/store';
import { ROLES } from '../../context/scope.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, storeOf } from '../enterprises/registry-context.ts';
import { listNotificationsSchema, markAllReadSchema, markReadSchema, unreadCountSchema } from './notifications.schema.ts';

export function notificationJson(n: Notification, lang: Lang): Record<string, unknown> {
  return {
    id: n.id,
    event: n.event,
    entity_type: n.entityType,
    entity_id: n.entityId,
    title: n.title[lang],
    body: n.body[lang],
    created_at: n.createdAt,
    read_at: n.readAt,
    email_state: n.emailState,
  };
}

const EVERYONE = { access: { roles: ROLES } } as const;

/** GET /api/v1/notifications, GET …/unread-count, POST …/read, POST …/read-all */
export async function notificationsRoutes(app: TypedApp): Promise<void> {
  app.get('/notifications', { schema: listNotificationsSchema, config: EVERYONE }, async (request) => {
    const { unread, limit, cursor } = request.query;
    const page = await storeOf(app).notifications.list(actor(request), {
      ...(unread === true ? { unreadOnly: true } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(cursor !== undefined ? { cursor } : {}),
    });
    return { items: page.items.map((n) => notificationJson(n, request.lang)), unread: page.unread, next_cursor: page.nextCursor };
  });

  app.get('/notifications/unread-count', { schema: unreadCountSchema, config: EVERYONE }, async (request) => ({
    unread: await storeOf(app).notifications.unreadCount(actor(request)),
  }));

  app.post('/notifications/read', { schema: markReadSchema, config: EVERYONE }, async (request) => ({
    unread: await storeOf(app).notifications.markRead(actor(request), request.body.ids),
  }));

  app.post('/notifications/read-all', { schema: markAllReadSchema, config: EVERYONE }, async (request) => ({
    marked: await storeOf(app).notifications.markAllRead(actor(request)),
    unread: 0,
  }));
}
