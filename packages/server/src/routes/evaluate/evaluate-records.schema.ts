import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, PERIOD_PARAM, ref } from '../../http/schemas.ts';
import { ENTITY_PARAM, querySchema, VARIABLES_PARAM } from '../query.ts';

export interface EvaluateQuery {
  readonly period: string;
  readonly variables: string[];
  readonly entity: string;
  readonly lang?: string;
}

const VALUE: JsonSchema = {
  type: ['number', 'string', 'boolean'],
  description: 'Money: a number of yuan, exact to the fen. Enums by name, dates as YYYY-MM-DD, booleans as true/false.',
};

export const EVALUATED_RECORD: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'number', 'null'], description: 'The id sent with the record (null when none).' },
    name: { type: 'string' },
    values: { type: 'object', additionalProperties: VALUE, description: 'Each requested variable → its value.' },
  },
  required: ['id', 'values'],
};

export const evaluateRecordsSchema = {
  summary: 'Evaluate variables of the encoded policy for one record or a batch',
  description:
    'Any variables of the policy (`variables`) for the period (`period`), for one record (its fields at the top level of the body) or a batch (`{"enterprises": [ … ]}`). Outputs of one entity run through a compiled plan cached per (period, variables); outputs that follow links (a loan contract with a nested `borrower`) or aggregate other entities run through a simulation. Every bad value of every record is reported at once and nothing is computed.',
  tags: ['engine'],
  querystring: querySchema(
    {
      period: PERIOD_PARAM,
      variables: VARIABLES_PARAM,
      entity: ENTITY_PARAM,
    },
    ['period', 'variables'],
  ),
  body: ref('RecordsInput'),
  response: {
    200: {
      type: 'object',
      properties: {
        entity: { type: 'string' },
        period: { type: 'string' },
        variables: { type: 'array', items: { type: 'string' } },
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        result: { ...EVALUATED_RECORD, description: 'The record, when one was sent.' },
        results: { type: 'array', items: EVALUATED_RECORD, description: 'The records of a batch, in order.' },
      },
      required: ['entity', 'period', 'variables', 'policy_version', 'parameter_hash'],
    },
    ...ERROR_RESPONSES,
  },
} as const;
