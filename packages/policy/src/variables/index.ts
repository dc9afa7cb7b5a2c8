/**
 * Every variable of the policy, by chapter; each chapter folder has an `index.ts` listing its own.
 * A code-health test checks that every variable file is listed.
 */
import type { Entitlement } from '../entitlements/entitlement.ts';
import { CLASSIFICATION_VARIABLES } from './classification/index.ts';
import { CLUSTERS_ENTITLEMENTS, CLUSTERS_VARIABLES } from './clusters/index.ts';
import { ELIGIBILITY_VARIABLES } from './eligibility/index.ts';
import { EMPLOYMENT_ENTITLEMENTS, EMPLOYMENT_VARIABLES } from './employment/index.ts';
import { ENTERPRISE_VARIABLES } from './enterprise/index.ts';
import { FEES_ENTITLEMENTS, FEES_VARIABLES } from './fees/index.ts';
import { FINANCE_ENTITLEMENTS, FINANCE_VARIABLES } from './finance/index.ts';
import { PROCUREMENT_ENTITLEMENTS, PROCUREMENT_VARIABLES } from './procurement/index.ts';
import { defineTotalSupportValue } from './support/total_support_value.ts';
import { TAX_ENTITLEMENTS, TAX_VARIABLES } from './tax/index.ts';

const MEASURE_VARIABLES = [
  ...CLASSIFICATION_VARIABLES,
  ...ENTERPRISE_VARIABLES,
  ...ELIGIBILITY_VARIABLES,
  ...TAX_VARIABLES,
  ...FINANCE_VARIABLES,
  ...FEES_VARIABLES,
  ...PROCUREMENT_VARIABLES,
  ...EMPLOYMENT_VARIABLES,
  ...CLUSTERS_VARIABLES,
];

/** The enterprise entitlements, for the whole-package value and "why not / what would change". */
export const ENTITLEMENTS: readonly Entitlement[] = [
  ...TAX_ENTITLEMENTS,
  ...FINANCE_ENTITLEMENTS,
  ...FEES_ENTITLEMENTS,
  ...PROCUREMENT_ENTITLEMENTS,
  ...EMPLOYMENT_ENTITLEMENTS,
  ...CLUSTERS_ENTITLEMENTS,
];

export const VARIABLES = [...MEASURE_VARIABLES, defineTotalSupportValue(ENTITLEMENTS, MEASURE_VARIABLES)];
