import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export interface ParametersQuery {
  readonly at?: string;
  readonly lang?: string;
}

const REFERENCE: JsonSchema = {
  type: 'object',
  properties: { document: { type: 'string' }, article: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } },
  required: ['document'],
};
const VALUE: JsonSchema = {
  type: ['number', 'string', 'boolean', 'null'],
  description: 'As written in law: money in yuan (exact), rates as fractions.',
};
const CONFIDENCE: JsonSchema = { type: 'string', enum: ['verified', 'secondary', 'unconfirmed'] };

/** A node of the parameter tree (recursive). */
export const PARAMETER_TREE: JsonSchema = {
  $id: 'ParameterTreeItem',
  type: 'object',
  description: 'A node (folder) with children, or a leaf parameter / bracket scale; with `at`, leaves carry the value in force that day.',
  properties: {
    path: { type: 'string', description: 'Dotted path, e.g. classification.size_standard.industry.medium.employees' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ['node', 'parameter', 'scale'] },
    label: { type: ['string', 'null'] },
    unit: { type: 'string' },
    value: VALUE,
    children: { type: 'array', items: { $ref: 'ParameterTreeItem#' } },
  },
  required: ['path', 'name', 'kind', 'label'],
};

const ENTRY: JsonSchema = {
  type: 'object',
  properties: {
    start: { type: 'string', description: 'First day in force.' },
    end: { type: ['string', 'null'], description: 'Last day in force (null: until further notice).' },
    value: VALUE,
    references: { type: 'array', items: REFERENCE },
    confidence: CONFIDENCE,
    note: { type: 'string' },
  },
  required: ['start', 'end', 'value', 'references', 'confidence'],
};

export const PARAMETER_HISTORY: JsonSchema = {
  $id: 'ParameterHistory',
  type: 'object',
  description: "A leaf parameter's whole history; a scale's brackets, each with its own histories.",
  properties: {
    path: { type: 'string' },
    kind: { type: 'string', enum: ['parameter', 'scale'] },
    label: { type: ['string', 'null'] },
    description: { type: 'string' },
    unit: { type: 'string' },
    references: { type: 'array', items: REFERENCE },
    confidence: CONFIDENCE,
    note: { type: 'string' },
    values: { type: 'array', items: ENTRY },
    type: { type: 'string', enum: ['marginal_rate', 'single_amount'] },
    brackets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          threshold: { $ref: 'ParameterHistory#' },
          rate: { $ref: 'ParameterHistory#' },
          amount: { $ref: 'ParameterHistory#' },
        },
        required: ['threshold'],
      },
    },
  },
  required: ['path', 'kind', 'label', 'references', 'confidence'],
};

export const listParametersSchema = {
  summary: 'The parameter tree with labels',
  description:
    'Every node and parameter of the encoded policy, labelled in the user language; with `at=YYYY-MM-DD`, each leaf has the value in force that day (null when none).',
  tags: ['policy'],
  querystring: querySchema({ at: { type: 'string', format: 'date', description: 'YYYY-MM-DD' } }),
  response: { 200: { $ref: 'ParameterTreeItem#' }, ...ERROR_RESPONSES },
} as const;

export const getParameterSchema = {
  summary: "One parameter's whole history (or a subtree)",
  description:
    'For a leaf: each value with its start, end, references, confidence and note. For a scale: its brackets. For a node: the subtree (as GET /api/v1/parameters). The path is dotted or slashed: /api/v1/parameters/tax.corporate_income_tax… or /api/v1/parameters/tax/corporate_income_tax/…',
  tags: ['policy'],
  params: { type: 'object', properties: { '*': { type: 'string', maxLength: 500 } }, required: ['*'] },
  querystring: querySchema({ at: { type: 'string', format: 'date', description: 'For a subtree: values in force that day.' } }),
  response: {
    200: { anyOf: [{ $ref: 'ParameterHistory#' }, { $ref: 'ParameterTreeItem#' }] },
    ...ERROR_RESPONSES,
  },
} as const;
