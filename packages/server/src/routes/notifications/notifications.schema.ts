import { NOTIFICATION_EVENT_CODES } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, typed } from '../../http/schemas.ts';
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
  response: {
    200: {
      type: 'object',
      properties: { items: { type: 'array', items: NOTIFICATION }, unread: UNREAD, next_cursor: { type: ['string', 'null'] } },
      required: ['items', 'unread', 'next_cursor'],
    },
    ...ERROR_RESPONSES,
  },
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
  body: typed<Record<string, never> | null>({ type: ['object', 'null'], additionalProperties: false, properties: {} }),
  response: {
    200: {
      type: 'object',
      properties: { marked: { type: 'integer', minimum: 0 }, unread: UNREAD },
      required: ['marked', 'unread'],
    },
    ...ERROR_RESPONSES,
  },
} as const;
