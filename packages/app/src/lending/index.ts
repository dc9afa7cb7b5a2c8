export { checkLendingReports, INCREMENT_WORDING_PARAMETER, type IncrementWording, incrementWording } from './check-lending-reports.ts';
export { checkLoanRecords } from './check-loan-records.ts';
export { type LendingCheck, type LendingReportInput, quarterMonth, REPORT_FIGURES, type ReportFigureKey } from './lending-report.ts';
export type { LoanCheck, LoanRecordInput } from './loan-record.ts';
