/**
 * A bank's quarterly small/micro lending report (银监发〔2011〕94号; Guofa [2012] No. 14 item 07) as the
 * store holds it: the reported figures in fen, the figures of the same period last year, and the
 * policy's check. Each figure is the bank input variable of the policy named in `REPORT_FIGURES`, so a
 * report is decoded and checked by the engine's own definitions.
 */
import type { LendingCheck, LendingReportInput } from '@xiaowei/app';

export {
  type LendingCheck,
  type LendingReportInput,
  quarterMonth,
  REPORT_FIGURES,
  type ReportFigureKey,
} from '@xiaowei/app';

export type ReportSource = 'api' | 'excel' | 'web' | 'seed';

/** A stored report with its bank and check. */
export interface LendingReport extends Omit<LendingReportInput, 'row'> {
  readonly bankName: string;
  readonly regionCode: string;
  readonly check: LendingCheck;
  readonly source: ReportSource;
  readonly submittedBy: string;
  readonly submittedAt: string;
}
