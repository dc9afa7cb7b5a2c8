import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const ISSUED: JsonSchema = {
  type: 'object',
  properties: {
    enterprise_id: { type: 'string' },
    credit_code: { type: 'string' },
    name: { type: 'string' },
    region_code: { type: 'string' },
    code: {
      type: 'string',
      description: 'The activation code, `XXXX-XXXX-XXXX` (shown only in this answer: the service keeps its SHA-256).',
    },
    expires_at: { type: 'string' },
    replaced: { type: 'boolean', description: 'Whether an open code of the enterprise was revoked by this one.' },
  },
  required: ['enterprise_id', 'credit_code', 'name', 'region_code', 'code', 'expires_at', 'replaced'],
};

/** The file's format: Excel unless asked for CSV (Ajv fills in the default). */
export const CODES_FORMAT_PARAM = { type: 'string', enum: ['xlsx', 'csv'], default: 'xlsx' } as const;

export const issueCodesSchema = {
  summary: 'Issue activation codes for enterprise accounts (officers of the region, admins)',
  description:
    'For the enterprises named in `enterprise_ids`, or for every enterprise of the caller’s region (narrowed by `without_account.region`) that has a credit code and no account yet. Each gets a new random single-use code valid `days` days (default 30); its open code is revoked. The codes are in this answer only (then export them with `POST /api/v1/enterprise-accounts/codes/file` or print them). An enterprise outside the region is 404; one without a credit code is XW_ERR_VALIDATION at `enterprise_ids.<k>`. At most 10,000 at a time. Audited per enterprise (never the code).',
  tags: ['enterprise accounts'],
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enterprise_ids: { type: 'array', minItems: 1, maxItems: 10_000, items: { type: 'string', minLength: 1, maxLength: 64 } },
      without_account: {
        type: 'object',
        additionalProperties: false,
        properties: { region: { type: 'string', pattern: '^\\d{0,6}$', description: 'A region code prefix inside the caller’s.' } },
      },
      days: { type: 'integer', minimum: 1, maximum: 366, default: 30 },
    },
    oneOf: [{ required: ['enterprise_ids'] }, { required: ['without_account'] }],
  },
  response: { 201: { type: 'object', properties: { codes: { type: 'array', items: ISSUED } }, required: ['codes'] }, ...ERROR_RESPONSES },
} as const;

export const codesFileSchema = {
  summary: 'The activation codes just issued, as an Excel or CSV file to hand out',
  description:
    'Writes the codes given (as `POST /api/v1/enterprise-accounts/codes` returned them) into a file with the credit code, name, activation code and expiry, headers in the caller’s language. The service keeps no code it could write later: the file is made from the body.',
  tags: ['enterprise accounts'],
  querystring: querySchema({ format: CODES_FORMAT_PARAM }),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      codes: {
        type: 'array',
        minItems: 1,
        maxItems: 10_000,
        items: {
          type: 'object',
          properties: {
            credit_code: { type: 'string', maxLength: 64 },
            name: { type: 'string', maxLength: 200 },
            code: { type: 'string', maxLength: 64 },
            expires_at: { type: 'string', maxLength: 40 },
          },
          required: ['credit_code', 'name', 'code', 'expires_at'],
        },
      },
    },
    required: ['codes'],
  },
  response: {
    200: {
      description: 'The file (Content-Disposition: attachment).',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
        'text/csv': { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const accountStatusSchema = {
  summary: 'Whether enterprises have an account, and their open activation code’s expiry',
  description: 'For the enterprises named in `ids` (comma-separated, at most 1,000) within the caller’s region; others are left out.',
  tags: ['enterprise accounts'],
  querystring: querySchema({ ids: { type: 'string', minLength: 1, maxLength: 70_000 } }, ['ids']),
  response: listResponses({
    type: 'object',
    properties: {
      enterprise_id: { type: 'string' },
      has_account: { type: 'boolean' },
      activated_at: { type: ['string', 'null'] },
      open_code_expires_at: { type: ['string', 'null'] },
    },
    required: ['enterprise_id', 'has_account'],
  }),
} as const;
