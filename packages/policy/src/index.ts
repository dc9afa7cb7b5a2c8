/**
 * @xiaowei/policy — Guofa [2012] No. 14 (国务院关于进一步支持小型微型企业健康发展的意见) and its
 * implementing rules, encoded for the Xiaowei engine.
 */

export {
  BENEFICIARIES,
  type Beneficiary,
  CATALOGUE_DIR,
  type Catalogue,
  type Chapter,
  loadCatalogue,
  MEASURE_KINDS,
  type Measure,
  type MeasureBase,
  type MeasureDocument,
  type MeasureKind,
  type SubMeasure,
} from './catalogue/load-catalogue.ts';
export { measureTimelines, TIMELINE_END, TIMELINE_START, type TimelineSegment } from './catalogue/measure-timeline.ts';
export * from './entities.ts';
export { activeEntitlements, definedFor, exclusiveGroups } from './entitlements/active-entitlements.ts';
export {
  type Assessment,
  assessEntitlements,
  type ConditionResult,
  type EntitlementResult,
  type PendingInput,
} from './entitlements/assess-entitlements.ts';
export type { Condition, Entitlement } from './entitlements/entitlement.ts';
export { explainSizeClass, type SizeExplanation } from './explain/explain-size-class.ts';
export { INDUSTRY_GROUPS, type IndustryGroup, SIZE_CLASSES, type SizeClass } from './model-api.ts';
export {
  BID_FIELDS,
  comprehensiveIndex,
  MEMBER_FIELDS,
  PRODUCT_FIELDS,
  percent,
  type SimulatedTender,
  SUPPLIER_FIELDS,
  simulateTender,
  TENDER_FIELDS,
  TENDER_FORMAT_MESSAGES,
  TENDER_OUTPUTS,
  TENDER_RULE_MESSAGES,
  type TenderBid,
  type TenderData,
  TenderRuleError,
  type TenderValues,
  tenderPopulation,
} from './procurement/evaluate-tender.ts';
export { buildSystem, getSystem, PARAMETERS_DIR, POLICY_VERSION, TESTS_DIR } from './system.ts';
export { type IndustryReading, readIndustry } from './variables/classification/industry-code.ts';
export { ENTITLEMENTS, VARIABLES } from './variables/index.ts';
export { DEDUCTION_REASON_LABELS, DEDUCTION_REASONS, type DeductionReason } from './variables/procurement/deduction-reasons.ts';
