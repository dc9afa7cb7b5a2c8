/** Tax — item 02 (and the tax sides of items 04 and 13). One sub-folder per tax or relief. */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { CORPORATE_INCOME_TAX_ENTITLEMENTS, CORPORATE_INCOME_TAX_VARIABLES } from './corporate_income_tax/index.ts';
import { DONATION_VARIABLES } from './donation/index.ts';
import { RESEARCH_DEVELOPMENT_VARIABLES } from './research_development/index.ts';
import { SIX_TAXES_TWO_FEES_VARIABLES } from './six_taxes_two_fees/index.ts';
import { STAMP_DUTY_ENTITLEMENTS, STAMP_DUTY_VARIABLES } from './stamp_duty/index.ts';
import { VAT_BUSINESS_TAX_ENTITLEMENTS, VAT_BUSINESS_TAX_VARIABLES } from './vat_business_tax/index.ts';

export const TAX_VARIABLES = [
  ...CORPORATE_INCOME_TAX_VARIABLES,
  ...DONATION_VARIABLES,
  ...RESEARCH_DEVELOPMENT_VARIABLES,
  ...VAT_BUSINESS_TAX_VARIABLES,
  ...STAMP_DUTY_VARIABLES,
  ...SIX_TAXES_TWO_FEES_VARIABLES,
];
export const TAX_ENTITLEMENTS: Entitlement[] = [
  ...CORPORATE_INCOME_TAX_ENTITLEMENTS,
  ...VAT_BUSINESS_TAX_ENTITLEMENTS,
  ...STAMP_DUTY_ENTITLEMENTS,
];
