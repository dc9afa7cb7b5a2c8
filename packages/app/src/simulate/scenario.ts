import type { Instant, ParameterScalar } from '@xiaowei/engine';

/**
 * One change of the law in a what-if scenario. Dates are ISO days; `until` (inclusive) is optional: without
 * it the change stays in force, as a new document's value does until the next one.
 */
export type ScenarioChange =
  /** A dated parameter (a leaf of the catalogue's parameter tree) takes `value` from `from` (money in yuan, as in law). */
  | { readonly kind: 'parameter'; readonly path: string; readonly value: ParameterScalar; readonly from: Instant; readonly until?: Instant }
  /** A measure of the catalogue switched off from `from`: its entitlements are neither eligible nor worth anything. */
  | { readonly kind: 'measure_off'; readonly measure: string; readonly from: Instant; readonly until?: Instant }
  /**
   * A later document's values applied to an earlier year: every parameter under `path` (the whole tree when
   * absent) takes from `from` the value it had on `source`.
   */
  | { readonly kind: 'copy_values'; readonly source: Instant; readonly from: Instant; readonly until?: Instant; readonly path?: string };

/** A named what-if: the changes, and the year it is meant for (the default year to run it). */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly baseYear: number;
  readonly changes: readonly ScenarioChange[];
}

export const CHANGE_KINDS = ['parameter', 'measure_off', 'copy_values'] as const;
