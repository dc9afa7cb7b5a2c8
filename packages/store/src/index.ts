/**
 * @xiaowei/store — storage of the Xiaowei platform: Kysely over SQLite (default), PostgreSQL or PGlite,
 * one set of migrations, every state change audited in its own transaction, scoped reads, keyset
 * paging, streaming export, all-or-nothing bulk import, entitlements recomputed with the policy.
 * See README.md for the API in one page.
 */

export type { SetAsideAmounts, SetAsideProblem } from '@xiaowei/app';
export { ACCOUNT_MESSAGES } from './accounts/account-messages.ts';
export {
  ACTIVATION_CODE_LENGTH,
  DEFAULT_ACTIVATION_DAYS,
  newActivationCode,
  normaliseActivationCode,
} from './accounts/activation-code.ts';
export { CORRECTION_FIELDS, type CorrectionField, correctionFieldLabel, isYearField } from './accounts/correction-fields.ts';
export type { CorrectionInput, CorrectionRequest, CorrectionStatus } from './accounts/correction-requests.ts';
export {
  type AccountStatus,
  ActivationError,
  type IssuedActivationCode,
  type IssueTarget,
  MAX_CODES_PER_ISSUE,
} from './accounts/enterprise-accounts.ts';
export {
  ACTION_LABELS,
  APPLICATION_MESSAGES,
  COMPLAINT_TYPE_LABELS,
  DEPARTMENT_LABELS,
  STATUS_LABELS,
} from './applications/application-messages.ts';
export {
  APPLICATION_STATUSES,
  type Application,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationEvent,
  type ApplicationQuery,
  type ApplicationStatus,
  AWAITING_REVIEW,
} from './applications/applications.ts';
export { type AttachmentType, DEFAULT_ATTACHMENT_MAX_BYTES, sniffAttachment } from './applications/attachment-check.ts';
export { type Attachment, type AttachmentFile, MAX_ATTACHMENTS } from './applications/attachments.ts';
export {
  COMPLAINT_DEPARTMENT,
  COMPLAINT_TYPES,
  type Complaint,
  type ComplaintCount,
  type ComplaintDetail,
  type ComplaintType,
} from './applications/complaints.ts';
export { registerRequestDeadlines } from './applications/deadline-sources.ts';
export { type AuditEntry, type AuditRecord, SYSTEM_ACTOR, type WriteOptions } from './audit.ts';
export { meanText as bulletinMeanText } from './bulletins/activity-figures.ts';
export type {
  BulletinContent,
  Change as BulletinChange,
  ComplaintFigures as BulletinComplaintFigures,
  ComplaintRow as BulletinComplaintRow,
  EntitlementRow as BulletinEntitlementRow,
  KeyedChange as BulletinKeyedChange,
  TakeUpFigures as BulletinTakeUpFigures,
  TakeUpMeasureRow as BulletinTakeUpMeasureRow,
  TargetRow as BulletinTargetRow,
} from './bulletins/content.ts';
export { contentHash as bulletinContentHash } from './bulletins/content-hash.ts';
export {
  type BulletinPeriod,
  closedQuarter,
  type PeriodKind,
  parsePeriod,
  periodsEndedBefore,
  previousPeriod,
} from './bulletins/period.ts';
export {
  BULLETIN_CRON,
  BULLETIN_JOB,
  generateScheduledBulletins,
  type ScheduledBulletins,
  scheduleBulletins,
} from './bulletins/schedule.ts';
export { type Backend, DEFAULT_SQLITE_PATH, parseTarget, type SqlDialect, type StoreConfig } from './config.ts';
export { createStore, type Store, type StoreApi } from './create-store.ts';
export { PGliteDialect, type PGliteDialectConfig } from './dialects/pglite-dialect.ts';
export type { EnterpriseInput, EnterprisePatch, EnterpriseYearInput } from './enterprise-fields.ts';
export { type EvaluationInput, type EvaluationResult, evaluateYear } from './entitlements/evaluate.ts';
export { DEFAULT_RECOMPUTE_BATCH, type RecomputeOptions, type RecomputeResult, type RecomputeTarget } from './entitlements/recompute.ts';
export { ConflictError, NotFoundError, StoreError, type StoreErrorCode, ValidationError } from './errors.ts';
export {
  columnLabel,
  columnsOf,
  FEED_KINDS,
  FEED_SPECS,
  type FeedKind,
  type FeedKindSpec,
  kindsOf,
  mayFeed,
} from './feeds/feed-kinds.ts';
export { batchEnterprises, type FeedWorkerOptions, startFeedWorkers } from './feeds/recompute-worker.ts';
export type { FeedBatch, FeedProblem, FeedResult, FeedSender, FeedSubmission } from './feeds/submit-feed.ts';
export { MAX_FEED_ROWS } from './feeds/submit-feed.ts';
export { columnNames } from './import/column-names.ts';
export type { ImportOptions, ImportProgress, ImportResult, InterruptedImport, RejectedImport } from './import/import-enterprises.ts';
export type { EnterpriseImportRow, ImportProblem } from './import/import-row.ts';
export {
  EnterpriseRowReader,
  type ValidateOptions,
  type ValidationResult,
  validateEnterpriseRows,
} from './import/validate-enterprise-rows.ts';
export { createJobQueue } from './jobs/create-job-queue.ts';
export type {
  Job,
  JobContext,
  JobHandler,
  JobProgress,
  JobQueue,
  JobSender,
  JobState,
  SendOptions,
  WorkOptions,
} from './jobs/job-queue.ts';
export { JOB_STATES } from './jobs/job-queue.ts';
export {
  type LendingCheck,
  type LendingReport,
  type LendingReportInput,
  quarterMonth,
  REPORT_FIGURES,
  type ReportSource,
} from './lending/lending-report.ts';
export { LOAN_COLUMNS, type LoanCheck, type LoanRecord, type LoanRecordInput } from './lending/loan-record.ts';
export { REPORT_KEY_FIELDS, reportColumns } from './lending/report-columns.ts';
export { FIRST_REPORT_YEAR, validateLendingReports } from './lending/validate-lending-reports.ts';
export { validateLoanRecords } from './lending/validate-loan-records.ts';
export { RECOMPUTE_QUEUE } from './migrations/0016-job-queue.ts';
export {
  type DeadlineItem,
  type DeadlineScanResult,
  type DeadlineSource,
  deadlineSourceNames,
  registerDeadlineSource,
} from './notifications/deadlines.ts';
export {
  isNotificationEvent,
  NOTIFICATION_EVENT_CODES,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationParams,
  renderNotification,
} from './notifications/events.ts';
export { type EmailState, type InboxQuery, type Notification, NotificationRepository } from './notifications/inbox.ts';
export { type NotifyInput, notify, type Recipients, resolveRecipients } from './notifications/notify.ts';
export { type Delivery, Outbox, type OutgoingEmail } from './notifications/outbox.ts';
export {
  EMAIL_DEFAULTS,
  type NotificationSettings,
  type NotificationSettingsPatch,
  NotificationSettingsRepository,
  readEmail,
} from './notifications/preferences.ts';
export { CLOSED_REASONS, closedReasonLabel, OFFER_MESSAGES } from './offers/offer-messages.ts';
export { OFFER_STATUSES, type OfferStatus, RESERVING } from './offers/offer-status.ts';
export { type BankAccountInput, checkBankAccount, type Objection, type Offer, type PublicityEntry } from './offers/offers.ts';
export type { PaymentBatch, PaymentLine } from './offers/payments.ts';
export {
  exactFen,
  OFFERABLE_MEASURES,
  PROGRAMME_DEPARTMENTS,
  type Programme,
  type ProgrammeInput,
  yuanOfFen,
} from './offers/programmes.ts';
export type { OfferTrace } from './offers/sync-offers.ts';
export type { TakeUpQuery, TakeUpRow } from './offers/take-up.ts';
export {
  type DeductionRange,
  type LegalDeductionRanges,
  legalDeductionRanges,
} from './procurement/legal-deduction-ranges.ts';
export {
  type BidInput,
  bidProblems,
  DECLARED_CLASSES,
  type DeclaredClass,
  type MemberDeclaration,
  type ProductDeclaration,
  TENDER_METHODS,
  TENDER_STATUSES,
  type TenderInput,
  type TenderMethod,
  type TenderPatch,
  type TenderStatus,
  tenderProblems,
} from './procurement/tender-fields.ts';
export type {
  BidOutcome,
  DeclarationCheck,
  EvaluationReport,
  Tender,
  TenderBid,
  TenderDetail,
  TenderEvaluation,
} from './procurement/tender-types.ts';
export type { AuditQuery } from './repositories/audit-log.ts';
export type { Bank, BankInput } from './repositories/banks.ts';
export type { BudgetUnit, BudgetUnitDetail, BudgetUnitListQuery, BudgetUnitYear } from './repositories/budget-units.ts';
export type { Bulletin, BulletinStatus, BulletinSummary } from './repositories/bulletins.ts';
export type {
  Enterprise,
  EnterpriseDetail,
  EnterpriseFilter,
  EnterpriseListItem,
  EnterpriseSort,
  EnterpriseYear,
  EntitlementSummary,
  ExportRow,
  ListQuery,
  Page,
  Total,
} from './repositories/enterprises.ts';
export type {
  EntitlementComponent,
  EntitlementDetail,
  EntitlementRecord,
  MeasureTotalRow,
  SummaryGroup,
  SummaryRow,
} from './repositories/entitlements.ts';
export type { ImportRecord, ImportStatus } from './repositories/imports.ts';
export type { ReportQuery, SubmitReportsOptions, SubmitReportsResult } from './repositories/lending-reports.ts';
export type { LoanQuery, UploadLoansOptions, UploadLoansResult } from './repositories/loan-records.ts';
export type { ProcurementProject, ProjectAward } from './repositories/procurement-projects.ts';
export type { Region, RegionLevel } from './repositories/regions.ts';
export type { ScenarioReader, StoredScenario } from './repositories/scenarios.ts';
export type {
  PublishedReport,
  PublishedReportSummary,
  SetAsideExplanation,
  SetAsideReport,
  SetAsideShares,
  SetAsideState,
  SetAsideStatus,
  SetAsideTotals,
} from './repositories/set-aside.ts';
export type { TenderListQuery } from './repositories/tenders.ts';
export {
  type ApiToken,
  DEPARTMENTS,
  type Department,
  LOCALES,
  ROLES,
  type Role,
  type Session,
  type User,
  type UserInput,
  type UserPatch,
} from './repositories/users.ts';
export type { Database } from './schema.ts';
export { ALL, checkScope, inPartyScope, inScope, type PartyKind, partyScopeCondition, type Scope } from './scope.ts';
export {
  DEMO_SERVICE_YEARS,
  DEMO_USERS,
  demoCreditCode,
  demoEnterpriseId,
  demoRows,
  type SeedOptions,
  type SeedResult,
  seedDemo,
} from './seed/seed-demo.ts';
export { SET_ASIDE_DEMO_UNITS, seedProcurement } from './seed/seed-procurement.ts';
export { seedTenders } from './seed/seed-tenders.ts';
export { exactShare, SHARE_PLACES } from './set-aside/exact-share.ts';
export {
  AWARD_SIZE_CLASSES,
  type AwardInput,
  type AwardSizeClass,
  type BudgetUnitInput,
  type BudgetUnitPatch,
  type BudgetUnitYearInput,
  type ProjectInput,
  type ProjectPatch,
  RESERVED_FOR,
  type ReservedFor,
} from './set-aside/set-aside-fields.ts';
export type { RegistryInputQuery } from './simulate/registry-input.ts';
export { hashToken } from './tokens.ts';
