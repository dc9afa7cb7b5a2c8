import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, PERIOD_PARAM, ref } from '../../http/schemas.ts';
import { ENTITY_PARAM, querySchema } from '../query.ts';

export interface TraceQuery {
  readonly period: string;
  readonly variable: string;
  readonly entity: string;
  readonly lang?: string;
}

const REFERENCE: JsonSchema = {
  type: 'object',
  properties: {
    document: { type: 'string', description: 'Document number, e.g. 工信部联企业〔2011〕300号.' },
    article: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
  },
  required: ['document'],
};

const PARAMETER_USED: JsonSchema = {
  type: 'object',
  properties: {
    path: { type: 'string' },
    label: { type: 'string' },
    value: { type: ['number', 'string', 'boolean', 'null'], description: 'As written in law; money in yuan.' },
    unit: { type: 'string' },
    start: { type: 'string', description: 'First day the value is in force.' },
    end: { type: ['string', 'null'], description: 'Last day (null: still in force).' },
    references: { type: 'array', items: REFERENCE },
    confidence: { type: 'string', enum: ['verified', 'secondary', 'unconfirmed'] },
    note: { type: 'string' },
  },
  required: ['path', 'value', 'start', 'end', 'references', 'confidence'],
};

export const TRACE_NODE: JsonSchema = {
  $id: 'TraceNode',
  type: 'object',
  description:
    'Why a variable has its value: the dated formula, the parameter values (with their window, document and confidence) and the inputs, recursively.',
  properties: {
    variable: { type: 'string' },
    entity: { type: 'string' },
    period: { type: 'string' },
    label: { type: 'string' },
    value: { type: ['number', 'string', 'boolean'] },
    kind: { type: 'string', enum: ['formula', 'input', 'default'] },
    formula_from: { type: 'string' },
    references: { type: 'array', items: REFERENCE },
    parameters: { type: 'array', items: PARAMETER_USED },
    children: { type: 'array', items: { $ref: 'TraceNode#' } },
  },
  required: ['variable', 'entity', 'period', 'label', 'value', 'kind', 'references', 'parameters', 'children'],
};

export const traceVariableSchema = {
  summary: 'The trace of any variable for one record',
  description:
    'Evaluates `variable` for the record of the body (one record; linked records nested) with tracing on and returns the tree of formulas, parameter values (each with the window it was in force, its document and confidence) and inputs behind the value, plus the same as indented text in the user language.',
  tags: ['engine'],
  querystring: querySchema({ period: PERIOD_PARAM, variable: { type: 'string', minLength: 1, maxLength: 200 }, entity: ENTITY_PARAM }, [
    'period',
    'variable',
  ]),
  body: ref('RecordsInput'),
  response: {
    200: {
      type: 'object',
      properties: {
        entity: { type: 'string' },
        variable: { type: 'string' },
        period: { type: 'string' },
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        id: { type: ['string', 'number', 'null'] },
        value: { type: ['number', 'string', 'boolean'] },
        trace: ref('TraceNode'),
        text: { type: 'string', description: 'The trace as indented text in the user language.' },
      },
      required: ['entity', 'variable', 'period', 'policy_version', 'parameter_hash', 'id', 'value', 'trace', 'text'],
    },
    ...ERROR_RESPONSES,
  },
} as const;
