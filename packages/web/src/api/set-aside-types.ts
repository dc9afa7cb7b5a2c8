/** Shapes of the budget-unit, project and set-aside routes (see the server's routes/set-aside). Money in yuan, exact. */
import type { TraceNode } from './trace-types.ts';

export interface BudgetUnit {
  readonly id: string;
  readonly name: string;
  readonly region_code: string;
}

export interface BudgetUnitYear {
  readonly year: number;
  readonly procurement_budget: number;
  readonly shortfall_reason: string | null;
  readonly shortfall_reason_by: string | null;
  readonly shortfall_reason_at: string | null;
}

export interface BudgetUnitDetail extends BudgetUnit {
  readonly years: readonly BudgetUnitYear[];
}

export type ReservedFor = 'none' | 'sme' | 'small_micro';
export type AwardSizeClass = 'large' | 'medium' | 'small' | 'micro';

export interface Award {
  readonly supplier_id: string | null;
  readonly supplier_name: string | null;
  readonly size_class: AwardSizeClass;
  readonly amount: number;
}

export interface Project {
  readonly id: string;
  readonly budget_unit_id: string;
  readonly year: number;
  readonly name: string;
  readonly budget: number;
  readonly reserved_for: ReservedFor;
  readonly award: Award | null;
  readonly tender_id: string | null;
}

export type SetAsideState = 'meets' | 'below_with_reason' | 'below_without_reason' | 'no_budget_recorded' | 'not_computable';

/** Shares as exact decimal text, cut to 6 places ('0.299999'). */
export interface Shares {
  readonly sme_reserved: string;
  readonly small_micro_reserved: string;
  readonly sme_awarded: string;
  readonly small_micro_awarded: string;
}

export interface SetAsideStatus {
  readonly budget_unit_id: string;
  readonly name: string;
  readonly region_code: string;
  readonly year: number;
  readonly procurement_budget: number;
  readonly sme_reserved: number;
  readonly small_micro_reserved: number;
  readonly sme_awarded: number;
  readonly small_micro_awarded: number;
  readonly shares: Shares;
  readonly meets_sme: boolean | null;
  readonly meets_small_micro: boolean | null;
  readonly meets: boolean | null;
  readonly state: SetAsideState;
  readonly problem: { readonly code: string; readonly variable: string; readonly message: string } | null;
  readonly shortfall_reason: string | null;
  readonly shortfall_reason_by: string | null;
  readonly shortfall_reason_at: string | null;
}

export interface SetAsideExplained extends SetAsideStatus {
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly explanation: { readonly trace: readonly TraceNode[]; readonly text: string };
}

export interface SetAsideReport {
  readonly region: string;
  readonly year: number;
  readonly generated_at: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly units: readonly SetAsideStatus[];
  readonly totals: Omit<
    SetAsideStatus,
    'budget_unit_id' | 'name' | 'region_code' | 'year' | 'state' | 'shortfall_reason' | 'shortfall_reason_by' | 'shortfall_reason_at'
  > & {
    readonly units: number;
    readonly units_recorded: number;
    readonly units_meeting: number;
    readonly units_below: number;
    readonly units_below_without_reason: number;
    readonly units_not_computable: number;
  };
}

export interface PublishedReportSummary {
  readonly id: string;
  readonly region: string;
  readonly year: number;
  readonly version: number;
  readonly published_by: string;
  readonly published_at: string;
}
