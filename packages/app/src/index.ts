/**
 * @xiaowei/app — the application layer: records in, outcomes out.
 *
 * Every use case of Xiaowei lives here once; the CLI (files), the service (HTTP) and the store (database)
 * turn their inputs into records and the outcomes back into tables, JSON or rows. It depends on the engine
 * and the policy only.
 */
export * from './applications/index.ts';
export { CLASSIFY_OUTPUTS, type Classification, type ClassifyRequest, classify } from './classify/classify.ts';
export {
  assessEntitlements,
  conditionIn,
  type EnterpriseEntitlements,
  type EntitlementOutcome,
  type EntitlementsAssessment,
  type EntitlementsRequest,
  type ThresholdOutcome,
} from './entitlements/assess-entitlements.ts';
export {
  type EntitlementComponent,
  type EntitlementDetail,
  evaluateRegistryYear,
  LINKS,
  type LinkedInput,
  REGISTRY_FIGURES,
  type RegistryYearInput,
  type RegistryYearOptions,
  type RegistryYearOutcome,
} from './entitlements/registry-year.ts';
export { type EvaluateRequest, type Evaluation, evaluate } from './evaluate/evaluate.ts';
export { closest } from './evaluation/closest.ts';
export { periodError } from './evaluation/period-error.ts';
export { type PeriodInput, periodInputs, setPeriodInputs } from './evaluation/period-inputs.ts';
export { Rules, type RuleVersion, requiredInputs } from './evaluation/rules.ts';
export * from './lending/index.ts';
export { inputCode, isLabels, MESSAGES, type MessageCode, messageOf, type RequestCode } from './messages/catalogue.ts';
export type { Problem } from './problems/problem.ts';
export { RecordsError } from './problems/records-error.ts';
export { RequestError } from './problems/request-error.ts';
export * from './procurement/index.ts';
export { type DecodedRecords, type DecodeOptions, decodeRecords, type RecordId, recordIdText } from './records/decode-records.ts';
export { type ExactJson, JsonNumberText, parseJsonExact } from './records/exact-json.ts';
export { decodeWithLinks, type LinkedRecords, type RecordsWithLinks } from './records/linked-records.ts';
export { jsonRecords, type RecordSet } from './records/record-set.ts';
export * from './set-aside/index.ts';
export * from './simulate/index.ts';
export { type Trace, type TraceRequest, trace, traceOf } from './trace/trace.ts';
