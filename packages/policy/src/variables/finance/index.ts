/**
 * Finance — the bank side of Guofa [2012] No. 14: the loan-loss provision deduction of financial
 * enterprises (item 02.5), the small/micro lending targets of banks (item 07.1) and the loan-fee rules
 * (items 11.1, 11.2). One sub-folder per measure; `loan_contract/` holds facts of loan contracts that
 * other measures (stamp duty) share. Item 10 (guarantors' business-tax exemption) is not encoded:
 * the sources found give none of its conditions.
 */
import type { Entitlement } from '../../entitlements/entitlement.ts';
import { all_loan_balance } from './bank_lending/all_loan_balance.ts';
import { all_loan_balance_last_year } from './bank_lending/all_loan_balance_last_year.ts';
import { all_loan_growth_rate } from './bank_lending/all_loan_growth_rate.ts';
import { all_loan_increment } from './bank_lending/all_loan_increment.ts';
import { meets_growth_target } from './bank_lending/meets_growth_target.ts';
import { meets_increment_target } from './bank_lending/meets_increment_target.ts';
import { meets_two_targets } from './bank_lending/meets_two_targets.ts';
import { small_micro_loan_balance } from './bank_lending/small_micro_loan_balance.ts';
import { small_micro_loan_balance_last_year } from './bank_lending/small_micro_loan_balance_last_year.ts';
import { small_micro_loan_balance_small_lines } from './bank_lending/small_micro_loan_balance_small_lines.ts';
import { small_micro_loan_count } from './bank_lending/small_micro_loan_count.ts';
import { small_micro_loan_growth_rate } from './bank_lending/small_micro_loan_growth_rate.ts';
import { small_micro_loan_increment } from './bank_lending/small_micro_loan_increment.ts';
import { small_micro_loan_increment_last_year } from './bank_lending/small_micro_loan_increment_last_year.ts';
import { small_micro_loan_small_lines_share } from './bank_lending/small_micro_loan_small_lines_share.ts';
import { lender_is_financial_institution } from './loan_contract/lender_is_financial_institution.ts';
import { signed } from './loan_contract/signed.ts';
import { advisory_fee } from './loan_fees/advisory_fee.ts';
import { commitment_fee } from './loan_fees/commitment_fee.ts';
import { consulting_fee } from './loan_fees/consulting_fee.ts';
import { fund_management_fee } from './loan_fees/fund_management_fee.ts';
import { is_syndicated } from './loan_fees/is_syndicated.ts';
import { loan_fee_review_flag } from './loan_fees/loan_fee_review_flag.ts';
import { loan_fee_violation } from './loan_fees/loan_fee_violation.ts';
import { loan_fee_violation_amount } from './loan_fees/loan_fee_violation_amount.ts';
import { agri_sme_loan_balance_doubtful } from './loan_loss_provisions/agri_sme_loan_balance_doubtful.ts';
import { agri_sme_loan_balance_loss } from './loan_loss_provisions/agri_sme_loan_balance_loss.ts';
import { agri_sme_loan_balance_special_mention } from './loan_loss_provisions/agri_sme_loan_balance_special_mention.ts';
import { agri_sme_loan_balance_substandard } from './loan_loss_provisions/agri_sme_loan_balance_substandard.ts';
import { agri_sme_loan_loss_provision_deductible } from './loan_loss_provisions/agri_sme_loan_loss_provision_deductible.ts';

export const FINANCE_VARIABLES = [
  // item 02.5 — loan-loss provisions (bank, yearly)
  agri_sme_loan_balance_special_mention,
  agri_sme_loan_balance_substandard,
  agri_sme_loan_balance_doubtful,
  agri_sme_loan_balance_loss,
  agri_sme_loan_loss_provision_deductible,
  // item 07.1 — lending targets (bank, monthly: a quarter at its last month)
  all_loan_balance,
  all_loan_balance_last_year,
  all_loan_increment,
  small_micro_loan_balance,
  small_micro_loan_balance_last_year,
  small_micro_loan_increment,
  small_micro_loan_increment_last_year,
  small_micro_loan_balance_small_lines,
  small_micro_loan_count,
  all_loan_growth_rate,
  small_micro_loan_growth_rate,
  small_micro_loan_small_lines_share,
  meets_growth_target,
  meets_increment_target,
  meets_two_targets,
  // items 11.1, 11.2 — loan fees (loan contract, yearly)
  signed,
  lender_is_financial_institution,
  is_syndicated,
  commitment_fee,
  fund_management_fee,
  advisory_fee,
  consulting_fee,
  loan_fee_violation,
  loan_fee_violation_amount,
  loan_fee_review_flag,
];

/** No enterprise entitlements: these measures benefit banks or are obligations of banks. */
export const FINANCE_ENTITLEMENTS: Entitlement[] = [];
