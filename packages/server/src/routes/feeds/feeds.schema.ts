import { FEED_KINDS } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, ref } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const KIND = { type: 'string', enum: [...FEED_KINDS], description: 'The kind of feed (see GET /api/v1/feeds/kinds).' } as const;
const BATCH_ID = { type: 'string', pattern: '^[\\w.:-]{1,100}$', description: 'The sender’s id of the batch (idempotency key).' } as const;

export const FEED_BATCH: JsonSchema = {
  $id: 'FeedBatch',
  type: 'object',
  description: 'An accepted feed batch and the recompute job it queued.',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: [...FEED_KINDS] },
    department: { type: ['string', 'null'] },
    region_prefix: { type: ['string', 'null'] },
    rows: { type: 'integer' },
    enterprises: { type: 'integer', description: 'Enterprises the batch touched (recomputed by its job).' },
    file_name: { type: ['string', 'null'] },
    submitted_by: { type: 'string' },
    submitted_at: { type: 'string' },
    replayed: { type: 'boolean', description: 'True when this batch id and content were accepted before: nothing was written again.' },
    job: {
      type: ['object', 'null'],
      properties: {
        id: { type: 'string' },
        state: { type: 'string', enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] },
        progress: {
          type: ['object', 'null'],
          properties: { fraction: { type: 'number' }, done: { type: ['integer', 'null'] }, total: { type: ['integer', 'null'] } },
          required: ['fraction', 'done', 'total'],
        },
        retry_count: { type: 'integer' },
        error: { type: ['string', 'null'] },
        result: {
          type: ['object', 'null'],
          properties: { enterprises: { type: 'integer' }, years: { type: 'integer' }, incomplete: { type: 'integer' } },
        },
        started_at: { type: ['string', 'null'] },
        completed_at: { type: ['string', 'null'] },
      },
      required: ['id', 'state', 'progress'],
    },
  },
  required: ['id', 'kind', 'rows', 'enterprises', 'submitted_by', 'submitted_at', 'job'],
};

const LABELS = {
  type: 'object',
  properties: { 'zh-CN': { type: 'string' }, ko: { type: 'string' }, en: { type: 'string' } },
  required: ['zh-CN', 'ko', 'en'],
} as const;

export const kindsSchema = {
  summary: 'The kinds of feed the caller may send, with their columns',
  description:
    'Each column is an input variable of the policy (its id) or enterprise_id, year and the row’s own id; the headings are the policy’s labels in three languages. A department user gets the kinds of their department; an administrator all.',
  tags: ['feeds'],
  querystring: querySchema({}),
  response: listResponses({
    type: 'object',
    properties: {
      kind: { type: 'string' },
      label: LABELS,
      columns: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string' }, label: LABELS, required: { type: 'boolean' } },
          required: ['id', 'label', 'required'],
        },
      },
    },
    required: ['kind', 'label', 'columns'],
  }),
} as const;

export const submitSchema = {
  summary: 'Send a batch of rows (JSON)',
  description:
    'The rows are validated whole: any problem rejects the batch with XW_ERR_FEED_REJECTED listing every problem by row and field in the user’s language, and nothing is written. An accepted batch (201) is written in one transaction that also queues the recompute of the enterprises it touched; follow it at GET /api/v1/feeds/batches/{id}. The same batch_id with the same rows answers 200 with `replayed: true` and writes nothing; with other rows XW_ERR_CONFLICT (409). Department users feed their own kinds (else 403) and region (a row of an enterprise outside it is refused as unknown).',
  tags: ['feeds'],
  params: { type: 'object', properties: { kind: KIND }, required: ['kind'] },
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      batch_id: BATCH_ID,
      rows: {
        type: 'array',
        maxItems: 200000,
        items: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'null'] } },
      },
    },
    required: ['batch_id', 'rows'],
  },
  response: { 200: ref('FeedBatch'), 201: ref('FeedBatch'), ...ERROR_RESPONSES },
} as const;

export const uploadSchema = {
  summary: 'Send a batch as a file (Excel .xlsx or CSV)',
  description:
    'multipart/form-data with one file field (`file`); columns by id or heading in any of the three languages (see the template). Rows are numbered as in the file (the first data row is 2). Otherwise as the JSON route; without `batch_id` the batch id is derived from the file’s content, so uploading the same file twice writes it once.',
  tags: ['feeds'],
  consumes: ['multipart/form-data'],
  docBody: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'The .xlsx or .csv file.' } },
    required: ['file'],
  },
  params: { type: 'object', properties: { kind: KIND }, required: ['kind'] },
  querystring: querySchema({ batch_id: BATCH_ID }),
  response: { 200: ref('FeedBatch'), 201: ref('FeedBatch'), ...ERROR_RESPONSES },
} as const;

export const templateSchema = {
  summary: 'An empty file to fill in, headings in the user’s language',
  tags: ['feeds'],
  params: { type: 'object', properties: { kind: KIND }, required: ['kind'] },
  querystring: querySchema({ format: { type: 'string', enum: ['xlsx', 'csv'], default: 'xlsx' } }),
  response: {
    200: {
      description: 'The template (Content-Disposition: attachment).',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
        'text/csv': { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const listSchema = {
  summary: 'Feed batches, newest first, with their recompute jobs',
  description: 'Department users: their department’s batches in their region; officers: their region’s; analysts and administrators: all.',
  tags: ['feeds'],
  querystring: querySchema({ limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 } }),
  response: listResponses(ref('FeedBatch')),
} as const;

export const getSchema = {
  summary: 'A feed batch and the state and progress of its recompute job',
  tags: ['feeds'],
  params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['id'] },
  querystring: querySchema({}),
  response: { 200: ref('FeedBatch'), ...ERROR_RESPONSES },
} as const;
