import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, PERIOD_PARAM, ref, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export interface EntitlementsQuery {
  readonly period: string;
  readonly lang?: string;
}

const SCALAR: JsonSchema = { type: ['number', 'string', 'boolean'], description: 'Money in yuan, exact to the fen.' };

const CONDITION: JsonSchema = {
  type: 'object',
  properties: {
    variable: { type: 'string' },
    label: { type: 'string' },
    met: { type: 'boolean' },
    threshold: {
      type: 'object',
      properties: {
        quantity: { type: 'string', description: 'The variable compared.' },
        op: { type: 'string', enum: ['<=', '<', '>=', '>'] },
        value: SCALAR,
        bound: SCALAR,
      },
      required: ['quantity', 'op', 'value', 'bound'],
    },
    advice: { type: 'string', description: 'For an unmet condition: what is wrong and what would change it.' },
  },
  required: ['variable', 'label', 'met'],
};

const ASSESSED: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'number', 'null'] },
    name: { type: 'string' },
    total_support_value: {
      type: 'number',
      description:
        'Yuan: the counted values (of schemes that cannot be combined, the largest); amounts pending an input are not in it (`total_excludes`).',
    },
    entitlements: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          measure: { type: 'string', description: 'Catalogue id (GET /api/v1/measures/{id}).' },
          title: { type: ['string', 'null'] },
          eligible: { type: 'boolean' },
          value: { type: 'number', description: 'Yuan in the year (0 when not eligible).' },
          counted: { type: 'boolean', description: 'Whether the value counts in the total.' },
          conditions: { type: 'array', items: CONDITION },
          pending: {
            type: 'object',
            description:
              'An input not given that the answer needs: to decide eligibility (`for: eligibility`, `eligible` is then false: not established) or, eligible, to compute the amount (`for: amount`, `value` 0 and not counted). `message` says what to give.',
            properties: {
              for: { type: 'string', enum: ['eligibility', 'amount'] },
              input: { type: 'string', description: 'The input variable, or the linked records (e.g. loan_contract), not given.' },
              label: { type: 'string' },
              message: { type: 'string', description: 'What to give, e.g. "give the taxable income to see the amount".' },
            },
            required: ['for', 'input', 'label', 'message'],
          },
        },
        required: ['measure', 'title', 'eligible', 'value', 'counted', 'conditions'],
      },
    },
    not_encoded: { type: 'array', items: { type: 'string' }, description: 'Measures whose rules are not encoded for this period.' },
    total_excludes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Measures the enterprise is eligible for whose amount is pending an input (see `pending`): not in the total.',
    },
  },
  required: ['id', 'total_support_value', 'entitlements', 'not_encoded', 'total_excludes'],
};

/** What both the report and its PDF take: the year, and the enterprise's figures. */
const REPORT_INPUT = {
  tags: ['engine'],
  querystring: querySchema({ period: { ...PERIOD_PARAM, description: 'Year to assess (e.g. 2013).' } }, ['period']),
  // EnterpriseInput is an object: one enterprise's fields, or a batch under `enterprises`.
  body: typed<Readonly<Record<string, unknown>>>(ref('EnterpriseInput')),
} as const;

export const assessEntitlementsSchema = {
  summary: 'Every entitlement of one enterprise or a batch: value, why not, what would change, total',
  description:
    "For each enterprise, every entitlement of the encoded measures in force in the year: eligible or not, its value, each condition and — for those not met — the distance to meeting it against the enterprise's own figures, and the whole-package total (schemes that cannot be combined counted once).",
  ...REPORT_INPUT,
  response: {
    200: {
      type: 'object',
      properties: {
        period: { type: 'string' },
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        result: ASSESSED,
        results: { type: 'array', items: ASSESSED },
      },
      required: ['period', 'policy_version', 'parameter_hash'],
    },
    ...ERROR_RESPONSES,
  },
} as const;

export const entitlementsPdfSchema = {
  summary: 'The entitlement report of one enterprise as a PDF',
  description:
    'The same assessment as POST /api/v1/entitlements for one enterprise (its body and `period`), as a PDF in the user language: the whole-package total, each entitlement with its amount (or what to give to see it) and status, and for those missed why and what would change.',
  ...REPORT_INPUT,
  response: {
    200: {
      description: 'The file (Content-Disposition: attachment).',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    ...ERROR_RESPONSES,
  },
} as const;
