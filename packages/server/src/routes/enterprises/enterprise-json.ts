import type { Enterprise, EnterpriseDetail, EnterpriseListItem, EnterpriseYear, EntitlementRecord } from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

/** An amount in fen as it leaves the service (null stays null). */
const yuan = (fen: number | null | undefined): Yuan | null => (fen === null || fen === undefined ? null : new Yuan(fen));

/** Store fields (camelCase, money in fen) → API fields (snake_case, money in yuan). */
export const API_FIELD: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'name',
  regionCode: 'region_code',
  industry: 'industry',
  founded: 'founded',
  registeredCapitalFen: 'registered_capital',
  creditCode: 'credit_code',
  year: 'year',
  employees: 'employees',
  revenueFen: 'revenue',
  totalAssetsFen: 'total_assets',
  taxableIncomeFen: 'taxable_income',
  totalProfitFen: 'total_profit',
  restrictedIndustry: 'restricted_industry',
  inputs: 'inputs',
};

/** An enterprise as the API returns it. */
export function enterpriseJson(e: Enterprise): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name,
    region_code: e.regionCode,
    industry: e.industry,
    industry_group: e.industryGroup,
    founded: e.founded,
    registered_capital: yuan(e.registeredCapitalFen),
    credit_code: e.creditCode,
    version: e.version,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

type Figures = Omit<EnterpriseYear, 'enterpriseId' | 'inputs' | 'updatedAt'>;

function figuresJson(y: Figures): Record<string, unknown> {
  return {
    year: y.year,
    employees: y.employees,
    revenue: yuan(y.revenueFen),
    total_assets: yuan(y.totalAssetsFen),
    taxable_income: yuan(y.taxableIncomeFen),
    total_profit: yuan(y.totalProfitFen),
    restricted_industry: y.restrictedIndustry,
  };
}

/** A page item: the enterprise, and with a year filter its figures and stored entitlement summary. */
export function listItemJson(e: EnterpriseListItem): Record<string, unknown> {
  return {
    ...enterpriseJson(e),
    ...(e.figures ? { figures: figuresJson(e.figures) } : {}),
    ...(e.entitlement !== undefined
      ? {
          entitlement:
            e.entitlement === null
              ? null
              : {
                  size_class: e.entitlement.sizeClass,
                  is_small_or_micro: e.entitlement.isSmallOrMicro,
                  total_support_value: yuan(e.entitlement.totalSupportValueFen),
                  policy_version: e.entitlement.policyVersion,
                  parameter_hash: e.entitlement.parameterHash,
                },
        }
      : {}),
  };
}

function entitlementJson(n: EntitlementRecord): Record<string, unknown> {
  return {
    year: n.year,
    size_class: n.sizeClass,
    is_small_or_micro: n.isSmallOrMicro,
    total_support_value: yuan(n.totalSupportValueFen),
    components: n.detail.components.map((c) => ({
      measure: c.measure,
      variable: c.valueVariable,
      eligible: c.eligible,
      value: yuan(c.valueFen),
      counted: c.counted,
    })),
    not_encoded: [...n.detail.notEncoded],
    problems: n.detail.problems.map((p) => ({ variable: p.variable, message: p.message })),
    missing_inputs: [...n.detail.missingInputs],
    policy_version: n.policyVersion,
    parameter_hash: n.parameterHash,
    computed_at: n.computedAt,
  };
}

/** One enterprise with every year of figures and the stored entitlements of each. */
export function detailJson(e: EnterpriseDetail): Record<string, unknown> {
  return {
    ...enterpriseJson(e),
    years: e.years.map((y) => ({ ...figuresJson(y), inputs: y.inputs, updated_at: y.updatedAt })),
    entitlements: e.entitlements.map(entitlementJson),
  };
}
