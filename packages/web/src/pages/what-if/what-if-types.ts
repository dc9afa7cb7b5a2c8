import type { Answer } from '../../api/schema.ts';
import type { TraceNode } from '../../api/trace-types.ts';

/**
 * The what-if API's shapes as the page reads them (GET/POST /api/v1/scenarios, /api/v1/simulation-runs/{id}):
 * money in exact yuan (JSON numbers with at most two decimals), counts as integers. A saved scenario comes from the
 * generated API types; a run's result is still written out here, because the service's schema leaves it open.
 */

/** GET /api/v1/scenarios: one of the caller's scenarios or one shared with them. */
export type SavedScenario = Answer<'/api/v1/scenarios', 'get'>[number];

/** One change of a scenario (by `kind`), as the API returns it and as the page sends it. */
export type ScenarioChangeBody = SavedScenario['changes'][number];

/** What POST and PUT /api/v1/scenarios take: a saved scenario's own fields. */
export type ScenarioBody = Pick<SavedScenario, 'name' | 'description' | 'base_year' | 'changes'> & Partial<Pick<SavedScenario, 'shared'>>;

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
