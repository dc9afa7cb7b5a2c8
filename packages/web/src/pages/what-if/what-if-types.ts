import type { Schema } from '../../api/schema.ts';

/**
 * The what-if API's shapes as the page reads them (GET/POST /api/v1/scenarios, /api/v1/simulation-runs/{id}):
 * money in exact yuan (JSON numbers with at most two decimals), counts as integers; named from the generated API types.
 */

/** A saved scenario (GET /api/v1/scenarios lists them): the caller's own or one shared with them. */
export type SavedScenario = Schema<'Scenario'>;

/** One change of a scenario (by `kind`), as the API returns it and as the page sends it. */
export type ScenarioChangeBody = SavedScenario['changes'][number];

/** What POST and PUT /api/v1/scenarios take: a saved scenario's own fields. */
export type ScenarioBody = Pick<SavedScenario, 'name' | 'description' | 'base_year' | 'changes'> & Partial<Pick<SavedScenario, 'shared'>>;

/** GET /api/v1/simulation-runs/{id} (and the answers of starting and cancelling one): progress, then the result. */
export type SimulationRun = Schema<'SimulationRun'>;
export type RunStatus = SimulationRun['status'];

/** A completed run's result: totals, the four breakdowns, enterprises left out and the largest changes. */
export type SimulationResult = NonNullable<SimulationRun['result']>;

/** Baseline and reform side by side for a set of enterprises. */
export type Tally = Schema<'SimulationTally'>;

/** A tally of one region, industry group, size class or measure; `name` null for codes the page names itself. */
export type GroupTally = Schema<'SimulationGroupTally'>;

/** One of the enterprises whose entitlements change the most, with the traces of why (as POST /api/v1/trace). */
export type LargestChange = SimulationResult['largest_changes'][number];

export const BREAKDOWNS = ['by_region', 'by_industry_group', 'by_size_class', 'by_measure'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
