import { CORRECTION_FIELDS } from '@xiaowei/store';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const REQUEST: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    enterprise_id: { type: 'string' },
    enterprise_name: { type: 'string' },
    region_code: { type: 'string' },
    field: { type: 'string', enum: [...CORRECTION_FIELDS] },
    field_label: { type: 'string', description: 'The field’s name in the response language.' },
    year: { type: ['integer', 'null'] },
    current_value: { type: ['string', 'null'], description: 'The value recorded when the request was made (money in yuan).' },
    proposed_value: { type: 'string' },
    reason: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'accepted', 'rejected'] },
    requested_at: { type: 'string' },
    decided_at: { type: ['string', 'null'] },
    decision_reason: { type: ['string', 'null'] },
  },
  required: ['id', 'enterprise_id', 'field', 'proposed_value', 'reason', 'status', 'requested_at'],
};

const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 64 } }, required: ['id'] } as const;

export const createCorrectionSchema = {
  summary: 'Request a correction of the enterprise’s own registry data (enterprise accounts)',
  description:
    'A field (`GET /api/v1/corrections/fields`), the year for a year’s figure (a recorded year), the proposed value as typed (money in yuan) and a reason. Checked by the registry’s own rules for the field: a bad value is XW_ERR_VALIDATION at `proposed_value` in the caller’s language, nothing stored. The registry is not changed until an officer accepts. Audited.',
  tags: ['corrections'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      field: { type: 'string', maxLength: 64 },
      year: { type: ['integer', 'null'], minimum: 1949, maximum: 2100 },
      proposed_value: { type: 'string', maxLength: 200 },
      reason: { type: 'string', maxLength: 1000 },
    },
    required: ['field', 'proposed_value', 'reason'],
  },
  response: { 201: REQUEST, ...ERROR_RESPONSES },
} as const;

export const listCorrectionsSchema = {
  summary: 'Correction requests: an enterprise’s own; an officer’s region’s queue',
  description: 'Newest first, at most 1,000. Another enterprise’s requests are never listed.',
  tags: ['corrections'],
  querystring: querySchema({ status: { type: 'string', enum: ['pending', 'accepted', 'rejected'] } }),
  response: listResponses(REQUEST),
} as const;

export const getCorrectionSchema = {
  summary: 'One correction request (within the caller’s scope; otherwise 404)',
  tags: ['corrections'],
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: REQUEST, ...ERROR_RESPONSES },
} as const;

export const acceptCorrectionSchema = {
  summary: 'Accept a correction request: the change is applied through the registry update (officers of the region, admins)',
  description:
    'The proposed value is read again by the registry’s rules and written as any registry change (audited, entitlements recomputed) in the same transaction as the decision. Outside the region: 404. Already decided: XW_ERR_CORRECTION_DECIDED.',
  tags: ['corrections'],
  params: ID_PARAMS,
  querystring: querySchema({}),
  // TypeBox reads only the object of `type: ['object', 'null']`: typed so that the handler sees the null too.
  body: typed<{ readonly reason?: string | null } | null>({
    type: ['object', 'null'],
    additionalProperties: false,
    properties: { reason: { type: ['string', 'null'], maxLength: 1000 } },
  }),
  response: { 200: REQUEST, ...ERROR_RESPONSES },
} as const;

export const rejectCorrectionSchema = {
  summary: 'Reject a correction request with a reason (officers of the region, admins)',
  tags: ['corrections'],
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } },
    required: ['reason'],
  },
  response: { 200: REQUEST, ...ERROR_RESPONSES },
} as const;

export const correctionFieldsSchema = {
  summary: 'The fields a correction can be requested for, with their names and whether they are by year',
  tags: ['corrections'],
  querystring: querySchema({}),
  response: listResponses({
    type: 'object',
    properties: { field: { type: 'string' }, label: { type: 'string' }, by_year: { type: 'boolean' }, money: { type: 'boolean' } },
    required: ['field', 'label', 'by_year', 'money'],
  }),
} as const;
