/** Eligibility exclusions applied by every enterprise entitlement — item 17. */
import { is_unrestricted_industry } from './is_unrestricted_industry.ts';
import { restricted_industry } from './restricted_industry.ts';

export const ELIGIBILITY_VARIABLES = [restricted_industry, is_unrestricted_industry];
