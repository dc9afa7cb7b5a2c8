/**
 * The store's side of evaluating enterprise-years: the policy runs in the app's use case
 * (`evaluateRegistryYear` of @xiaowei/app, on the system of the rules in force); the store keeps its
 * result as the row's `detail` as it is, and keeps the rows and the transaction (recompute.ts).
 */
import {
  type EntitlementComponent,
  type EntitlementDetail,
  evaluateRegistryYear,
  LINKS,
  type LinkedInput,
  type RegistryYearInput,
  type RegistryYearOptions,
  type RegistryYearOutcome,
} from '@xiaowei/app';
import type { TaxBenefitSystem } from '@xiaowei/engine';

export { LINKS, type LinkedInput };

/** What the evaluation needs of one enterprise-year (a registry row). Money in fen. */
export type EvaluationInput = RegistryYearInput;

/** One entitlement of the stored detail: [measure, value variable, eligible, value in fen, counted in the total]. */
export type StoredComponent = EntitlementComponent;

/** The stored `detail` (format version 1, compact: a registry has millions of rows). */
export type StoredDetail = EntitlementDetail;

export type EvaluationResult = RegistryYearOutcome;

/**
 * The size class, the whole-package value and every entitlement of `members` for `year`, through the app.
 * @example evaluateYear(getSystem(), 2013, [{ enterpriseId: 'E1', industry: 'C3311', employees: 80, … }])[0].sizeClass // 'small'
 */
export function evaluateYear(
  system: TaxBenefitSystem,
  year: number,
  members: readonly EvaluationInput[],
  options: RegistryYearOptions = {},
): EvaluationResult[] {
  return evaluateRegistryYear(system, year, members, options);
}
