/**
 * A loan contract's fees of one year as a bank reports them, and the policy's checks of it: banned
 * commitment / fund-management fees on non-syndicated small/micro loans and advisory / consulting fees to
 * review (银监发〔2011〕94号 art. 6; Guofa [2012] No. 14 item 11), and the contract's stamp-duty exemption
 * (财税〔2011〕105号, 财税〔2014〕78号). Money in fen.
 */
import type { SizeClass } from '@xiaowei/policy';

export interface LoanRecordInput {
  readonly bankId: string;
  readonly contractId: string;
  /** The year the fees were charged (the fee rules are yearly); default the year of signing. */
  readonly year: number;
  readonly borrowerCreditCode: string;
  readonly borrowerName: string;
  /** The borrower's size class (300号) as the bank classified it for the year. */
  readonly borrowerSizeClass: SizeClass;
  readonly signed: string;
  readonly amountFen: number;
  readonly syndicated: boolean;
  readonly commitmentFeeFen: number;
  readonly fundManagementFeeFen: number;
  readonly advisoryFeeFen: number;
  readonly consultingFeeFen: number;
  readonly row?: number;
}

/** The policy's checks of one record. Null where the rules do not cover it (`problem` says why). */
export interface LoanCheck {
  readonly feeViolation: boolean | null;
  readonly feeReviewFlag: boolean | null;
  readonly violationAmountFen: number | null;
  readonly stampDutyExempt: boolean | null;
  /** The duty each party pays on its copy (0 when exempt). */
  readonly stampDutyFen: number | null;
  readonly problem: string | null;
  readonly policyVersion: string;
  readonly parameterHash: string;
}
