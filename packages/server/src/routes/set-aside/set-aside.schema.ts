/** JSON schemas of the budget-unit, project and set-aside routes: validation and the OpenAPI document. */
import type { JsonSchema } from '../../http/json.ts';
import { allRequired, SIZE_CLASS } from '../../http/schemas.ts';
import { TRACE_NODE } from '../trace/index.ts';

export const YUAN: JsonSchema = { type: 'number', description: 'Yuan, exact to the fen.' };
export const YUAN_IN = {
  type: ['number', 'string'],
  maxLength: 40,
  description: 'Yuan with at most two decimals, as a number or as text (text keeps every digit).',
} as const;
const SHARE: JsonSchema = {
  type: 'string',
  description:
    'Share of the procurement budget as an exact decimal, cut (not rounded) to 6 places: one fen short of 30% is never shown as 0.300000.',
};
const TEXT = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

export const UNIT_ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64, description: 'Budget unit id.' } },
  required: ['id'],
} as const;
export const UNIT_YEAR_PARAMS = {
  type: 'object',
  properties: { ...UNIT_ID_PARAMS.properties, year: { type: 'integer', minimum: 1949, maximum: 2100 } },
  required: ['id', 'year'],
} as const;
export const PROJECT_ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 64, description: 'Project id.' } },
  required: ['id'],
} as const;

export const BUDGET_UNIT: JsonSchema = allRequired({
  id: { type: 'string' },
  name: { type: 'string' },
  region_code: { type: 'string', description: 'GB/T 2260 code, 6 digits: the officers of this region oversee the unit.' },
  created_at: { type: 'string' },
  updated_at: { type: 'string' },
});

export const UNIT_YEAR: JsonSchema = allRequired({
  year: { type: 'integer' },
  procurement_budget: {
    ...YUAN,
    description: 'The annual government procurement budget (年度政府采购项目预算总额), yuan: the base of the 30% / 18% set-aside.',
  },
  shortfall_reason: { type: ['string', 'null'], description: 'Why the unit stays below the line this year (null: none recorded).' },
  shortfall_reason_by: { type: ['string', 'null'], description: 'User id who recorded the reason.' },
  shortfall_reason_at: { type: ['string', 'null'] },
  updated_at: { type: 'string' },
});

export const BUDGET_UNIT_DETAIL: JsonSchema = {
  ...BUDGET_UNIT,
  properties: { ...(BUDGET_UNIT.properties as Record<string, JsonSchema>), years: { type: 'array', items: UNIT_YEAR } },
  required: [...(BUDGET_UNIT.required as string[]), 'years'],
};

const RESERVED = {
  type: 'string',
  enum: ['none', 'sme', 'small_micro'],
  description:
    '`sme`: reserved for SMEs; `small_micro`: reserved for small and micro enterprises (also counts toward the SME share); `none`: open.',
} as const;

export const PROJECT: JsonSchema = allRequired({
  id: { type: 'string' },
  budget_unit_id: { type: 'string' },
  year: { type: 'integer' },
  name: { type: 'string' },
  budget: YUAN,
  reserved_for: RESERVED,
  award: {
    type: ['object', 'null'],
    description: 'The contract awarded (null: not yet). Awards to medium, small and micro suppliers count as awarded to SMEs.',
    properties: {
      supplier_id: { type: ['string', 'null'] },
      supplier_name: { type: ['string', 'null'] },
      size_class: SIZE_CLASS,
      amount: { ...YUAN, description: 'Contract amount at the original price, yuan.' },
    },
    required: ['supplier_id', 'supplier_name', 'size_class', 'amount'],
  },
  tender_id: {
    type: ['string', 'null'],
    description: 'The tender whose publication wrote the award (such awards cannot be changed by hand).',
  },
  created_at: { type: 'string' },
  updated_at: { type: 'string' },
});

export const AWARD_IN = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    supplier_id: { type: ['string', 'null'], maxLength: 64 },
    supplier_name: TEXT(200),
    size_class: SIZE_CLASS,
    amount: YUAN_IN,
  },
  required: ['supplier_name', 'size_class', 'amount'],
  description: 'The award, recorded by hand for a project without a tender in the system; null clears it.',
} as const;

export const PROJECT_IN = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    year: { type: 'integer' },
    name: TEXT(200),
    budget: YUAN_IN,
    reserved_for: RESERVED,
    award: AWARD_IN,
  },
} as const;

const PROBLEM: JsonSchema = {
  type: ['object', 'null'],
  description: 'Why the rules give no answer (null when they do): `not_encoded` (a year outside 2012–2019) or `inconsistent` amounts.',
  properties: {
    code: { type: 'string', enum: ['not_encoded', 'inconsistent'] },
    variable: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['code', 'variable', 'message'],
};

const AMOUNTS: Record<string, JsonSchema> = {
  procurement_budget: YUAN,
  sme_reserved: { ...YUAN, description: 'Projects reserved for SMEs, those reserved for small and micro enterprises included.' },
  small_micro_reserved: { ...YUAN, description: 'Projects reserved for small and micro enterprises.' },
  sme_awarded: { ...YUAN, description: 'Contracts awarded to medium, small and micro suppliers.' },
  small_micro_awarded: { ...YUAN, description: 'Contracts awarded to small and micro suppliers.' },
};

const SHARES: JsonSchema = {
  type: 'object',
  properties: { sme_reserved: SHARE, small_micro_reserved: SHARE, sme_awarded: SHARE, small_micro_awarded: SHARE },
  required: ['sme_reserved', 'small_micro_reserved', 'sme_awarded', 'small_micro_awarded'],
};

const DECISIONS: Record<string, JsonSchema> = {
  meets_sme: {
    type: ['boolean', 'null'],
    description: 'The policy: ≥ 30% of the budget reserved for SMEs (budget_unit_meets_sme_set_aside).',
  },
  meets_small_micro: {
    type: ['boolean', 'null'],
    description: 'The policy: ≥ 60% of the SME part and ≥ 18% of the budget for small and micro (budget_unit_meets_small_micro_set_aside).',
  },
  meets: { type: ['boolean', 'null'], description: 'Both (budget_unit_meets_set_aside); null when there is no decision.' },
};

export const STATUS: JsonSchema = allRequired({
  budget_unit_id: { type: 'string' },
  name: { type: 'string' },
  region_code: { type: 'string' },
  year: { type: 'integer' },
  ...AMOUNTS,
  shares: SHARES,
  ...DECISIONS,
  state: {
    type: 'string',
    enum: ['meets', 'below_with_reason', 'below_without_reason', 'no_budget_recorded', 'not_computable'],
    description: '`below_without_reason`: below the line and no reason recorded — the report marks it.',
  },
  problem: PROBLEM,
  shortfall_reason: { type: ['string', 'null'] },
  shortfall_reason_by: { type: ['string', 'null'] },
  shortfall_reason_at: { type: ['string', 'null'] },
});

export const STATUS_WITH_EXPLANATION: JsonSchema = {
  ...STATUS,
  properties: {
    ...(STATUS.properties as Record<string, JsonSchema>),
    policy_version: { type: 'string' },
    parameter_hash: { type: 'string' },
    explanation: {
      type: 'object',
      description:
        'The engine’s trace of the decision and of the awarded shares, down to the 30% / 60% parameter values with their window and document, in the response language (empty when there is no decision).',
      properties: { trace: { type: 'array', items: TRACE_NODE_REF() }, text: { type: 'string' } },
      required: ['trace', 'text'],
    },
  },
  required: [...(STATUS.required as string[]), 'explanation', 'policy_version', 'parameter_hash'],
};

function TRACE_NODE_REF(): JsonSchema {
  return { $ref: `${TRACE_NODE.$id as string}#` };
}

export const REPORT: JsonSchema = {
  type: 'object',
  properties: {
    region: { type: 'string', description: 'Region code prefix of the units ("" = every region).' },
    year: { type: 'integer' },
    generated_at: { type: 'string' },
    policy_version: { type: 'string' },
    parameter_hash: { type: 'string' },
    units: { type: 'array', items: STATUS },
    totals: allRequired(
      {
        units: { type: 'integer' },
        units_recorded: { type: 'integer' },
        units_meeting: { type: 'integer' },
        units_below: { type: 'integer' },
        units_below_without_reason: { type: 'integer' },
        units_not_computable: { type: 'integer' },
        ...AMOUNTS,
        shares: SHARES,
        ...DECISIONS,
        problem: PROBLEM,
      },
      {
        description: 'The region: counts of units by state, sums of the computable units’ amounts, and the policy’s decision on the sums.',
      },
    ),
  },
  required: ['region', 'year', 'units', 'totals', 'policy_version', 'parameter_hash'],
};

export const PUBLISHED_SUMMARY: JsonSchema = allRequired({
  id: { type: 'string' },
  region: { type: 'string' },
  year: { type: 'integer' },
  version: { type: 'integer', description: '1 for the first publication of (region, year), then 2, 3, …; never changed or deleted.' },
  policy_version: { type: 'string' },
  parameter_hash: { type: 'string' },
  published_by: { type: 'string' },
  published_at: { type: 'string' },
});

export const PUBLISHED: JsonSchema = {
  ...PUBLISHED_SUMMARY,
  properties: { ...(PUBLISHED_SUMMARY.properties as Record<string, JsonSchema>), report: REPORT },
  required: [...(PUBLISHED_SUMMARY.required as string[]), 'report'],
};

export const REGION_PARAM = {
  type: 'string',
  pattern: '^[0-9]{0,6}$',
  description: 'Region code prefix (`3702`); default the caller’s region (all for analysts and admins).',
} as const;
