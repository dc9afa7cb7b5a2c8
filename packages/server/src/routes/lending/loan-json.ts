import type { LoanRecord } from '@xiaowei/store';
import { Yuan } from '../../http/json.ts';

const yuan = (fen: number | null) => (fen === null ? null : new Yuan(fen));

/** A stored loan record as the API returns it: money in exact yuan, the fee and stamp-duty checks. */
export function loanJson(l: LoanRecord): Record<string, unknown> {
  return {
    bank_id: l.bankId,
    bank_name: l.bankName,
    region_code: l.regionCode,
    contract_id: l.contractId,
    year: l.year,
    borrower_credit_code: l.borrowerCreditCode,
    borrower_name: l.borrowerName,
    borrower_size_class: l.borrowerSizeClass,
    signed: l.signed,
    amount: yuan(l.amountFen),
    syndicated: l.syndicated,
    commitment_fee: yuan(l.commitmentFeeFen),
    fund_management_fee: yuan(l.fundManagementFeeFen),
    advisory_fee: yuan(l.advisoryFeeFen),
    consulting_fee: yuan(l.consultingFeeFen),
    check: {
      fee_violation: l.check.feeViolation,
      fee_review_flag: l.check.feeReviewFlag,
      violation_amount: yuan(l.check.violationAmountFen),
      stamp_duty_exempt: l.check.stampDutyExempt,
      stamp_duty: yuan(l.check.stampDutyFen),
      problem: l.check.problem,
      policy_version: l.check.policyVersion,
      parameter_hash: l.check.parameterHash,
    },
    uploaded_by: l.uploadedBy,
    uploaded_at: l.uploadedAt,
  };
}
