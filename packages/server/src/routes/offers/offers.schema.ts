/**
 * Schemas of the proactive-delivery routes (issue 13 §3–4): programmes, offers, publicity and objections,
 * payment batches, take-up. Money in yuan, exact to the fen (numbers written from integer fen).
 */
import { OFFER_STATUSES, PROGRAMME_DEPARTMENTS } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import { FILE_RESPONSE, XLSX_TYPE } from '../set-aside/export-set-aside-report.ts';

const YUAN: JsonSchema = { type: 'number', description: 'Yuan, exact to the fen.' };
const TIME: JsonSchema = { type: ['string', 'null'], description: 'ISO 8601 time, or null when the step has not happened.' };
const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 64 } }, required: ['id'] } as const;
/** A step that takes nothing: an empty object or no body (TypeBox reads only the object of `['object', 'null']`). */
const NO_BODY = typed<Record<string, never> | null>({ type: ['object', 'null'], additionalProperties: false, properties: {} });

const PROGRAMME: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    measure: { type: 'string' },
    measure_title: { type: ['string', 'null'] },
    department: { type: 'string', enum: [...PROGRAMME_DEPARTMENTS] },
    region_code: { type: 'string', description: 'The region code prefix the programme covers.' },
    year: { type: 'integer' },
    budget: YUAN,
    reserved: YUAN,
    remaining: YUAN,
    waiting: { type: 'integer', description: 'Confirmed offers waiting in the budget queue.' },
    publicity_days: { type: 'integer' },
    created_by: { type: 'string' },
    created_at: { type: 'string' },
  },
  required: ['id', 'name', 'measure', 'department', 'region_code', 'year', 'budget', 'publicity_days', 'created_at'],
};

const OFFER: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    programme_id: { type: 'string' },
    programme_name: { type: 'string' },
    department: { type: 'string' },
    enterprise_id: { type: 'string' },
    enterprise_name: { type: 'string' },
    credit_code: { type: ['string', 'null'] },
    region_code: { type: 'string' },
    year: { type: 'integer' },
    measure: { type: 'string' },
    measure_title: { type: ['string', 'null'] },
    amount: YUAN,
    status: { type: 'string', enum: [...OFFER_STATUSES] },
    why: {
      type: 'object',
      description: 'The entitlement that made the offer: its components of the measure and the rules that computed them.',
      properties: {
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        components: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              variable: { type: 'string' },
              label: { type: 'string' },
              eligible: { type: ['boolean', 'null'] },
              value: { type: ['number', 'null'] },
              counted: { type: 'boolean' },
            },
            required: ['variable', 'label', 'eligible', 'value', 'counted'],
          },
        },
      },
      required: ['policy_version', 'parameter_hash', 'components'],
    },
    eligible_at: { type: 'string' },
    confirmed_at: TIME,
    reserved_at: TIME,
    published_at: TIME,
    publicity_ends_at: TIME,
    paid_at: TIME,
    closed_at: TIME,
    closed_reason: { type: ['string', 'null'], description: 'Why the offer closed, in the response language.' },
    closed_reason_code: { type: ['string', 'null'], enum: ['no_longer_eligible', 'objection_upheld', 'payment_cancelled', null] },
    failure_reason: { type: ['string', 'null'] },
    account: {
      type: ['object', 'null'],
      properties: { account_name: { type: 'string' }, bank_name: { type: 'string' }, account_number: { type: 'string' } },
      required: ['account_name', 'bank_name', 'account_number'],
    },
  },
  required: ['id', 'programme_id', 'enterprise_id', 'amount', 'status', 'why', 'eligible_at'],
};

const OBJECTION: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    offer_id: { type: 'string' },
    programme_id: { type: 'string' },
    enterprise_name: { type: 'string' },
    credit_code: { type: ['string', 'null'] },
    region_code: { type: 'string' },
    filed_by: { type: ['string', 'null'] },
    contact: { type: ['string', 'null'] },
    reason: { type: 'string' },
    status: { type: 'string', enum: ['open', 'upheld', 'dismissed'] },
    filed_at: { type: 'string' },
    decided_at: TIME,
    decision_reason: { type: ['string', 'null'] },
  },
  required: ['id', 'offer_id', 'programme_id', 'reason', 'status', 'filed_at'],
};

const LINE: JsonSchema = {
  type: 'object',
  properties: {
    offer_id: { type: 'string' },
    enterprise_id: { type: 'string' },
    enterprise_name: { type: 'string' },
    credit_code: { type: ['string', 'null'] },
    reference: { type: 'string' },
    amount: YUAN,
    account_name: { type: 'string' },
    bank_name: { type: 'string' },
    account_number: { type: 'string' },
    result: { type: 'string', enum: ['pending', 'paid', 'failed'] },
    result_at: TIME,
    failure_reason: { type: ['string', 'null'] },
  },
  required: ['offer_id', 'reference', 'amount', 'result'],
};

const BATCH: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    programme_id: { type: 'string' },
    programme_name: { type: 'string' },
    status: { type: 'string', enum: ['draft', 'approved', 'closed'] },
    created_by: { type: 'string' },
    created_at: { type: 'string' },
    approved_by: { type: ['string', 'null'] },
    approved_at: TIME,
    total: YUAN,
    lines: { type: 'array', items: LINE },
  },
  required: ['id', 'programme_id', 'status', 'created_at', 'total'],
};

const TAKE_UP_ROW: JsonSchema = {
  type: 'object',
  properties: {
    programme_id: { type: 'string' },
    programme_name: { type: 'string' },
    measure: { type: 'string' },
    measure_title: { type: ['string', 'null'] },
    region_code: { type: 'string' },
    year: { type: 'integer' },
    eligible: { type: 'integer' },
    promised: YUAN,
    offered: { type: 'integer' },
    offered_amount: YUAN,
    confirmed: { type: 'integer' },
    confirmed_amount: YUAN,
    published: { type: 'integer' },
    published_amount: YUAN,
    paid: { type: 'integer' },
    paid_amount: YUAN,
    unclaimed: { type: 'integer' },
    unclaimed_amount: YUAN,
    withdrawn: { type: 'integer' },
    waiting: { type: 'integer' },
    days_to_payment_median: { type: ['number', 'null'] },
    days_to_payment_mean: { type: ['number', 'null'] },
  },
  required: [
    'programme_id',
    'measure',
    'region_code',
    'year',
    'eligible',
    'promised',
    'offered',
    'confirmed',
    'published',
    'paid',
    'paid_amount',
    'unclaimed',
  ],
};

const TAKE_UP_TOTALS: JsonSchema = {
  ...TAKE_UP_ROW,
  required: ['eligible', 'promised', 'offered', 'confirmed', 'published', 'paid', 'paid_amount', 'unclaimed'],
};

const tags = ['offers'];

export const listProgrammesSchema = {
  summary: 'Programmes within the caller’s region (officers, administrators, analysts)',
  tags,
  querystring: querySchema({ year: { type: 'integer', minimum: 2011, maximum: 2100 } }),
  response: listResponses(PROGRAMME, {
    measures: {
      type: 'array',
      description: 'The measures a programme can run (those with a computed entitlement), titled.',
      items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] } }, required: ['id', 'title'] },
    },
    departments: { type: 'array', items: { type: 'string' } },
  }),
} as const;

export const createProgrammeSchema = {
  summary:
    'Create a programme: a measure run by a department in a region for a year, with a budget (officers of the region, administrators)',
  description:
    'The budget in yuan as text (exact, at most two decimals). The enterprises of the region whose stored entitlements are already eligible are offered at once; later ones by the recompute. Audited.',
  tags,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 200 },
      measure: { type: 'string', maxLength: 64 },
      department: { type: 'string', maxLength: 64 },
      region_code: { type: 'string', maxLength: 6 },
      year: { type: 'integer' },
      budget: { type: 'string', maxLength: 20 },
      publicity_days: { type: 'integer' },
    },
    required: ['name', 'measure', 'department', 'region_code', 'year', 'budget', 'publicity_days'],
  },
  response: { 201: PROGRAMME, ...ERROR_RESPONSES },
} as const;

export const getProgrammeSchema = {
  summary: 'One programme with its budget (reserved, remaining, queue)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: PROGRAMME, ...ERROR_RESPONSES },
} as const;

export const updateProgrammeSchema = {
  summary: 'Change a programme’s name, budget or publicity days (a larger budget admits the queue, first eligible first)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 200 },
      budget: { type: 'string', maxLength: 20 },
      publicity_days: { type: 'integer' },
    },
  },
  response: { 200: PROGRAMME, ...ERROR_RESPONSES },
} as const;

export const publishProgrammeSchema = {
  summary: 'Publish the programme’s confirmed offers (公示) for its publicity days',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: NO_BODY,
  response: {
    200: { type: 'object', properties: { published: { type: 'integer' } }, required: ['published'] },
    ...ERROR_RESPONSES,
  },
} as const;

export const payableSchema = {
  summary: 'How many offers of the programme are payable now (publicity over, no open objection; or failed before)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: {
    200: { type: 'object', properties: { count: { type: 'integer' }, total: YUAN }, required: ['count', 'total'] },
    ...ERROR_RESPONSES,
  },
} as const;

export const listOffersSchema = {
  summary: 'Offers: an enterprise’s own; an officer’s region’s',
  tags,
  querystring: querySchema({ programme_id: { type: 'string', maxLength: 64 }, status: { type: 'string', enum: [...OFFER_STATUSES] } }),
  response: listResponses(OFFER),
} as const;

export const getOfferSchema = {
  summary: 'One offer with its “why” (another enterprise’s or outside the region: 404)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: OFFER, ...ERROR_RESPONSES },
} as const;

export const confirmOfferSchema = {
  summary: 'Confirm the own offer and give the bank account to pay (enterprise accounts)',
  description:
    'Nothing else is asked: the amount and its reasons come from the data already held. The offer is reserved at once when the programme’s budget allows, else it waits in the queue (first eligible first). Account number: 8–30 digits (spaces allowed). Audited.',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      account_name: { type: 'string', maxLength: 200 },
      bank_name: { type: 'string', maxLength: 200 },
      account_number: { type: 'string', maxLength: 60 },
    },
    required: ['account_name', 'bank_name', 'account_number'],
  },
  response: { 200: OFFER, ...ERROR_RESPONSES },
} as const;

export const cancelOfferSchema = {
  summary: 'Cancel a failed payment for good (its budget returns to the queue)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: NO_BODY,
  response: { 200: OFFER, ...ERROR_RESPONSES },
} as const;

export const listObjectionsSchema = {
  summary: 'Objections to published offers within the region (officers, administrators)',
  tags,
  querystring: querySchema({
    programme_id: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['open', 'upheld', 'dismissed'] },
  }),
  response: listResponses(OBJECTION),
} as const;

export const decideObjectionSchema = {
  summary: 'Decide an objection: upheld withdraws the offer; dismissed leaves it',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { decision: { type: 'string', enum: ['upheld', 'dismissed'] }, reason: { type: ['string', 'null'], maxLength: 1000 } },
    required: ['decision'],
  },
  response: { 200: OBJECTION, ...ERROR_RESPONSES },
} as const;

const PUBLICITY_ENTRY: JsonSchema = {
  type: 'object',
  properties: {
    offer_id: { type: 'string' },
    enterprise_name: { type: 'string' },
    credit_code: { type: ['string', 'null'] },
    amount: YUAN,
    published_at: { type: 'string' },
    publicity_ends_at: { type: 'string' },
    open: { type: 'boolean', description: 'Whether objections can still be filed.' },
  },
  required: ['offer_id', 'enterprise_name', 'credit_code', 'amount', 'published_at', 'publicity_ends_at', 'open'],
};

export const publicitySchema = {
  summary:
    'The public publicity page of a programme (公示): name, credit code and amount of each published offer, with the dates. No sign-in.',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: {
    200: {
      type: 'object',
      properties: {
        programme: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            measure: { type: 'string' },
            measure_title: { type: ['string', 'null'] },
            department: { type: 'string' },
            region_code: { type: 'string' },
            year: { type: 'integer' },
            publicity_days: { type: 'integer' },
          },
          required: ['id', 'name', 'measure', 'department', 'region_code', 'year', 'publicity_days'],
        },
        items: { type: 'array', items: PUBLICITY_ENTRY },
      },
      required: ['programme', 'items'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const fileObjectionSchema = {
  summary: 'File an objection to a published offer during its publicity (anyone; without sign-in a contact is required)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      offer_id: { type: 'string', maxLength: 64 },
      reason: { type: 'string', maxLength: 2000 },
      contact: { type: ['string', 'null'], maxLength: 400 },
    },
    required: ['offer_id', 'reason'],
  },
  response: { 201: OBJECTION, ...ERROR_RESPONSES },
} as const;

export const listBatchesSchema = {
  summary: 'Payment batches within the region (without their lines)',
  tags,
  querystring: querySchema({ programme_id: { type: 'string', maxLength: 64 } }),
  response: listResponses(BATCH),
} as const;

export const createBatchSchema = {
  summary: 'Create a draft payment batch of every payable offer of a programme',
  tags,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { programme_id: { type: 'string', maxLength: 64 } },
    required: ['programme_id'],
  },
  response: { 201: BATCH, ...ERROR_RESPONSES },
} as const;

export const getBatchSchema = {
  summary: 'One payment batch with its lines',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: BATCH, ...ERROR_RESPONSES },
} as const;

export const approveBatchSchema = {
  summary: 'Approve a draft payment batch (an officer other than its creator, or an administrator)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: NO_BODY,
  response: { 200: BATCH, ...ERROR_RESPONSES },
} as const;

export const exportBatchSchema = {
  summary: 'The treasury payment file of an approved batch (payee, account, bank, amount in yuan with 2 decimals, reference)',
  description:
    'xlsx (amounts as numbers with two decimals) or csv (UTF-8 with a byte-order mark, amounts as text with two decimals). The export is audited.',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({ format: { type: 'string', enum: ['xlsx', 'csv'], default: 'xlsx' } }),
  response: {
    200: {
      description: 'The file (Content-Disposition: attachment).',
      content: {
        [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
        'text/csv': { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const recordResultSchema = {
  summary: 'Record one line’s result: paid, or failed with a reason (the offer is then retried in a new batch or cancelled)',
  tags,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      offer_id: { type: 'string', maxLength: 64 },
      result: { type: 'string', enum: ['paid', 'failed'] },
      reason: { type: ['string', 'null'], maxLength: 1000 },
    },
    required: ['offer_id', 'result'],
  },
  response: { 200: BATCH, ...ERROR_RESPONSES },
} as const;

const TAKE_UP_QUERY = {
  year: { type: 'integer', minimum: 2011, maximum: 2100 },
  measure: { type: 'string', maxLength: 64 },
  programme_id: { type: 'string', maxLength: 64 },
} as const;

export const takeUpSchema = {
  summary:
    'Take-up per programme (measure, region, year): eligible, offered, confirmed, published, paid, unclaimed, days to payment, promised against paid',
  tags,
  querystring: querySchema(TAKE_UP_QUERY),
  response: listResponses(TAKE_UP_ROW, { totals: TAKE_UP_TOTALS }),
} as const;

export const takeUpFileSchema = {
  summary: 'Take-up as an Excel workbook or a PDF report (the same figures as GET /take-up)',
  tags,
  querystring: querySchema({ ...TAKE_UP_QUERY, format: { type: 'string', enum: ['xlsx', 'pdf'], default: 'xlsx' } }),
  response: FILE_RESPONSE,
} as const;
