/** Eligibility exclusions applied by every enterprise entitlement — item 17. */
import { restricted_industry } from './restricted_industry.ts';

export const ELIGIBILITY_VARIABLES = [restricted_industry];
