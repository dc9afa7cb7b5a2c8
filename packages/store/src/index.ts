/**
 * @xiaowei/store — storage of the Xiaowei platform: Kysely over SQLite (default), PostgreSQL or PGlite,
 * one set of migrations, every state change audited in its own transaction, scoped reads, keyset
 * paging, streaming export, all-or-nothing bulk import, entitlements recomputed with the policy.
 * See README.md for the API in one page.
 */
export { type AuditEntry, type AuditRecord, SYSTEM_ACTOR, type WriteOptions } from './audit.ts';
export { type Backend, DEFAULT_SQLITE_PATH, parseTarget, type SqlDialect, type StoreConfig } from './config.ts';
export { createStore, type Store, type StoreApi } from './create-store.ts';
export { PGliteDialect, type PGliteDialectConfig } from './dialects/pglite-dialect.ts';
export type { EnterpriseInput, EnterprisePatch, EnterpriseYearInput } from './enterprise-fields.ts';
export { type EvaluationInput, type EvaluationResult, evaluateYear } from './entitlements/evaluate.ts';
export { DEFAULT_RECOMPUTE_BATCH, type RecomputeOptions, type RecomputeResult, type RecomputeTarget } from './entitlements/recompute.ts';
export { ConflictError, NotFoundError, StoreError, type StoreErrorCode, ValidationError } from './errors.ts';
export { columnNames } from './import/column-names.ts';
export type { ImportOptions, ImportProgress, ImportResult, RejectedImport } from './import/import-enterprises.ts';
export type { EnterpriseImportRow, ImportProblem } from './import/import-row.ts';
export {
  EnterpriseRowReader,
  type ValidateOptions,
  type ValidationResult,
  validateEnterpriseRows,
} from './import/validate-enterprise-rows.ts';
export type { AuditQuery } from './repositories/audit-log.ts';
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
export type { Region, RegionLevel } from './repositories/regions.ts';
export { type ApiToken, LOCALES, ROLES, type Role, type Session, type User, type UserInput, type UserPatch } from './repositories/users.ts';
export type { Database } from './schema.ts';
export { ALL, checkScope, inPartyScope, inScope, type PartyKind, partyScopeCondition, type Scope } from './scope.ts';
export { DEMO_USERS, demoEnterpriseId, demoRows, type SeedOptions, type SeedResult, seedDemo } from './seed/seed-demo.ts';
export { hashToken } from './tokens.ts';
