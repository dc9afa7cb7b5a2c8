import { COMPLAINT_TYPES } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listOf, listResponses } from '../../http/schemas.ts';
import { ATTACHMENT, FILE_PARAMS, ID_PARAMS } from '../applications/applications.schema.ts';
import { querySchema } from '../query.ts';

const TAGS = ['complaints'];
const TYPE = {
  type: 'string',
  enum: [...COMPLAINT_TYPES],
  description: '`fee`: illegal or excess fees (item 06); `bank`: bank fees or conduct (item 11).',
} as const;

const COMPLAINT_PROPS = {
  id: { type: 'string' },
  enterprise_id: { type: 'string' },
  enterprise_name: { type: 'string' },
  region_code: { type: 'string' },
  type: TYPE,
  type_label: { type: 'string' },
  department: { type: 'string', description: 'The department code it is routed to (users.department).' },
  department_label: { type: 'string' },
  respondent: { type: 'string' },
  body: { type: 'string' },
  status: { type: 'string', enum: ['open', 'replied'] },
  filed_at: { type: 'string' },
  due_date: { type: 'string', description: 'Last day of the reply (China), in working days from filing.' },
  due_estimated: { type: 'boolean' },
  working_days_left: { type: ['integer', 'null'] },
  overdue: { type: 'boolean' },
  reply: { type: ['string', 'null'] },
  replied_at: { type: ['string', 'null'] },
  rating: { type: ['integer', 'null'], minimum: 1, maximum: 5 },
} as const;
const REQUIRED = ['id', 'enterprise_id', 'type', 'department', 'respondent', 'body', 'status', 'filed_at', 'due_date', 'overdue'];
const COMPLAINT: JsonSchema = { type: 'object', properties: COMPLAINT_PROPS, required: REQUIRED };
const DETAIL: JsonSchema = {
  type: 'object',
  properties: { ...COMPLAINT_PROPS, attachments: { type: 'array', items: ATTACHMENT } },
  required: [...REQUIRED, 'attachments'],
};

export const createComplaintSchema = {
  summary: 'File a complaint about fees or a bank (enterprise accounts)',
  description:
    'Routed to the responsible department of the enterprise’s region (fees: development and reform; banks: the banking regulator), which replies within the deadline in working days. Attachments: POST …/{id}/attachments.',
  tags: TAGS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      type: { type: 'string', maxLength: 10 },
      respondent: { type: 'string', maxLength: 200 },
      body: { type: 'string', maxLength: 4000 },
    },
    required: ['type', 'respondent', 'body'],
  },
  response: { 201: DETAIL, ...ERROR_RESPONSES },
} as const;

export const listComplaintsSchema = {
  summary: 'Complaints: an enterprise’s own; a region’s (officers), a department’s of its region (department users)',
  tags: TAGS,
  querystring: querySchema({ status: { type: 'string', enum: ['open', 'replied'] }, type: TYPE, overdue: { type: 'boolean' } }),
  response: listResponses(COMPLAINT),
} as const;

export const getComplaintSchema = {
  summary: 'One complaint with its attachments',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: DETAIL, ...ERROR_RESPONSES },
} as const;

export const replyComplaintSchema = {
  summary: 'Reply to a complaint (its department of the region, officers of the region)',
  description: 'Once; a second reply is XW_ERR_COMPLAINT_STATE. The enterprise is notified.',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: { type: 'object', additionalProperties: false, properties: { reply: { type: 'string', maxLength: 4000 } }, required: ['reply'] },
  response: { 200: COMPLAINT, ...ERROR_RESPONSES },
} as const;

export const rateComplaintSchema = {
  summary: 'Rate the reply to a complaint, 1–5 (the enterprise, once)',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: { type: 'object', additionalProperties: false, properties: { rating: { type: 'integer' } }, required: ['rating'] },
  response: { 200: COMPLAINT, ...ERROR_RESPONSES },
} as const;

export const complaintStatisticsSchema = {
  summary: 'Monthly counts of complaints by type, department and region (JSON or Excel)',
  description:
    'Filed, replied, late (replied after the deadline or open past it), rated and the mean rating, per month of filing (China time), within the caller’s scope; `from` / `to` as YYYY-MM.',
  tags: TAGS,
  querystring: querySchema({
    from: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
    to: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
    format: { type: 'string', enum: ['json', 'xlsx'], default: 'json' },
  }),
  response: {
    200: {
      description: 'The counts (JSON), or an .xlsx workbook with format=xlsx.',
      content: {
        'application/json': {
          schema: listOf({
            type: 'object',
            properties: {
              month: { type: 'string' },
              type: TYPE,
              department: { type: 'string' },
              region_code: { type: 'string' },
              filed: { type: 'integer' },
              replied: { type: 'integer' },
              late: { type: 'integer' },
              rated: { type: 'integer' },
              mean_rating: { type: ['number', 'null'] },
            },
            required: ['month', 'type', 'department', 'region_code', 'filed', 'replied', 'late', 'rated', 'mean_rating'],
          }),
        },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export { FILE_PARAMS, ID_PARAMS };
