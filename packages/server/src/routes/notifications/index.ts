/**
 * The inbox (issue 14 §3), for every role: the signed-in user's own notifications only — the store queries by
 * the user's id, so another user's notice is 404. Titles and bodies come in the request's language.
 */
import type { Lang } from '@xiaowei/engine';
import type { Delivery, Notification, NotificationSettings } from '@xiaowei/store';
import { ROLES } from '../../context/scope.ts';
import type { TypedApp } from '../../http/typed-app.ts';
import { actor, storeOf } from '../enterprises/registry-context.ts';
import {
  getSettingsSchema,
  getUserSettingsSchema,
  listDeliveriesSchema,
  listNotificationsSchema,
  markAllReadSchema,
  markReadSchema,
  putSettingsSchema,
  putUserSettingsSchema,
  retryDeliverySchema,
  unreadCountSchema,
} from './notifications.schema.ts';

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

function deliveryJson(d: Delivery, lang: Lang): Record<string, unknown> {
  return {
    ...notificationJson(d, lang),
    username: d.username,
    email: d.email,
    email_attempts: d.emailAttempts,
    email_last_error: d.emailLastError,
    email_next_attempt_at: d.emailNextAttemptAt,
    email_sent_at: d.emailSentAt,
  };
}

const EVERYONE = { access: { roles: ROLES } } as const;
const ADMIN = { access: { roles: ['admin'] } } as const;

interface SettingsBody {
  readonly email?: string | null;
  readonly email_events?: Readonly<Record<string, boolean>>;
}

const patchOf = (b: SettingsBody) => ({
  ...(b.email !== undefined ? { email: b.email } : {}),
  ...(b.email_events !== undefined ? { emailEvents: b.email_events } : {}),
});

/**
 * GET /api/v1/notifications, GET …/unread-count, POST …/read, POST …/read-all; GET/PUT …/settings (own);
 * GET/PUT /api/v1/users/{id}/notification-settings, GET …/notifications/deliveries, POST …/deliveries/{id}/retry (admins)
 */
export async function notificationsRoutes(app: TypedApp): Promise<void> {
  const settingsJson = (s: NotificationSettings) => ({
    user_id: s.userId,
    email: s.email,
    email_events: s.emailEvents,
    email_enabled: app.serverConfig.emailEnabled,
  });

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

  app.get('/notifications/settings', { schema: getSettingsSchema, config: EVERYONE }, async (request) =>
    settingsJson(await storeOf(app).notifications.settings.get(actor(request))),
  );

  app.put('/notifications/settings', { schema: putSettingsSchema, config: EVERYONE }, async (request) => {
    const me = actor(request);
    return settingsJson(await storeOf(app).notifications.settings.update(me, patchOf(request.body), { actor: me }));
  });

  app.get('/users/:id/notification-settings', { schema: getUserSettingsSchema, config: ADMIN }, async (request) =>
    settingsJson(await storeOf(app).notifications.settings.get(request.params.id)),
  );

  app.put('/users/:id/notification-settings', { schema: putUserSettingsSchema, config: ADMIN }, async (request) =>
    settingsJson(await storeOf(app).notifications.settings.update(request.params.id, patchOf(request.body), { actor: actor(request) })),
  );

  app.get('/notifications/deliveries', { schema: listDeliveriesSchema, config: ADMIN }, async (request) => {
    const outbox = storeOf(app).notifications.outbox;
    const { state, limit } = request.query;
    const items = await outbox.deliveries({ ...(state !== undefined ? { state } : {}), ...(limit !== undefined ? { limit } : {}) });
    return {
      items: items.map((d) => deliveryJson(d, request.lang)),
      counts: await outbox.counts(),
      email_enabled: app.serverConfig.emailEnabled,
    };
  });

  app.post('/notifications/deliveries/:id/retry', { schema: retryDeliverySchema, config: ADMIN }, async (request) => {
    const outbox = storeOf(app).notifications.outbox;
    await outbox.retry(request.params.id, { actor: actor(request) });
    return deliveryJson(await outbox.delivery(request.params.id), request.lang);
  });
}
