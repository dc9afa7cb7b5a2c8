import { BID_FIELDS, DEDUCTION_REASONS, MEMBER_FIELDS, PRODUCT_FIELDS, SUPPLIER_FIELDS, TENDER_FIELDS } from '@xiaowei/policy';
import type { EngineService } from '../../engine/engine-service.ts';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, fieldSchema, ref } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export interface ProcurementQuery {
  readonly explain?: boolean;
  readonly lang?: string;
}

/** Most tenders in one request. */
export const MAX_TENDERS = 1000;

const ID: JsonSchema = { type: ['string', 'number'], maxLength: 200 };

type Fields = { properties: Record<string, JsonSchema>; required?: string[] };

function fieldsOf(engine: EngineService, map: Readonly<Record<string, string>>, required: string[]): Fields {
  return {
    properties: Object.fromEntries(Object.entries(map).map(([key, id]) => [key, fieldSchema(engine.system.variable(id))])),
    ...(required.length > 0 ? { required } : {}),
  };
}

/** The properties of a tender object. */
function tenderProperties(engine: EngineService): Record<string, JsonSchema> {
  return {
    id: ID,
    ...fieldsOf(engine, TENDER_FIELDS, []).properties,
    bids: { type: 'array', minItems: 1, maxItems: 10_000, items: ref('ProcurementBid') },
  };
}

/** The shared schemas of the tender format, built from the procurement variables. */
export function tenderSchemas(engine: EngineService): JsonSchema[] {
  const fields = (map: Readonly<Record<string, string>>, required: string[]) => fieldsOf(engine, map, required);
  return [
    { $id: 'ProcurementProduct', type: 'object', additionalProperties: false, ...fields(PRODUCT_FIELDS, ['manufacturer_size_class']) },
    { $id: 'ProcurementConsortiumMember', type: 'object', additionalProperties: false, ...fields(MEMBER_FIELDS, ['size_class', 'share']) },
    {
      $id: 'ProcurementSupplier',
      type: 'object',
      additionalProperties: false,
      description: "The supplier's figures, classified by the size standard (instead of supplier_size_class).",
      ...fields(SUPPLIER_FIELDS, ['industry']),
    },
    {
      $id: 'ProcurementBid',
      type: 'object',
      additionalProperties: false,
      properties: {
        id: ID,
        ...fields(BID_FIELDS, []).properties,
        products: { type: 'array', maxItems: 10_000, items: ref('ProcurementProduct') },
        consortium: { type: 'array', maxItems: 1000, items: ref('ProcurementConsortiumMember') },
        supplier: ref('ProcurementSupplier'),
      },
      required: ['id', 'price'],
    },
    {
      $id: 'ProcurementTender',
      type: 'object',
      additionalProperties: false,
      description: 'A tender as `xiaowei procurement evaluate` reads it (see examples/tender.json).',
      properties: tenderProperties(engine),
      required: ['id', 'date', 'bids'],
    },
  ];
}

const BID_RESULT: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'number'] },
    price_deduction_rate: { type: 'number', description: 'Deduction applied to the price (0.06 = 6%).' },
    evaluated_price: { type: 'number', description: 'Yuan, exact to the fen.' },
    price_score: { type: 'number', description: 'Comprehensive scoring only.' },
    total_score: { type: 'number', description: 'Comprehensive scoring only.' },
    rank: { type: ['integer', 'null'], description: 'null: not compliant.' },
    deduction_reason: { type: 'string', enum: [...DEDUCTION_REASONS] },
    reason: { type: 'string', description: 'The reason in the user language.' },
    trace: ref('TraceNode'),
    trace_text: { type: 'string' },
  },
  required: ['id', 'price_deduction_rate', 'evaluated_price', 'rank', 'deduction_reason', 'reason'],
};

const TENDER_RESULT: JsonSchema = {
  type: 'object',
  properties: {
    tender: { type: ['string', 'number'] },
    date: { type: 'string' },
    method: { type: 'string', enum: ['lowest_price', 'comprehensive'] },
    bids: { type: 'array', items: BID_RESULT },
  },
  required: ['tender', 'date', 'method', 'bids'],
};

/** The route schema: the body is one tender (an object) or an array of tenders, each checked as `ProcurementTender`. */
export const evaluateTendersSchema = (engine: EngineService) => ({
  summary: 'Price deductions, evaluated prices, scores and ranks of the bids of a tender',
  description:
    "Government procurement for small and micro enterprises (Guofa [2012] No. 14 item 05, 财库〔2011〕181号): one tender, or an array of tenders. `explain=true` adds each bid's trace.",
  tags: ['engine'],
  querystring: querySchema({ explain: { type: 'boolean', default: false } }),
  body: {
    type: ['object', 'array'],
    description: 'A tender (see the ProcurementTender schema), or an array of tenders.',
    // Object keywords apply to a single tender, array keywords to a list: one schema, clear errors.
    properties: tenderProperties(engine),
    required: ['id', 'date', 'bids'],
    additionalProperties: false,
    items: ref('ProcurementTender'),
    minItems: 1,
    maxItems: MAX_TENDERS,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        result: TENDER_RESULT,
        results: { type: 'array', items: TENDER_RESULT },
      },
      required: ['policy_version', 'parameter_hash'],
    },
    ...ERROR_RESPONSES,
  },
});
