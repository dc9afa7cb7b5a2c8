import { DEDUCTION_REASONS } from '@xiaowei/policy';
import type { JsonSchema } from '../../http/json.ts';
import { allRequired, ERROR_RESPONSES, listResponses, NEXT_CURSOR, ref, SIZE_CLASS, SIZE_CLASS_OR_NULL } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

const YUAN: JsonSchema = { type: 'number', description: 'Yuan, exact to the fen.' };
const YUAN_IN: JsonSchema = {
  type: ['number', 'string'],
  maxLength: 40,
  description: 'Yuan with at most two decimals, as a number or as text (text keeps every digit).',
};
const DECIMAL_IN = (what: string): JsonSchema => ({
  type: ['number', 'string', 'null'],
  maxLength: 20,
  description: `${what}: decimal, at most 9 decimals, as a number or as text ("0.08").`,
});
const TEXT_ID: JsonSchema = { type: ['string', 'null'], maxLength: 64 };
const DECIMAL_OUT: JsonSchema = { type: ['string', 'null'], description: 'Exact decimal text.' };

const PRODUCT_IN: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    manufacturer_id: { ...TEXT_ID, description: 'Registry id (unified social credit code) of the manufacturer: its class is checked.' },
    manufacturer_name: { type: 'string', maxLength: 200 },
    manufacturer_size_class: { ...SIZE_CLASS, description: "The manufacturer's class as declared (required)." },
    large_enterprise_trademark: { type: 'boolean', description: "The product carries a large enterprise's registered trademark." },
    size_class: {
      ...SIZE_CLASS,
      deprecated: true,
      description: 'Old name of manufacturer_size_class, accepted until 0.3.',
    },
    large_trademark: { type: 'boolean', deprecated: true, description: 'Old name of large_enterprise_trademark, accepted until 0.3.' },
  },
  required: ['manufacturer_name'],
};
const MEMBER_IN: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    member_id: { ...TEXT_ID, description: 'Registry id of the member: its class is checked.' },
    name: { type: 'string', maxLength: 200 },
    size_class: SIZE_CLASS,
    share: { ...DECIMAL_IN('Share of the consortium contract amount (0.3 = 30%)'), type: ['number', 'string'] },
  },
  required: ['name', 'size_class', 'share'],
};

const BID_PROPERTIES: Record<string, JsonSchema> = {
  id: { type: 'string', minLength: 1, maxLength: 64, description: "The bid's id within the tender." },
  supplier_id: { ...TEXT_ID, description: "The supplier's registry id (unified social credit code)." },
  supplier_name: { type: 'string', maxLength: 200 },
  price: YUAN_IN,
  technical_score: DECIMAL_IN('Technical score, 0–100 (comprehensive scoring)'),
  compliant: { type: 'boolean', default: true, description: 'false: the bid is not compliant and is not ranked.' },
  supplier_size_class: { ...SIZE_CLASS_OR_NULL, description: 'The class the SME declaration states; null: none.' },
  size_class: {
    ...SIZE_CLASS_OR_NULL,
    deprecated: true,
    description: 'Old name of supplier_size_class, accepted until 0.3.',
  },
  products: { type: 'array', maxItems: 1000, items: PRODUCT_IN },
  consortium: { type: 'array', maxItems: 1000, items: MEMBER_IN, description: 'Consortium members: their classes decide the bid’s.' },
};

const TENDER_PROPERTIES: Record<string, JsonSchema> = {
  name: { type: 'string', maxLength: 200 },
  project_id: { ...TEXT_ID, description: "A procurement project of the unit: publishing writes the project's award." },
  date: { type: 'string', maxLength: 10, description: 'YYYY-MM-DD: the rules and the legal deduction range in force on this date apply.' },
  method: { type: 'string', enum: ['lowest_price', 'comprehensive'] },
  price_weight: DECIMAL_IN('Price weight in points out of 100 (comprehensive scoring)'),
  deduction_rate: DECIMAL_IN('Small/micro deduction rate (0.06–0.1 for 2012–2019)'),
  consortium_deduction_rate: DECIMAL_IN('Consortium deduction rate (0.02–0.03 for 2012–2019)'),
  reserved_for_sme: { type: 'boolean', description: 'A project reserved for SMEs: no deduction.' },
};

const METHOD: JsonSchema = { type: 'string', enum: ['lowest_price', 'comprehensive'] };
const STATUS: JsonSchema = { type: 'string', enum: ['draft', 'evaluated', 'published'] };

const BID_OUT: JsonSchema = allRequired({
  id: { type: 'string' },
  supplier_id: { type: ['string', 'null'] },
  supplier_name: { type: 'string' },
  price: YUAN,
  technical_score: DECIMAL_OUT,
  compliant: { type: 'boolean' },
  supplier_size_class: { ...SIZE_CLASS_OR_NULL, description: 'The class the SME declaration states; null: none.' },
  products: {
    type: 'array',
    items: allRequired({
      manufacturer_id: { type: ['string', 'null'] },
      manufacturer_name: { type: 'string' },
      manufacturer_size_class: SIZE_CLASS,
      large_enterprise_trademark: { type: 'boolean' },
    }),
  },
  consortium: {
    type: 'array',
    items: allRequired({
      member_id: { type: ['string', 'null'] },
      name: { type: 'string' },
      size_class: SIZE_CLASS,
      share: { type: 'string' },
    }),
  },
});

const TENDER_OUT_PROPERTIES: Record<string, JsonSchema> = {
  id: { type: 'string' },
  budget_unit_id: { type: 'string' },
  budget_unit_name: { type: 'string' },
  region_code: { type: 'string' },
  project_id: { type: ['string', 'null'] },
  name: { type: 'string' },
  date: { type: 'string' },
  method: METHOD,
  price_weight: DECIMAL_OUT,
  deduction_rate: DECIMAL_OUT,
  consortium_deduction_rate: DECIMAL_OUT,
  reserved_for_sme: { type: 'boolean' },
  status: { ...STATUS, description: 'published: final; every change is 409.' },
  version: { type: 'integer', description: 'Send it back with PUT to detect concurrent changes.' },
  bid_count: { type: 'integer' },
  created_at: { type: 'string' },
  created_by: { type: 'string' },
  updated_at: { type: 'string' },
  updated_by: { type: 'string' },
};
const RANGE: JsonSchema = { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number' } }, required: ['min', 'max'] };

export const TENDER_SCHEMAS: JsonSchema[] = [
  {
    $id: 'TenderBidInput',
    type: 'object',
    description:
      "A bid with its SME declaration, in the policy's field names (as POST /api/v1/procurement/evaluate and `xiaowei procurement evaluate`). The names of 0.1 — a bid's or product's `size_class`, a product's `large_trademark` — are accepted until 0.3.",
    additionalProperties: false,
    properties: BID_PROPERTIES,
    required: ['id', 'supplier_name', 'price'],
  },
  allRequired(
    {
      tender_id: { type: 'string' },
      sequence: { type: 'integer' },
      tender_name: { type: 'string' },
      budget_unit_id: { type: 'string' },
      budget_unit_name: { type: 'string' },
      date: { type: 'string' },
      method: METHOD,
      reserved_for_sme: { type: 'boolean' },
      price_weight: DECIMAL_OUT,
      deduction_rate: DECIMAL_OUT,
      consortium_deduction_rate: DECIMAL_OUT,
      legal_range: allRequired({ small_micro: RANGE, consortium: RANGE, consortium_share: { type: 'number' } }),
      contradictions: { type: 'integer', description: 'Declarations the registry contradicts.' },
      bids: {
        type: 'array',
        items: allRequired({
          id: { type: 'string' },
          supplier_id: { type: ['string', 'null'] },
          supplier_name: { type: 'string' },
          price: YUAN,
          compliant: { type: 'boolean' },
          supplier_size_class: { ...SIZE_CLASS_OR_NULL, description: 'The class the SME declaration states.' },
          evaluated_size_class: { ...SIZE_CLASS_OR_NULL, description: 'The class the bid counts as (the award’s class if it wins).' },
          consortium: { type: 'boolean' },
          deduction_rate: { type: 'number', description: 'Applied (0.06 = 6%); 0: none.' },
          deduction_reason: { type: 'string', enum: [...DEDUCTION_REASONS] },
          reason: { type: 'string', description: 'Why, in the user language.' },
          deduction: YUAN,
          evaluated_price: YUAN,
          technical_score: DECIMAL_OUT,
          price_score: { type: ['number', 'null'] },
          total_score: { type: ['number', 'null'] },
          rank: { type: ['integer', 'null'], description: '1 wins; null: not compliant.' },
          declarations: {
            type: 'array',
            items: allRequired({
              party: { type: 'string', enum: ['supplier', 'manufacturer', 'member'] },
              index: { type: ['integer', 'null'] },
              party_id: { type: ['string', 'null'] },
              party_name: { type: 'string' },
              declared: SIZE_CLASS,
              status: { type: 'string', enum: ['confirmed', 'contradicted', 'not_verifiable'] },
              registry_class: SIZE_CLASS_OR_NULL,
              material: {
                type: 'boolean',
                description: 'The contradiction is on the small/micro side (it would change the deduction).',
              },
              explanation: { type: 'string' },
            }),
          },
        }),
      },
      policy_version: { type: 'string' },
      parameter_hash: { type: 'string' },
      evaluated_at: { type: 'string' },
      evaluated_by: { type: 'string', description: 'User id (as in the audit log).' },
      evaluated_by_name: { type: 'string' },
      published_at: { type: ['string', 'null'] },
      published_by: { type: ['string', 'null'] },
      published_by_name: { type: ['string', 'null'] },
    },
    {
      $id: 'TenderEvaluation',
      description:
        'The evaluation report: per bid the deduction applied and why (or why not), the evaluated price, scores and rank, and each declaration checked against the registry. The contract amount is the bid price, never the evaluated one.',
    },
  ),
  allRequired(TENDER_OUT_PROPERTIES, { $id: 'StoredTender' }),
  allRequired(
    {
      ...TENDER_OUT_PROPERTIES,
      bids: { type: 'array', items: BID_OUT },
      evaluation: { anyOf: [ref('TenderEvaluation'), { type: 'null' }], description: 'The newest evaluation (null: none yet).' },
    },
    { $id: 'TenderDetail' },
  ),
];

const TAGS = ['procurement'];
const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 64 } }, required: ['id'] } as const;
const BID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 }, bid: { type: 'string', minLength: 1, maxLength: 64 } },
  required: ['id', 'bid'],
} as const;
const VERSION_QUERY = {
  version: { type: 'integer', minimum: 1, description: 'The version read: 409 if the tender changed since.' },
} as const;

export const listTendersSchema = {
  summary: 'Tenders of the caller’s budget unit (procurement), region (officers) or all',
  tags: TAGS,
  querystring: querySchema({
    status: { type: 'string', enum: ['draft', 'evaluated', 'published'] },
    q: { type: 'string', maxLength: 200, description: 'Name contains, or id equals.' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { type: 'string', maxLength: 500 },
  }),
  response: listResponses(ref('StoredTender'), { next_cursor: NEXT_CURSOR }),
} as const;

export const createTenderSchema = {
  summary: 'Create a draft tender of the caller’s budget unit, with its bids',
  tags: TAGS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string', minLength: 1, maxLength: 64, description: 'Your id (generated when absent).' },
      ...TENDER_PROPERTIES,
      bids: { type: 'array', maxItems: 10_000, items: ref('TenderBidInput') },
    },
    required: ['name', 'date', 'method'],
  },
  response: { 201: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const submitTenderSchema = {
  summary: 'E-procurement systems: submit a whole tender with its bids, stored and evaluated at once',
  description:
    'For an e-procurement system with the API token of a procurement user: the tender and every bid in one body (as POST /api/v1/tenders), stored under the user’s budget unit and evaluated in one step; the answer is the evaluation report. Any problem — a bad value, a rate outside the legal range of the tender’s date — stores nothing.',
  tags: TAGS,
  querystring: querySchema({}),
  body: { ...createTenderSchema.body, required: ['name', 'date', 'method', 'bids'] },
  response: {
    201: {
      type: 'object',
      properties: { tender: ref('StoredTender'), evaluation: ref('TenderEvaluation') },
      required: ['tender', 'evaluation'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const getTenderSchema = {
  summary: 'One tender with its bids, declarations and newest evaluation',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const updateTenderSchema = {
  summary: 'Change a tender that is not published (it goes back to draft)',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    properties: { ...TENDER_PROPERTIES, version: { type: 'integer', minimum: 1 } },
  },
  response: { 200: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const deleteTenderSchema = {
  summary: 'Delete a tender that is not published',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema(VERSION_QUERY),
  response: { 204: { type: 'null', description: 'Deleted.' }, ...ERROR_RESPONSES },
} as const;

export const putBidSchema = {
  summary: 'Add a bid, or replace the bid with this id',
  tags: TAGS,
  params: BID_PARAMS,
  querystring: querySchema({}),
  body: {
    type: 'object',
    additionalProperties: false,
    description: 'A bid as in TenderBidInput; its id is the one in the path.',
    properties: BID_PROPERTIES,
    required: ['supplier_name', 'price'],
  },
  response: { 200: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const deleteBidSchema = {
  summary: 'Remove a bid',
  tags: TAGS,
  params: BID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const importBidsSchema = {
  summary: 'Import bids from an Excel file (.xlsx), all or none',
  description:
    'multipart/form-data with one file field (`file`), columns as in GET /api/v1/tenders/bid-template (headers in any of the three languages). Every row is checked; if any has a problem nothing is imported and the answer is XW_ERR_BIDS_REJECTED (422) with every problem by row, column and field in the user language.',
  tags: TAGS,
  params: ID_PARAMS,
  consumes: ['multipart/form-data'],
  docBody: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'The .xlsx file.' } },
    required: ['file'],
  },
  querystring: querySchema({}),
  response: { 200: ref('TenderDetail'), ...ERROR_RESPONSES },
} as const;

export const bidTemplateSchema = {
  summary: 'The Excel template of a bid import, headers in the user language',
  tags: TAGS,
  querystring: querySchema({}),
  response: {
    200: { type: 'string', format: 'binary', description: 'An .xlsx workbook: the bid sheet with two example rows, and the instructions.' },
    ...ERROR_RESPONSES,
  },
} as const;

export const legalRangeSchema = {
  summary: 'The legal deduction ranges in force on a date',
  description:
    'The ranges in force on the date: 6%–10% for small/micro enterprises and 2%–3% for consortia from 2012-01-01 (财库〔2011〕181号), then the ranges of 财库〔2020〕46号 (from 2021-01-01) and 财库〔2022〕19号 (from 2022-07-01); no rule is encoded before 2012 or after 2027-12-31 (XW_ERR_TENDER_RULE).',
  tags: TAGS,
  querystring: querySchema({ date: { type: 'string', maxLength: 10, description: 'YYYY-MM-DD' } }, ['date']),
  response: {
    200: {
      type: 'object',
      properties: { date: { type: 'string' }, small_micro: RANGE, consortium: RANGE, consortium_share: { type: 'number' } },
      required: ['date', 'small_micro', 'consortium', 'consortium_share'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const evaluateTenderSchema = {
  summary: 'Evaluate a tender: store a new evaluation',
  // Documentation only (app.ts moves it into the OpenAPI body): the request has no body.
  docBody: { type: 'object', additionalProperties: false, properties: {}, description: 'No body: send none (or an empty object).' },
  description:
    'The rates must lie in the legal range in force on the tender’s date (else XW_ERR_TENDER_RULE naming the range). Every SME declaration is checked against the registry; a contradicted one is flagged with the registry’s reason.',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema(VERSION_QUERY),
  response: { 201: ref('TenderEvaluation'), ...ERROR_RESPONSES },
} as const;

export const publishTenderSchema = {
  summary: 'Publish the newest evaluation: final afterwards (every change is 409)',
  // Documentation only (app.ts moves it into the OpenAPI body): the request has no body.
  docBody: { type: 'object', additionalProperties: false, properties: {}, description: 'No body: send none (or an empty object).' },
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema(VERSION_QUERY),
  response: { 200: ref('TenderEvaluation'), ...ERROR_RESPONSES },
} as const;

export const tenderReportSchema = {
  summary: 'The evaluation report as JSON, Excel (.xlsx) or PDF',
  tags: TAGS,
  params: ID_PARAMS,
  querystring: querySchema({
    format: { type: 'string', enum: ['json', 'xlsx', 'pdf'], default: 'json' },
    sequence: { type: 'integer', minimum: 1, description: 'An earlier evaluation; default the newest.' },
  }),
  response: {
    200: {
      ...ref('TenderEvaluation'),
      description:
        'format=json: the report; xlsx and pdf: the file (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/pdf).',
    },
    ...ERROR_RESPONSES,
  },
} as const;
