import { NOTIFICATION_EVENT_CODES } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, NEXT_CURSOR } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export const NOTIFICATION: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    event: { type: 'string', enum: [...NOTIFICATION_EVENT_CODES] },
    entity_type: { type: 'string', description: 'What the notice is about (application, complaint, enterprise, …).' },
    entity_id: { type: ['string', 'null'] },
    title: { type: 'string', description: 'In the response language.' },
    body: { type: 'string', description: 'In the response language.' },
    created_at: { type: 'string' },
    read_at: { type: ['string', 'null'] },
    email_state: { type: 'string', enum: ['pending', 'sent', 'failed', 'skipped'] },
  },
  required: ['id', 'event', 'entity_type', 'entity_id', 'title', 'body', 'created_at', 'read_at', 'email_state'],
};

const UNREAD = { type: 'integer', minimum: 0, description: 'How many of the user’s notifications are unread.' } as const;

export const listNotificationsSchema = {
  summary: 'The signed-in user’s inbox, newest first, with the unread count',
  description: 'Only the caller’s own notifications, whatever the role. Pages by `cursor` (`next_cursor` of the previous page).',
  tags: ['notifications'],
  querystring: querySchema({
    unread: { type: 'boolean', description: 'Only unread ones.' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { type: 'string', maxLength: 500 },
  }),
  response: listResponses(NOTIFICATION, { unread: UNREAD, next_cursor: NEXT_CURSOR }),
} as const;

export const unreadCountSchema = {
  summary: 'How many of the signed-in user’s notifications are unread (the bell)',
  tags: ['notifications'],
  querystring: querySchema({}),
  response: { 200: { type: 'object', properties: { unread: UNREAD }, required: ['unread'] }, ...ERROR_RESPONSES },
} as const;

export const markReadSchema = {
  summary: 'Mark some of the signed-in user’s notifications read',
  description: 'An id that is not one of the caller’s notifications is 404 and nothing is marked. Audited.',
  tags: ['notifications'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { ids: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 64 }, minItems: 1, maxItems: 500 } },
    required: ['ids'],
  },
  response: { 200: { type: 'object', properties: { unread: UNREAD }, required: ['unread'] }, ...ERROR_RESPONSES },
} as const;

export const markAllReadSchema = {
  summary: 'Mark all the signed-in user’s notifications read',
  description: 'Takes no body (or an empty object). Audited.',
  tags: ['notifications'],
  querystring: querySchema({}),
  // Documentation only (app.ts moves it into the OpenAPI body): the request has no body.
  docBody: { type: 'object', additionalProperties: false, properties: {}, description: 'No body: send none (or an empty object).' },
  response: {
    200: {
      type: 'object',
      properties: { marked: { type: 'integer', minimum: 0 }, unread: UNREAD },
      required: ['marked', 'unread'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

const EMAIL_EVENTS: JsonSchema = {
  type: 'object',
  description: 'For each event: whether it also comes by e-mail.',
  properties: Object.fromEntries(NOTIFICATION_EVENT_CODES.map((e) => [e, { type: 'boolean' }])),
  additionalProperties: false,
};

const SETTINGS: JsonSchema = {
  type: 'object',
  properties: {
    user_id: { type: 'string' },
    email: { type: ['string', 'null'], description: 'Where notices are e-mailed; null: inbox only.' },
    email_events: { ...EMAIL_EVENTS, required: [...NOTIFICATION_EVENT_CODES] },
    email_enabled: { type: 'boolean', description: 'Whether the platform sends e-mail at all (SMTP configured).' },
  },
  required: ['user_id', 'email', 'email_events', 'email_enabled'],
};

const SETTINGS_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    email: { type: ['string', 'null'], maxLength: 254, description: 'An address, or null / "" for none.' },
    email_events: {
      type: 'object',
      additionalProperties: { type: 'boolean' },
      description: 'Events to change (others keep their setting).',
    },
  },
} as const;

const USER_PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['id'] } as const;

export const getSettingsSchema = {
  summary: 'The signed-in user’s e-mail address and which events come by e-mail',
  tags: ['notifications'],
  querystring: querySchema({}),
  response: { 200: SETTINGS, ...ERROR_RESPONSES },
} as const;

export const putSettingsSchema = {
  summary: 'Change the signed-in user’s e-mail address and which events come by e-mail',
  description: 'A bad address is XW_ERR_VALIDATION at `email` and nothing changes. Audited.',
  tags: ['notifications'],
  querystring: querySchema({}),
  body: SETTINGS_BODY,
  response: { 200: SETTINGS, ...ERROR_RESPONSES },
} as const;

export const getUserSettingsSchema = {
  summary: 'A user’s e-mail address and e-mail choices (administrators)',
  tags: ['notifications'],
  params: USER_PARAMS,
  querystring: querySchema({}),
  response: { 200: SETTINGS, ...ERROR_RESPONSES },
} as const;

export const putUserSettingsSchema = {
  summary: 'Change a user’s e-mail address or e-mail choices (administrators)',
  description: 'A bad address is XW_ERR_VALIDATION at `email` and nothing changes. Audited with the administrator as actor.',
  tags: ['notifications'],
  params: USER_PARAMS,
  querystring: querySchema({}),
  body: SETTINGS_BODY,
  response: { 200: SETTINGS, ...ERROR_RESPONSES },
} as const;

const DELIVERY: JsonSchema = {
  type: 'object',
  properties: {
    ...(NOTIFICATION.properties as Record<string, JsonSchema>),
    username: { type: 'string' },
    email: { type: ['string', 'null'] },
    email_attempts: { type: 'integer' },
    email_last_error: { type: ['string', 'null'] },
    email_next_attempt_at: { type: ['string', 'null'] },
    email_sent_at: { type: ['string', 'null'] },
  },
  required: [...(NOTIFICATION.required as string[]), 'username', 'email', 'email_attempts', 'email_last_error'],
};

const STATE_COUNTS = {
  type: 'object',
  properties: { pending: { type: 'integer' }, sent: { type: 'integer' }, failed: { type: 'integer' }, skipped: { type: 'integer' } },
  required: ['pending', 'sent', 'failed', 'skipped'],
} as const;

export const listDeliveriesSchema = {
  summary: 'E-mail deliveries by state, newest first, with the counts per state (administrators)',
  description: 'Default state `failed`: the e-mails that could not be sent after the retry limit, with the last error.',
  tags: ['notifications'],
  querystring: querySchema({
    state: { type: 'string', enum: ['pending', 'sent', 'failed', 'skipped'], default: 'failed' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 },
  }),
  response: listResponses(DELIVERY, { counts: STATE_COUNTS, email_enabled: { type: 'boolean' } }),
} as const;

export const retryDeliverySchema = {
  summary: 'Send a failed e-mail again (administrators)',
  description: 'Puts it back in the queue, due now, attempts counted afresh. Not failed: XW_ERR_EMAIL_NOT_FAILED. Audited.',
  tags: ['notifications'],
  params: USER_PARAMS,
  querystring: querySchema({}),
  // Documentation only (app.ts moves it into the OpenAPI body): the request has no body.
  docBody: { type: 'object', additionalProperties: false, properties: {}, description: 'No body: send none (or an empty object).' },
  response: { 200: DELIVERY, ...ERROR_RESPONSES },
} as const;
