import type { TraceNode } from '../../api/trace-types.ts';

/**
 * The what-if API's shapes as the page reads them (GET/POST /api/v1/scenarios, /api/v1/simulation-runs/{id}):
 * money in exact yuan (JSON numbers with at most two decimals), counts as integers.
 */

/** One change of a scenario as the API takes and returns it. */
export type ScenarioChangeBody =
  | { kind: 'parameter'; path: string; value: string | number | boolean; from: string; until?: string | null }
  | { kind: 'measure_off'; measure: string; from: string; until?: string | null }
  | { kind: 'copy_values'; source: string; from: string; until?: string | null; path?: string };

export interface ScenarioBody {
  name: string;
  description?: string | null;
  base_year: number;
  changes: ScenarioChangeBody[];
  shared?: boolean;
}

export interface SavedScenario extends ScenarioBody {
  readonly id: string;
  readonly owner_id: string;
  readonly owned: boolean;
  readonly shared: boolean;
  readonly version: number;
  readonly updated_at?: string;
}

/** Baseline and reform side by side for a set of enterprises. */
export interface Tally {
  readonly enterprises: number;
  readonly baseline: number;
  readonly reform: number;
  readonly change: number;
  readonly beneficiaries_baseline: number;
  readonly beneficiaries_reform: number;
  readonly gainers: number;
  readonly gain: number;
  readonly losers: number;
  readonly loss: number;
}

export interface GroupTally extends Tally {
  readonly key: string;
  /** Regions and measures by name in the language asked; null for codes the page names itself. */
  readonly name: string | null;
}

export interface LargestChange {
  readonly id: string;
  readonly region: string;
  readonly industry_group: string;
  readonly size_class: string;
  readonly baseline: number;
  readonly reform: number;
  readonly change: number;
  readonly explanations: readonly {
    readonly measure: string;
    readonly title: string | null;
    readonly variable: string;
    /** Why the entitlement had its value under the law in force, and under the reform (as POST /api/v1/trace). */
    readonly baseline: TraceNode;
    readonly reform: TraceNode;
  }[];
}

export interface SimulationResult {
  readonly period: string;
  readonly enterprises: number;
  readonly incomplete: number;
  readonly problems: readonly { readonly row: number | null; readonly field: string; readonly message: string }[];
  readonly totals: Tally;
  readonly by_region: readonly GroupTally[];
  readonly by_industry_group: readonly GroupTally[];
  readonly by_size_class: readonly GroupTally[];
  readonly by_measure: readonly GroupTally[];
  readonly largest_changes: readonly LargestChange[];
  readonly timings?: Record<string, number>;
}

export type RunStatus = 'reading' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface SimulationRun {
  readonly id: string;
  readonly scenario_id: string;
  readonly year: number;
  readonly status: RunStatus;
  readonly done: number;
  readonly total: number;
  readonly started_at: string;
  readonly finished_at: string | null;
  readonly error?: { readonly code: string; readonly message: string };
  readonly result?: SimulationResult;
}

export const BREAKDOWNS = ['by_region', 'by_industry_group', 'by_size_class', 'by_measure'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
