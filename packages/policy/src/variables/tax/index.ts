/** Tax — item 02 (and the tax sides of items 04 and 13). One sub-folder per tax or relief. */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { CORPORATE_INCOME_TAX_ENTITLEMENTS, CORPORATE_INCOME_TAX_VARIABLES } from './corporate_income_tax/index.ts';

export const TAX_VARIABLES = [...CORPORATE_INCOME_TAX_VARIABLES];
export const TAX_ENTITLEMENTS: Entitlement[] = [...CORPORATE_INCOME_TAX_ENTITLEMENTS];
