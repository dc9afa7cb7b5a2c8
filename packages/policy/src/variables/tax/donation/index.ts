/** Pre-tax deduction of donations to the National SME Development Fund — item 04.2 (enterprise and individual donors). */
import { donation_deduction } from './donation_deduction.ts';
import { donation_deduction_limit } from './donation_deduction_limit.ts';
import { individual_declared_taxable_income } from './individual_declared_taxable_income.ts';
import { individual_donation_deduction } from './individual_donation_deduction.ts';
import { individual_donation_deduction_limit } from './individual_donation_deduction_limit.ts';
import { individual_other_public_welfare_donation } from './individual_other_public_welfare_donation.ts';
import { individual_sme_fund_donation } from './individual_sme_fund_donation.ts';
import { other_public_welfare_donation } from './other_public_welfare_donation.ts';
import { sme_fund_donation } from './sme_fund_donation.ts';
import { total_profit } from './total_profit.ts';

export const DONATION_VARIABLES = [
  total_profit,
  sme_fund_donation,
  other_public_welfare_donation,
  donation_deduction_limit,
  donation_deduction,
  individual_declared_taxable_income,
  individual_sme_fund_donation,
  individual_other_public_welfare_donation,
  individual_donation_deduction_limit,
  individual_donation_deduction,
];
