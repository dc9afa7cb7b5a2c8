import { INDUSTRY_GROUPS } from '@xiaowei/policy';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, PERIOD_PARAM, ref, SIZE_CLASS } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';

export interface ClassifyQuery {
  readonly period?: string;
  readonly lang?: string;
}

const AMOUNT_OR_COUNT: JsonSchema = {
  type: 'number',
  description: 'Employees as a count; revenue and total assets in yuan, exact to the fen.',
};

export const CLASSIFIED: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'number', 'null'] },
    name: { type: 'string' },
    industry: { type: 'string' },
    industry_group: { type: 'string', enum: [...INDUSTRY_GROUPS], description: 'Size-standard industry group (300号 art. 3).' },
    size_class: SIZE_CLASS,
    is_small_or_micro: { type: 'boolean' },
    explanation: {
      type: 'object',
      description:
        'Why: for large, the bounds met; otherwise the tier above that was missed and the indicators below its bounds (300号 art. 4).',
      properties: {
        text: { type: 'string', description: 'The explanation in the user language.' },
        deciding_tier: { type: 'string', enum: ['large', 'medium', 'small'] },
        checks: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              indicator: { type: 'string', enum: ['employees', 'revenue', 'total_assets'] },
              value: AMOUNT_OR_COUNT,
              bound: AMOUNT_OR_COUNT,
              met: { type: 'boolean' },
            },
            required: ['indicator', 'value', 'bound', 'met'],
          },
        },
      },
      required: ['text', 'deciding_tier', 'checks'],
    },
  },
  required: ['id', 'industry', 'industry_group', 'size_class', 'is_small_or_micro', 'explanation'],
};

export const classifyEnterprisesSchema = {
  summary: 'Size class of one enterprise or a batch, with the explanation',
  description:
    'The size class (large / medium / small / micro) under the 2011 SME size standard (工信部联企业〔2011〕300号) from `industry` (a group code such as `retail` or a GB/T 4754-2011 code such as `C3311`), `employees`, `revenue` and `total_assets` (yuan), with the bounds that decided it, explained in the user language.',
  tags: ['engine'],
  querystring: querySchema({ period: { ...PERIOD_PARAM, description: 'Year of the figures (default: the current year).' } }),
  body: ref('EnterpriseInput'),
  response: {
    200: {
      type: 'object',
      properties: {
        period: { type: 'string' },
        policy_version: { type: 'string' },
        parameter_hash: { type: 'string' },
        result: CLASSIFIED,
        results: { type: 'array', items: CLASSIFIED },
      },
      required: ['period', 'policy_version', 'parameter_hash'],
    },
    ...ERROR_RESPONSES,
  },
} as const;
