/**
 * Every variable of the policy, by chapter; each chapter folder has an `index.ts` listing its own.
 * A code-health test checks that every variable file is listed.
 */
import type { Entitlement } from '../entitlements/entitlement.ts';
import { CLASSIFICATION_VARIABLES } from './classification/index.ts';
import { ELIGIBILITY_VARIABLES } from './eligibility/index.ts';
import { ENTERPRISE_VARIABLES } from './enterprise/index.ts';
import { defineTotalSupportValue } from './support/total_support_value.ts';
import { TAX_ENTITLEMENTS, TAX_VARIABLES } from './tax/index.ts';

const MEASURE_VARIABLES = [...CLASSIFICATION_VARIABLES, ...ENTERPRISE_VARIABLES, ...ELIGIBILITY_VARIABLES, ...TAX_VARIABLES];

/** The enterprise entitlements, for the whole-package value and "why not / what would change". */
export const ENTITLEMENTS: readonly Entitlement[] = [...TAX_ENTITLEMENTS];

export const VARIABLES = [...MEASURE_VARIABLES, defineTotalSupportValue(ENTITLEMENTS, MEASURE_VARIABLES)];
