/** The lending API's answers (packages/server/src/routes/lending/lending.schema.ts). Money in yuan, exact to the fen. */

export interface IncrementWording {
  readonly strictly_higher: boolean;
  readonly text: string;
  readonly in_force_from: string;
  readonly document: string | null;
  readonly confidence: string;
}

export interface LendingCheck {
  readonly all_loan_growth_rate: number | null;
  readonly small_micro_loan_growth_rate: number | null;
  readonly small_lines_share: number | null;
  readonly meets_growth_target: boolean | null;
  readonly meets_increment_target: boolean | null;
  readonly meets_two_targets: boolean | null;
  readonly increment_wording: IncrementWording | null;
  readonly problem: string | null;
  /** When not checked: the days the encoded targets cover (`to` null while open-ended). */
  readonly rules_cover: { readonly from: string; readonly to: string | null } | null;
  readonly policy_version: string;
  readonly parameter_hash: string;
}

export interface LendingReport {
  readonly bank_id: string;
  readonly bank_name: string;
  readonly region_code: string;
  readonly year: number;
  readonly quarter: number;
  readonly period: string;
  readonly all_loan_balance: number;
  readonly all_loan_increment: number;
  readonly small_micro_loan_balance: number;
  readonly small_micro_loan_count: number;
  readonly small_micro_loan_increment: number;
  readonly small_micro_loan_balance_small_lines: number;
  readonly all_loan_balance_last_year: number;
  readonly small_micro_loan_balance_last_year: number;
  readonly small_micro_loan_increment_last_year: number;
  readonly check: LendingCheck;
  readonly source: string;
  readonly submitted_by: string;
  readonly submitted_at: string;
}

export interface DashboardPoint {
  readonly period: string;
  readonly year: number;
  readonly quarter: number;
  readonly all_loan_growth_rate: number | null;
  readonly small_micro_loan_growth_rate: number | null;
  readonly small_micro_loan_increment: number;
  readonly small_micro_loan_increment_last_year: number;
  readonly meets_growth_target: boolean | null;
  readonly meets_increment_target: boolean | null;
  readonly meets_two_targets: boolean | null;
  readonly strictly_higher: boolean | null;
}

export interface LendingDashboard {
  readonly periods: readonly string[];
  readonly banks: readonly {
    readonly bank_id: string;
    readonly bank_name: string;
    readonly region_code: string;
    readonly quarters_below: number;
    readonly points: readonly DashboardPoint[];
  }[];
  readonly wordings: readonly { readonly period: string; readonly wording: IncrementWording | null }[];
}

export interface LoanRecord {
  readonly bank_id: string;
  readonly bank_name: string;
  readonly contract_id: string;
  readonly year: number;
  readonly borrower_credit_code: string;
  readonly borrower_name: string;
  readonly borrower_size_class: string;
  readonly signed: string;
  readonly amount: number;
  readonly syndicated: boolean;
  readonly commitment_fee: number;
  readonly fund_management_fee: number;
  readonly advisory_fee: number;
  readonly consulting_fee: number;
  readonly check: {
    readonly fee_violation: boolean | null;
    readonly fee_review_flag: boolean | null;
    readonly violation_amount: number | null;
    readonly stamp_duty_exempt: boolean | null;
    readonly stamp_duty: number | null;
    readonly problem: string | null;
  };
}

/** The report figures in form order: field id (also the API field) and whether it is a count. */
export const REPORT_FIELDS = [
  'all_loan_balance',
  'all_loan_increment',
  'small_micro_loan_balance',
  'small_micro_loan_count',
  'small_micro_loan_increment',
  'small_micro_loan_balance_small_lines',
  'all_loan_balance_last_year',
  'small_micro_loan_balance_last_year',
  'small_micro_loan_increment_last_year',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
