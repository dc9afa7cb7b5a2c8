import { INDUSTRY_GROUPS } from '@xiaowei/policy';
import type { Static } from 'typebox';
import type { JsonSchema } from '../../http/json.ts';
import { ERROR_RESPONSES, listResponses, NEXT_CURSOR, ref, SIZE_CLASS, SIZE_CLASS_OR_NULL, typed } from '../../http/schemas.ts';
import { querySchema } from '../query.ts';
import type { EnterpriseBody } from './enterprise-input.ts';

const YUAN: JsonSchema = { type: ['number', 'null'], description: 'Yuan, exact to the fen.' };
const YUAN_IN: JsonSchema = {
  type: ['number', 'string', 'null'],
  maxLength: 40,
  description: 'Yuan with at most two decimals, as a number or as text (text keeps every digit).',
};

export const ENTERPRISE_ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64, description: 'Enterprise id (e.g. the unified social credit code).' } },
  required: ['id'],
} as const;

const FIGURES_OUT: JsonSchema = {
  type: 'object',
  properties: {
    year: { type: 'integer' },
    employees: { type: ['number', 'null'] },
    revenue: YUAN,
    total_assets: YUAN,
    taxable_income: YUAN,
    total_profit: YUAN,
    restricted_industry: { type: ['boolean', 'null'] },
  },
  required: ['year'],
};

const ENTERPRISE_PROPERTIES: Record<string, JsonSchema> = {
  id: { type: 'string' },
  name: { type: 'string' },
  region_code: { type: 'string', description: 'GB/T 2260 code, 6 digits.' },
  industry: { type: 'string' },
  industry_group: { type: 'string', enum: [...INDUSTRY_GROUPS] },
  founded: { type: ['string', 'null'] },
  registered_capital: YUAN,
  credit_code: { type: ['string', 'null'], description: 'Unified social credit code (GB 32100-2015), in capitals; null: none recorded.' },
  version: { type: 'integer', description: 'Row version: send it back with PUT to detect concurrent changes.' },
  created_at: { type: 'string' },
  updated_at: { type: 'string' },
};
const ENTERPRISE_REQUIRED = ['id', 'name', 'region_code', 'industry', 'industry_group', 'version'];

export const REGISTRY_SCHEMAS: JsonSchema[] = [
  {
    $id: 'RegistryEnterprise',
    type: 'object',
    description: 'An enterprise of the registry; in a list filtered by year, with that year’s figures and stored entitlement summary.',
    properties: {
      ...ENTERPRISE_PROPERTIES,
      figures: FIGURES_OUT,
      entitlement: {
        type: ['object', 'null'],
        properties: {
          size_class: SIZE_CLASS_OR_NULL,
          is_small_or_micro: { type: ['boolean', 'null'] },
          total_support_value: YUAN,
          policy_version: { type: 'string' },
          parameter_hash: { type: 'string' },
        },
      },
    },
    required: ENTERPRISE_REQUIRED,
  },
  {
    $id: 'RegistryEnterpriseDetail',
    type: 'object',
    description:
      'One enterprise with every year of figures and the entitlements stored for each year (with the rule version that computed them).',
    properties: {
      ...ENTERPRISE_PROPERTIES,
      years: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            ...FIGURES_OUT.properties,
            inputs: { type: ['object', 'null'], description: 'Other policy inputs of the year, by variable id.' },
            updated_at: { type: 'string' },
          },
          required: ['year'],
        },
      },
      entitlements: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            year: { type: 'integer' },
            size_class: SIZE_CLASS_OR_NULL,
            is_small_or_micro: { type: ['boolean', 'null'] },
            total_support_value: YUAN,
            components: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  measure: { type: 'string' },
                  variable: { type: 'string' },
                  eligible: { type: ['boolean', 'null'] },
                  value: YUAN,
                  counted: { type: 'boolean' },
                },
                required: ['measure', 'variable'],
              },
            },
            not_encoded: { type: 'array', items: { type: 'string' } },
            problems: {
              type: 'array',
              items: { type: 'object', properties: { variable: { type: 'string' }, message: { type: 'string' } } },
            },
            missing_inputs: { type: 'array', items: { type: 'string' } },
            policy_version: { type: 'string' },
            parameter_hash: { type: 'string' },
            computed_at: { type: 'string' },
          },
          required: ['year', 'policy_version', 'parameter_hash'],
        },
      },
    },
    required: [...ENTERPRISE_REQUIRED, 'years', 'entitlements'],
  },
  {
    $id: 'RegistryYearInput',
    type: 'object',
    additionalProperties: false,
    description: 'The figures of one year.',
    properties: {
      year: { type: 'integer', minimum: 1949, maximum: 2100 },
      employees: { type: ['number', 'null'], minimum: 0 },
      revenue: YUAN_IN,
      total_assets: YUAN_IN,
      taxable_income: YUAN_IN,
      total_profit: YUAN_IN,
      restricted_industry: { type: ['boolean', 'null'] },
      inputs: {
        type: ['object', 'null'],
        maxProperties: 200,
        description:
          'Other inputs of the policy’s enterprise variables by id (money as yuan text; a monthly variable one value or an object by YYYY-MM).',
      },
    },
    required: ['year'],
  },
];

const YEARS_IN: JsonSchema = {
  type: 'array',
  maxItems: 100,
  items: ref('RegistryYearInput'),
  description: 'Figures by year (created or replaced).',
};

const ENTERPRISE_IN: Record<string, JsonSchema> = {
  name: { type: 'string', minLength: 1, maxLength: 200 },
  region_code: { type: 'string', pattern: '^\\d{6}$', description: 'GB/T 2260 code, 6 digits.' },
  industry: { type: 'string', minLength: 1, maxLength: 20, description: 'A size-standard group code or a GB/T 4754-2011 code.' },
  founded: { type: ['string', 'null'], format: 'date' },
  registered_capital: YUAN_IN,
  credit_code: {
    type: ['string', 'null'],
    maxLength: 64,
    description:
      'Unified social credit code (GB 32100-2015: 18 characters, check character verified; lower case is read as capitals); unique.',
  },
  years: YEARS_IN,
};

/** The registry filters, shared by the list and the export. */
export const FILTER_PARAMS = {
  region: { type: 'string', pattern: '^\\d{1,6}$', description: 'GB/T 2260 code prefix: 37 (Shandong), 3702 (Qingdao), 370202.' },
  industry_group: { type: 'string', enum: [...INDUSTRY_GROUPS] },
  industry: { type: 'string', maxLength: 20, description: 'An industry code or its beginning (C33 matches C3311).' },
  year: { type: 'integer', minimum: 1949, maximum: 2100, description: 'Only enterprises with figures for the year; items carry them.' },
  size_class: { ...SIZE_CLASS, description: 'Size class in `year` (needs `year`).' },
  q: { type: 'string', maxLength: 200, description: 'Name contains, or id equals.' },
} as const;

export const listEnterprisesSchema = {
  summary: 'The enterprise registry: filtered, keyset-paged',
  description:
    'Enterprises within the user’s region (officers) or all (admins, analysts), filtered by region, industry, year and size class. Pages are keyset-paged: pass `cursor` = the previous page’s `next_cursor`. `total` counts up to 10,000 (`exact: false` beyond).',
  tags: ['registry'],
  querystring: querySchema({
    ...FILTER_PARAMS,
    sort: { type: 'string', enum: ['id', 'name', 'updated_at', 'region_code'], default: 'id' },
    direction: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
    cursor: { type: 'string', maxLength: 1000 },
  }),
  response: listResponses(
    ref('RegistryEnterprise'),
    { next_cursor: NEXT_CURSOR, total: { type: 'object', properties: { count: { type: 'integer' }, exact: { type: 'boolean' } } } },
    ['next_cursor'],
  ),
} as const;

/** The registry's filters, sort and page: `GET /api/v1/enterprises`'s query. */
export type ListQuery = Static<typeof listEnterprisesSchema.querystring>;

export const getEnterpriseSchema = {
  summary: 'One enterprise with its years and stored entitlements',
  tags: ['registry'],
  params: ENTERPRISE_ID_PARAMS,
  querystring: querySchema({}),
  response: { 200: ref('RegistryEnterpriseDetail'), ...ERROR_RESPONSES },
} as const;

export const createEnterpriseSchema = {
  summary: 'Add an enterprise (with figures by year)',
  description: 'Entitlements of each year given are computed and stored with the rule version. Every change is audited.',
  tags: ['registry'],
  querystring: querySchema({}),
  body: typed<EnterpriseBody>({
    type: 'object',
    additionalProperties: false,
    properties: { id: { type: 'string', minLength: 1, maxLength: 64, description: 'Generated when absent.' }, ...ENTERPRISE_IN },
    required: ['name', 'region_code', 'industry'],
  }),
  response: { 201: ref('RegistryEnterpriseDetail'), ...ERROR_RESPONSES },
} as const;

export const updateEnterpriseSchema = {
  summary: 'Change an enterprise (fields given) and replace the years given',
  description: 'Send `version` (from the last read) to be told of a concurrent change (XW_ERR_CONFLICT) instead of overwriting it.',
  tags: ['registry'],
  params: ENTERPRISE_ID_PARAMS,
  querystring: querySchema({}),
  body: typed<EnterpriseBody>({
    type: 'object',
    additionalProperties: false,
    properties: { ...ENTERPRISE_IN, version: { type: 'integer', minimum: 1 } },
  }),
  response: { 200: ref('RegistryEnterpriseDetail'), ...ERROR_RESPONSES },
} as const;

export const deleteEnterpriseSchema = {
  summary: 'Delete an enterprise with its years and entitlements',
  tags: ['registry'],
  params: ENTERPRISE_ID_PARAMS,
  querystring: querySchema({}),
  response: { 204: { type: 'null', description: 'Deleted.' }, ...ERROR_RESPONSES },
} as const;
