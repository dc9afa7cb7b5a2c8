/**
 * The tables of the store as Kysely sees them. Money columns are integer fen (`bigint` on PostgreSQL,
 * `integer` on SQLite); booleans are `boolean` on PostgreSQL and 0/1 on SQLite; JSON is `jsonb` on
 * PostgreSQL and text on SQLite; times are ISO-8601 UTC text on both (fixed width, so they sort).
 * Values read from the database go through values.ts before they leave the store.
 */
import type { ColumnType, Generated } from 'kysely';

/** A `bigint` column: PostgreSQL drivers may hand back text, SQLite a number. */
type Int8 = ColumnType<number | string | bigint, number, number>;
type NullableInt8 = ColumnType<number | string | bigint | null, number | null, number | null>;
type Bool = ColumnType<boolean | number, number | boolean, number | boolean>;
type NullableBool = ColumnType<boolean | number | null, number | boolean | null, number | boolean | null>;
/** JSON: written as text, read back parsed (PostgreSQL) or as text (SQLite). */
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;

export interface RegionsTable {
  code: string;
  parent_code: string | null;
  level: string;
  name_zh: string;
  name_ko: string;
  name_en: string;
}

export interface EnterprisesTable {
  id: string;
  name: string;
  region_code: string;
  industry: string;
  industry_group: string;
  founded: string | null;
  registered_capital_fen: NullableInt8;
  /** GB 32100-2015 unified social credit code in capitals, unique whatever the case (migration 0013); null: none recorded. */
  credit_code: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EnterpriseYearsTable {
  enterprise_id: string;
  year: number;
  employees: number | null;
  revenue_fen: NullableInt8;
  total_assets_fen: NullableInt8;
  taxable_income_fen: NullableInt8;
  total_profit_fen: NullableInt8;
  restricted_industry: NullableBool;
  inputs: NullableJson;
  updated_at: string;
}

export interface EntitlementsTable {
  enterprise_id: string;
  year: number;
  size_class: string | null;
  is_small_or_micro: NullableBool;
  total_support_value_fen: NullableInt8;
  detail: Json;
  policy_version: string;
  parameter_hash: string;
  computed_at: string;
}

/** One measure of an enterprise-year's entitlements (see recompute.ts: components grouped by measure). */
export interface EntitlementComponentsTable {
  enterprise_id: string;
  year: number;
  measure: string;
  eligible: NullableBool;
  value_fen: Int8;
}

/** Inbox rows and their e-mail delivery (migration 0017). */
export interface NotificationsTable {
  id: string;
  user_id: string;
  event: string;
  entity_type: string;
  entity_id: string | null;
  params: Json;
  created_at: string;
  read_at: string | null;
  email_state: ColumnType<string, string | undefined, string>;
  email_attempts: ColumnType<number | string | bigint, number | undefined, number>;
  email_next_attempt_at: string | null;
  email_last_error: string | null;
  email_sent_at: string | null;
}

/** A user's choice of e-mail per event where it differs from the default (migration 0022). */
export interface NotificationPreferencesTable {
  user_id: string;
  event: string;
  email: Bool;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  /** `usernameKey(username)`: unique, what sign-in looks up (migration 0011). */
  username_key: string | null;
  password_hash: string;
  role: string;
  region_prefix: string | null;
  enterprise_id: string | null;
  budget_unit_id: string | null;
  bank_id: string | null;
  /** Department users' department code (migration 0015). */
  department: string | null;
  /** Where notifications are e-mailed (migration 0022); null: inbox only. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  display_name: string;
  locale: string;
  disabled: Bool;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_secret: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<Int8>;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  region_code: string | null;
  before: NullableJson;
  after: NullableJson;
}

/** Imports in progress (migration 0010): a row left here means the import's process died. */
export interface RunningImportsTable {
  id: string;
  user_id: string;
  file_name: string | null;
  started_at: string;
}

export interface ImportsTable {
  id: string;
  user_id: string;
  file_name: string | null;
  status: string;
  total_rows: number;
  enterprises_created: number;
  enterprises_updated: number;
  years_written: number;
  errors: NullableJson;
  started_at: string;
  finished_at: string | null;
}

export interface BudgetUnitsTable {
  id: string;
  name: string;
  region_code: string;
  created_at: string;
  updated_at: string;
}

export interface BudgetUnitYearsTable {
  budget_unit_id: string;
  year: number;
  procurement_budget_fen: Int8;
  shortfall_reason: string | null;
  shortfall_reason_by: string | null;
  shortfall_reason_at: string | null;
  updated_at: string;
}

/** `reserved_for`: 'none' | 'sme' | 'small_micro'; `awarded_size_class`: 'large' | 'medium' | 'small' | 'micro'. */
export interface ProcurementProjectsTable {
  id: string;
  budget_unit_id: string;
  year: number;
  name: string;
  budget_fen: Int8;
  reserved_for: string;
  awarded_supplier_id: string | null;
  awarded_supplier_name: string | null;
  awarded_size_class: string | null;
  awarded_amount_fen: NullableInt8;
  tender_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface BanksTable {
  id: string;
  name: string;
  region_code: string;
  created_at: string;
  updated_at: string;
}

/** A bank's quarterly small/micro lending report (money in fen) and the policy's check of it (migration 0006). */
export interface LendingReportsTable {
  bank_id: string;
  year: number;
  quarter: number;
  all_loan_balance_fen: Int8;
  all_loan_increment_fen: Int8;
  small_micro_loan_balance_fen: Int8;
  small_micro_loan_count: number;
  small_micro_loan_increment_fen: Int8;
  small_lines_balance_fen: Int8;
  all_loan_balance_last_year_fen: Int8;
  small_micro_loan_balance_last_year_fen: Int8;
  small_micro_loan_increment_last_year_fen: Int8;
  all_loan_growth_rate: number | null;
  small_micro_loan_growth_rate: number | null;
  small_lines_share: number | null;
  meets_growth_target: NullableBool;
  meets_increment_target: NullableBool;
  meets_two_targets: NullableBool;
  increment_strictly_higher: NullableBool;
  check_problem: string | null;
  policy_version: string;
  parameter_hash: string;
  source: string;
  submitted_by: string;
  submitted_at: string;
}

/** One loan contract's fees of a year as a bank reports them, and the fee and stamp-duty checks (migration 0006). */
export interface LoanRecordsTable {
  bank_id: string;
  contract_id: string;
  year: number;
  borrower_credit_code: string;
  borrower_name: string;
  borrower_size_class: string;
  signed: string;
  amount_fen: Int8;
  syndicated: Bool;
  commitment_fee_fen: Int8;
  fund_management_fee_fen: Int8;
  advisory_fee_fen: Int8;
  consulting_fee_fen: Int8;
  fee_violation: NullableBool;
  fee_review_flag: NullableBool;
  violation_amount_fen: NullableInt8;
  stamp_duty_exempt: NullableBool;
  stamp_duty_fen: NullableInt8;
  check_problem: string | null;
  policy_version: string;
  parameter_hash: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** A budget unit's tender (migration 0005). Rates and the price weight are exact decimal text; `status`: draft | evaluated | published. */
export interface TendersTable {
  id: string;
  budget_unit_id: string;
  project_id: string | null;
  name: string;
  tender_date: string;
  method: string;
  price_weight: string | null;
  deduction_rate: string | null;
  consortium_deduction_rate: string | null;
  reserved_for_sme: Bool;
  status: string;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One bid with its SME declaration (products and consortium members as JSON). */
export interface TenderBidsTable {
  tender_id: string;
  bid_id: string;
  position: number;
  supplier_id: string | null;
  supplier_name: string;
  price_fen: Int8;
  technical_score: string | null;
  compliant: Bool;
  declared_size_class: string | null;
  products: Json;
  consortium: Json;
}

/** One evaluation of a tender; immutable in the database once `published_at` is set. */
export interface TenderEvaluationsTable {
  tender_id: string;
  sequence: number;
  result: Json;
  policy_version: string;
  parameter_hash: string;
  evaluated_at: string;
  evaluated_by: string;
  published_at: string | null;
  published_by: string | null;
}

/** A published yearly set-aside report of a region (migration 0007); immutable, each publication a new version. */
export interface SetAsideReportsTable {
  id: string;
  region_prefix: string;
  year: number;
  version: number;
  snapshot: Json;
  policy_version: string;
  parameter_hash: string;
  published_by: string;
  published_at: string;
}

export interface ScenariosTable {
  id: string;
  owner_id: string;
  scope_prefix: string;
  name: string;
  description: string | null;
  base_year: number;
  /** The changes as JSON text. */
  changes: string;
  shared: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A single-use activation code of an enterprise account (migration 0013): only its SHA-256 is kept. */
export interface ActivationCodesTable {
  id: string;
  enterprise_id: string;
  code_hash: string;
  issued_by: string;
  issued_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

/** An enterprise's request to correct its registry data (migration 0013); `status`: pending | accepted | rejected. */
export interface CorrectionRequestsTable {
  id: string;
  enterprise_id: string;
  region_code: string;
  field: string;
  year: number | null;
  current_value: string | null;
  proposed_value: string;
  reason: string;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

/** An accepted data-feed batch (migration 0018). */
export interface FeedBatchesTable {
  id: string;
  kind: string;
  department: string | null;
  region_prefix: string | null;
  content_hash: string;
  rows: number;
  enterprises: number;
  job_id: string | null;
  file_name: string | null;
  submitted_by: string;
  submitted_at: string;
}

export interface FeedBatchEnterprisesTable {
  batch_id: string;
  enterprise_id: string;
}

/** A fed row of a linked entity (graduate hire, fee event) of an enterprise for a year (migration 0018). */
export interface FeedMembersTable {
  entity: string;
  enterprise_id: string;
  member_key: string;
  year: number;
  inputs: Json;
  batch_id: string;
  updated_at: string;
}

/** An enterprise's application under a measure (migration 0020); money in fen; `form_values` JSON text. */
export interface ApplicationsTable {
  id: string;
  enterprise_id: string;
  region_code: string;
  measure: string;
  year: number;
  form_values: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  due_date: string | null;
  due_estimated: number;
  info_request: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  decision_advice: string | null;
  approved_amount_fen: number | string | bigint | null;
  paid_amount_fen: number | string | bigint | null;
  paid_at: string | null;
  version: number;
}

/** One transition of an application (migration 0020). */
export interface ApplicationEventsTable {
  id: string;
  application_id: string;
  /** The application's version the event made (1: created). */
  seq: number;
  at: string;
  actor: string;
  actor_role: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
}

/** A complaint about fees (item 06) or a bank (item 11), routed to a department (migration 0020). */
export interface ComplaintsTable {
  id: string;
  enterprise_id: string;
  region_code: string;
  type: string;
  department: string;
  respondent: string;
  body: string;
  status: string;
  filed_by: string;
  filed_at: string;
  due_date: string;
  due_estimated: number;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  rating: number | null;
  rated_at: string | null;
}

/** A file of an application or complaint, kept in the database with its SHA-256 (migration 0020). */
export interface AttachmentsTable {
  id: string;
  owner_type: string;
  owner_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: string;
}

/** A programme (migration 0019): a measure run by a department in a region for a year, with a budget in fen. */
export interface ProgrammesTable {
  id: string;
  name: string;
  measure: string;
  department: string;
  region_code: string;
  year: number;
  budget_fen: number;
  publicity_days: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** An offer to an enterprise under a programme (migration 0019); `status` see offers/offer-status.ts. */
export interface OffersTable {
  id: string;
  programme_id: string;
  enterprise_id: string;
  region_code: string;
  year: number;
  measure: string;
  amount_fen: number;
  promised_fen: number;
  trace: string;
  status: string;
  eligible_at: string;
  confirmed_at: string | null;
  reserved_at: string | null;
  published_at: string | null;
  publicity_ends_at: string | null;
  paid_at: string | null;
  closed_at: string | null;
  closed_reason: string | null;
  account_name: string | null;
  bank_name: string | null;
  account_number: string | null;
  failure_reason: string | null;
  updated_at: string;
}

/** An objection to a published offer (migration 0019); `status`: open | upheld | dismissed. */
export interface OfferObjectionsTable {
  id: string;
  offer_id: string;
  programme_id: string;
  region_code: string;
  filed_by: string | null;
  contact: string | null;
  reason: string;
  status: string;
  filed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

/** A payment batch of a programme (migration 0019); `status`: draft | approved | closed. */
export interface PaymentBatchesTable {
  id: string;
  programme_id: string;
  status: string;
  created_by: string;
  created_at: string;
  approved_by: string | null;
  approved_at: string | null;
  total_fen: number;
}

/** One line of a payment batch (migration 0019); `result`: pending | paid | failed. */
export interface PaymentLinesTable {
  batch_id: string;
  offer_id: string;
  reference: string;
  amount_fen: number;
  account_name: string;
  bank_name: string;
  account_number: string;
  result: string;
  result_at: string | null;
  failure_reason: string | null;
}

/** A statistics bulletin (migration 0021): `status` draft | reviewed | published; a published row is immutable. */
export interface BulletinsTable {
  id: string;
  region_prefix: string;
  period_kind: string;
  period: string;
  status: string;
  version: number | null;
  content: Json;
  content_hash: string;
  created_by: string;
  created_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  published_by: string | null;
  published_at: string | null;
}

export interface Database {
  regions: RegionsTable;
  enterprises: EnterprisesTable;
  enterprise_years: EnterpriseYearsTable;
  entitlements: EntitlementsTable;
  entitlement_components: EntitlementComponentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
  running_imports: RunningImportsTable;
  budget_units: BudgetUnitsTable;
  budget_unit_years: BudgetUnitYearsTable;
  procurement_projects: ProcurementProjectsTable;
  banks: BanksTable;
  set_aside_reports: SetAsideReportsTable;
  tenders: TendersTable;
  tender_bids: TenderBidsTable;
  tender_evaluations: TenderEvaluationsTable;
  lending_reports: LendingReportsTable;
  loan_records: LoanRecordsTable;
  scenarios: ScenariosTable;
  activation_codes: ActivationCodesTable;
  correction_requests: CorrectionRequestsTable;
  feed_batches: FeedBatchesTable;
  feed_batch_enterprises: FeedBatchEnterprisesTable;
  feed_members: FeedMembersTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  complaints: ComplaintsTable;
  attachments: AttachmentsTable;
  notifications: NotificationsTable;
  programmes: ProgrammesTable;
  offers: OffersTable;
  offer_objections: OfferObjectionsTable;
  payment_batches: PaymentBatchesTable;
  payment_lines: PaymentLinesTable;
  notification_preferences: NotificationPreferencesTable;
  bulletins: BulletinsTable;
}
