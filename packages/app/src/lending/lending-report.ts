/**
 * A bank's quarterly small/micro lending report (银监发〔2011〕94号; Guofa [2012] No. 14 item 07) as the policy
 * checks it: the reported figures in fen and the figures of the same period last year. Each figure is the
 * bank input variable of the policy named in `REPORT_FIGURES`, so a report is decoded and checked by the
 * engine's own definitions.
 */

/** What a bank files for one quarter. Money in fen; increments may be negative. */
export interface LendingReportInput {
  readonly bankId: string;
  readonly year: number;
  readonly quarter: number;
  readonly allLoanBalanceFen: number;
  readonly allLoanIncrementFen: number;
  readonly smallMicroLoanBalanceFen: number;
  readonly smallMicroLoanCount: number;
  readonly smallMicroLoanIncrementFen: number;
  readonly smallLinesBalanceFen: number;
  readonly allLoanBalanceLastYearFen: number;
  readonly smallMicroLoanBalanceLastYearFen: number;
  readonly smallMicroLoanIncrementLastYearFen: number;
  /** Row of the source file, for messages. */
  readonly row?: number;
}

export type ReportFigureKey = Exclude<keyof LendingReportInput, 'bankId' | 'year' | 'quarter' | 'row'>;

/** The figures of a report: the input key, the policy variable (its id is also the JSON / file column). */
export const REPORT_FIGURES: readonly { readonly key: ReportFigureKey; readonly variable: string }[] = [
  { key: 'allLoanBalanceFen', variable: 'all_loan_balance' },
  { key: 'allLoanIncrementFen', variable: 'all_loan_increment' },
  { key: 'smallMicroLoanBalanceFen', variable: 'small_micro_loan_balance' },
  { key: 'smallMicroLoanCount', variable: 'small_micro_loan_count' },
  { key: 'smallMicroLoanIncrementFen', variable: 'small_micro_loan_increment' },
  { key: 'smallLinesBalanceFen', variable: 'small_micro_loan_balance_small_lines' },
  { key: 'allLoanBalanceLastYearFen', variable: 'all_loan_balance_last_year' },
  { key: 'smallMicroLoanBalanceLastYearFen', variable: 'small_micro_loan_balance_last_year' },
  { key: 'smallMicroLoanIncrementLastYearFen', variable: 'small_micro_loan_increment_last_year' },
];

/** The policy's check of one report, as computed when it was filed. */
export interface LendingCheck {
  readonly allLoanGrowthRate: number | null;
  readonly smallMicroLoanGrowthRate: number | null;
  readonly smallLinesShare: number | null;
  /** 小型微型企业贷款增速不低于全部贷款平均增速. */
  readonly meetsGrowthTarget: boolean | null;
  /** The increment against the same period last year, in the wording in force. */
  readonly meetsIncrementTarget: boolean | null;
  readonly meetsTwoTargets: boolean | null;
  /** The wording in force for the quarter: true "高于" (strictly higher, to 2012), false "不低于" (from 2013). */
  readonly incrementStrictlyHigher: boolean | null;
  /** Why the rules could not check the quarter (e.g. before 2012-04-19, the Opinions' date), else null. */
  readonly problem: string | null;
  readonly policyVersion: string;
  readonly parameterHash: string;
}

/** The month a quarter is reported at (its last month), as the policy's bank variables are defined per month. */
export function quarterMonth(year: number, quarter: number): string {
  return `${year}-${String(quarter * 3).padStart(2, '0')}`;
}
