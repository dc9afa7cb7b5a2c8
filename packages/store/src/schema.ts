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
  bulletins: BulletinsTable;
}
