import { APPLICATION_STATUSES } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listOf, listResponses, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const TAGS = ['applications'];
const MONEY = { type: ['number', 'null'], description: 'Yuan, exact to the fen.' } as const;
const FORM_VALUE = { type: ['string', 'number', 'boolean'] } as const;

const FIELD: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    label: { type: 'string' },
    type: { type: 'string', enum: ['money', 'number', 'boolean', 'enum', 'date', 'text'] },
    unit: { type: 'string' },
    min: { type: 'number' },
    max: { type: 'number' },
    integer: { type: 'boolean' },
    options: {
      type: 'array',
      items: { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' } }, required: ['value', 'label'] },
    },
    required: { type: 'boolean' },
    source: {
      type: 'string',
      enum: ['variable', 'request'],
      description: '`variable`: a policy input (prefilled from the registry); `request`: the request’s own.',
    },
    prefill: { ...FORM_VALUE, description: 'The registry’s value for the year, where it has one.' },
  },
  required: ['name', 'label', 'type', 'required', 'source'],
};

const MEASURE: JsonSchema = {
  type: 'object',
  properties: {
    measure: { type: 'string' },
    title: { type: 'string' },
    review_working_days: { type: 'integer' },
    has_advice: { type: 'boolean', description: 'Whether the engine computes the measure (its answer is shown to the reviewer).' },
  },
  required: ['measure', 'title', 'review_working_days', 'has_advice'],
};

const ATTACHMENT: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    file_name: { type: 'string' },
    media_type: { type: 'string' },
    size_bytes: { type: 'integer' },
    sha256: { type: 'string' },
    uploaded_at: { type: 'string' },
  },
  required: ['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'],
};

export { ATTACHMENT };

const STATUS = { type: 'string', enum: [...APPLICATION_STATUSES] } as const;

const APPLICATION_PROPS = {
  id: { type: 'string' },
  enterprise_id: { type: 'string' },
  enterprise_name: { type: 'string' },
  region_code: { type: 'string' },
  measure: { type: 'string' },
  measure_title: { type: 'string' },
  year: { type: 'integer' },
  values: { type: 'object', additionalProperties: FORM_VALUE },
  status: STATUS,
  status_label: { type: 'string' },
  created_at: { type: 'string' },
  updated_at: { type: 'string' },
  submitted_at: { type: ['string', 'null'] },
  due_date: { type: ['string', 'null'], description: 'Last day of the review (China), N working days after submission or the answer.' },
  due_estimated: {
    type: 'boolean',
    description: 'The deadline crosses a year whose holiday notice is not yet in the calendar (counted Monday to Friday).',
  },
  working_days_left: {
    type: ['integer', 'null'],
    description: 'While awaiting review: working days to the deadline (negative: overdue by that many).',
  },
  overdue: { type: 'boolean' },
  info_request: { type: ['string', 'null'] },
  decided_at: { type: ['string', 'null'] },
  decision_reason: { type: ['string', 'null'] },
  approved_amount: MONEY,
  paid_amount: MONEY,
  paid_at: { type: ['string', 'null'] },
  version: { type: 'integer' },
} as const;
const APPLICATION_REQUIRED = [
  'id',
  'enterprise_id',
  'measure',
  'year',
  'values',
  'status',
  'status_label',
  'created_at',
  'overdue',
  'version',
];

const APPLICATION: JsonSchema = { type: 'object', properties: APPLICATION_PROPS, required: APPLICATION_REQUIRED };

const CONDITION: JsonSchema = {
  type: 'object',
  properties: {
    variable: { type: 'string' },
    label: { type: 'string' },
    met: { type: 'boolean' },
    advice: { type: 'string', description: 'What would change, against the figures given.' },
  },
  required: ['variable', 'label', 'met'],
};

const ADVICE: JsonSchema = {
  type: 'object',
  description:
    'The engine’s answer for the registry year with the form’s values, as advice to the reviewer who decides: per sub-measure eligible or not, the amount, the conditions (with what would change). `outcomes` is empty for a measure with nothing computable; `problem` says why no answer could be computed.',
  properties: {
    year: { type: 'integer' },
    figures_year: { type: ['integer', 'null'], description: 'The registry year whose figures were used.' },
    outcomes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          measure: { type: 'string' },
          title: { type: 'string' },
          eligible: { type: 'boolean' },
          value: MONEY,
          conditions: { type: 'array', items: CONDITION },
          pending: { type: 'string' },
        },
        required: ['measure', 'title', 'eligible', 'value', 'conditions'],
      },
    },
    problem: { type: 'string' },
  },
  required: ['year', 'figures_year', 'outcomes'],
};

export { ADVICE };

const DETAIL: JsonSchema = {
  type: 'object',
  properties: {
    ...APPLICATION_PROPS,
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          at: { type: 'string' },
          actor: { type: 'string' },
          actor_role: { type: 'string' },
          from_status: { type: ['string', 'null'] },
          to_status: STATUS,
          to_label: { type: 'string' },
          reason: { type: ['string', 'null'] },
        },
        required: ['at', 'actor', 'actor_role', 'to_status', 'to_label'],
      },
    },
    attachments: { type: 'array', items: ATTACHMENT },
    form: { type: 'array', items: FIELD },
    decision_advice: {
      ...ADVICE,
      type: ['object', 'null'],
      description: 'The engine’s answer stored with the decision (the “why not” of a rejection).',
    },
    advice: { ...ADVICE, type: ['object', 'null'], description: 'The engine’s answer now (officers only; null for the enterprise).' },
    registry: {
      type: ['object', 'null'],
      description: 'The registry figures of the year used (officers only): money in yuan.',
      additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
    },
  },
  required: [...APPLICATION_REQUIRED, 'events', 'attachments', 'form', 'decision_advice', 'advice', 'registry'],
};

const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 64 } }, required: ['id'] } as const;
const FILE_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 }, file: { type: 'string', minLength: 1, maxLength: 64 } },
  required: ['id', 'file'],
} as const;

export { FILE_PARAMS, ID_PARAMS };

type FormValues = Record<string, string | number | boolean | null>;
const VALUES_BODY: JsonSchema = {
  type: 'object',
  maxProperties: 100,
  additionalProperties: { type: ['string', 'number', 'boolean', 'null'], maxLength: 4000 },
  description: 'The form’s values by field name (GET /api/v1/applications/form): money in yuan as text or number.',
};

export const listMeasuresSchema = {
  summary: 'The measures an enterprise applies for, with their review periods in working days',
  tags: TAGS,
  querystring: querySchema({}),
  response: listResponses(MEASURE),
} as const;

export const formSchema = {
  summary: 'The application form of a measure: the policy’s input variables (labels, types, units, limits) and the request’s own fields',
  description: 'For an enterprise account, each policy field is prefilled from its registry year (`prefill`).',
  tags: TAGS,
  querystring: querySchema(
    { measure: { type: 'string', minLength: 1, maxLength: 40 }, year: { type: 'integer', minimum: 2012, maximum: 2100 } },
    ['measure'],
  ),
  response: {
    200: {
      type: 'object',
      properties: { ...(MEASURE as { properties: object }).properties, fields: { type: 'array', items: FIELD } },
      required: ['measure', 'title', 'review_working_days', 'has_advice', 'fields'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const createApplicationSchema = {
  summary: 'Start an application (a draft) for the enterprise’s own account',
  description:
    'Each value is checked as the engine reads it (money exact, within the variable’s limits): a bad one is XW_ERR_VALIDATION at `values.<field>`, nothing stored. Required fields are checked at submission.',
  tags: TAGS,
  querystring: querySchema({}),
  body: typed<{ measure: string; year: number; values?: FormValues }>({
    type: 'object',
    additionalProperties: false,
    properties: {
      measure: { type: 'string', maxLength: 40 },
      year: { type: 'integer', minimum: 2012, maximum: 2100 },
      values: VALUES_BODY,
    },
    required: ['measure', 'year'],
  }),
  response: { 201: APPLICATION, ...ERROR_RESPONSES },
} as const;

export const updateApplicationSchema = {
  summary: 'Change the values of a draft, or of an application asked for more information',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: typed<{ values: FormValues }>({
    type: 'object',
    additionalProperties: false,
    properties: { values: VALUES_BODY },
    required: ['values'],
  }),
  response: { 200: APPLICATION, ...ERROR_RESPONSES },
} as const;

export const listApplicationsSchema = {
  summary: 'Applications: an enterprise’s own; an officer’s review queue for the region',
  description: 'Filter by state, measure, or `overdue` (awaiting review past the deadline); sort by deadline, submission or creation.',
  tags: TAGS,
  querystring: querySchema({
    status: STATUS,
    measure: { type: 'string', maxLength: 40 },
    overdue: { type: 'boolean' },
    sort: { type: 'string', enum: ['due', 'submitted', 'created'] },
  }),
  response: listResponses(APPLICATION),
} as const;

export const getApplicationSchema = {
  summary: 'One application with its history, attachments and form; for officers also the registry figures and the engine’s advice',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: DETAIL, ...ERROR_RESPONSES },
} as const;

export const transitionSchema = (summary: string, description: string) =>
  ({
    summary,
    description: `${description} A state that does not allow it: XW_ERR_APPLICATION_STATE (409), nothing changed. Audited with the reason.`,
    tags: TAGS,
    params: ID_PARAMS,
    querystring: querySchema({}),
    body: typed<{ reason?: string | null; amount?: string | number | null } | null>({
      type: ['object', 'null'],
      additionalProperties: false,
      properties: {
        reason: { type: ['string', 'null'], maxLength: 2000 },
        amount: { type: ['string', 'number', 'null'], description: 'Yuan (approve: the amount approved; pay: the amount paid).' },
      },
    }),
    response: { 200: APPLICATION, ...ERROR_RESPONSES },
  }) as const;

export const uploadSchema = (what: string) =>
  ({
    summary: `Add attachments to ${what} (PDF, JPEG or PNG by content)`,
    description:
      'multipart/form-data with up to 5 file fields (`file`). Every file is checked first — empty, over the size limit (XW_ATTACHMENT_MAX_BYTES, 5 MiB by default), not a PDF, JPEG or PNG by its first bytes — and if any is refused nothing is stored (XW_ERR_VALIDATION at `file`). Kept in the database with its SHA-256.',
    tags: TAGS,
    params: ID_PARAMS,
    consumes: ['multipart/form-data'],
    docBody: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
    querystring: querySchema({}),
    response: {
      201: listOf(ATTACHMENT),
      ...ERROR_RESPONSES,
    },
  }) as const;

export const downloadSchema = (what: string) =>
  ({
    summary: `Download an attachment of ${what}`,
    tags: TAGS,
    params: FILE_PARAMS,
    querystring: querySchema({}),
    response: {
      200: {
        description: 'The file as uploaded, with its media type.',
        content: {
          'application/pdf': { schema: { type: 'string', format: 'binary' } },
          'image/png': { schema: { type: 'string', format: 'binary' } },
          'image/jpeg': { schema: { type: 'string', format: 'binary' } },
        },
      },
      ...ERROR_RESPONSES,
    },
  }) as const;
