import type { Labels, TaxBenefitSystem } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { type ChangedEntitlement, explainChange } from './explain-member.ts';
import { mergeParts } from './merge-parts.ts';
import type { Scenario } from './scenario.ts';
import { scenarioSystem } from './scenario-reform.ts';
import { type PartResult, simulatePart, TOP_CHANGES, type TopChange } from './simulate-part.ts';
import type { SimulationInput } from './simulation-input.ts';
import { SIMULATION_MESSAGES } from './simulation-messages.ts';
import { compileSimulation, type SimulationPlans } from './simulation-plans.ts';
import { defaultWorkerCount, SimulationWorkers, WORKERS_FROM } from './simulation-workers.ts';

/** A change among the largest, with the explanation of both values. */
export interface ExplainedChange extends TopChange {
  /** The entitlements that change, each traced under both systems. */
  readonly explanations: readonly ChangedEntitlement[];
}

/** A simulation's answer: baseline and reform side by side, in total and by group, with the largest changes. */
export interface SimulationOutcome extends Omit<PartResult, 'top'> {
  readonly scenario: string;
  readonly period: string;
  /** Enterprises given (computed + incomplete). */
  readonly enterprises: number;
  readonly measures: readonly string[];
  readonly policyVersion: string;
  /** Hashes of the parameter values each side used, so a stored result can be re-run and compared. */
  readonly baselineHash: string;
  readonly reformHash: string;
  readonly top: readonly ExplainedChange[];
  /** Milliseconds: compiling, computing and tallying (all threads, wall clock), merging, explaining. */
  readonly timings: { readonly compileMs: number; readonly computeMs: number; readonly mergeMs: number; readonly explainMs: number };
  readonly workers: number;
}

export interface SimulationOptions {
  /**
   * Worker threads: 0 runs in this thread. Default: 0 under 20,000 enterprises, else the cores (at most 4).
   * Or workers started beforehand for this scenario and period (see {@link SimulationWorkers}), ready by now.
   */
  readonly workers?: number | SimulationWorkers;
  readonly regionDigits?: 2 | 4 | 6;
  readonly top?: number;
  /** Enterprises done so far, of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the workers; the promise then rejects with a {@link SimulationCancelled}. */
  readonly signal?: AbortSignal;
}

/** A run stopped by its caller. */
export class SimulationCancelled extends Error {
  readonly labels: Labels = SIMULATION_MESSAGES.cancelled;
  constructor() {
    super(SIMULATION_MESSAGES.cancelled.en);
    this.name = 'SimulationCancelled';
  }
}

/** The baseline and the scenario's reform of `system`, compiled for `period` (throws for a period outside the rules). */
export function prepareSimulation(scenario: Scenario, period: string | number, system: TaxBenefitSystem = getSystem()): SimulationPlans {
  return compileSimulation(system, scenarioSystem(system, scenario), String(period));
}

/**
 * Simulates a scenario over enterprises for a period: every entitlement under the baseline and under the reform
 * (the engine's `applyReform` of the scenario), tallied in total and by region, industry group, size class and
 * measure, with the largest changes explained. Large inputs run on worker threads with progress and cancel.
 * @example const outcome = await runSimulation(scenario, 2016, input, { onProgress: (d, n) => bar(d / n) });
 */
export async function runSimulation(
  scenario: Scenario,
  period: string | number,
  input: SimulationInput,
  options: SimulationOptions = {},
): Promise<SimulationOutcome> {
  const t0 = performance.now();
  let started = options.workers instanceof SimulationWorkers ? options.workers : undefined;
  let plans: SimulationPlans;
  try {
    plans = prepareSimulation(scenario, period);
  } catch (e) {
    started?.terminate();
    throw e;
  }
  const t1 = performance.now();
  if (options.signal?.aborted) {
    started?.terminate();
    throw new SimulationCancelled();
  }
  if (started !== undefined && (started.scenario !== scenario || started.period !== plans.period.key)) {
    started.terminate();
    throw new Error('the workers were started for another scenario or period');
  }
  // Fewer enterprises than started workers: this thread is quicker than splitting them.
  if (started !== undefined && input.n < started.size) {
    started.terminate();
    started = undefined;
  }
  const wanted = typeof options.workers === 'number' ? options.workers : input.n < WORKERS_FROM ? 0 : defaultWorkerCount();
  const count = started?.size ?? Math.max(0, Math.min(wanted, Math.ceil(input.n / 1000)));
  let parts: PartResult[];
  if (count === 0) {
    parts = [
      simulatePart(plans, input, {
        regionDigits: options.regionDigits,
        top: options.top,
        signal: options.signal,
        onProgress: (done) => options.onProgress?.(done, input.n),
      }),
    ];
  } else {
    const workers = started ?? new SimulationWorkers(scenario, plans.period.key, count);
    parts = await workers.run(input, {
      regionDigits: options.regionDigits ?? 2,
      top: options.top ?? TOP_CHANGES,
      signal: options.signal,
      onProgress: (done) => options.onProgress?.(done, input.n),
      cancelled: () => new SimulationCancelled(),
    });
  }
  if (options.signal?.aborted) throw new SimulationCancelled();
  const t2 = performance.now();
  const merged = mergeParts(parts, options.top ?? TOP_CHANGES);
  const t3 = performance.now();
  const top = merged.top.map((c) => ({
    ...c,
    explanations: explainChange(plans, input, c.index),
  }));
  const t4 = performance.now();
  return {
    ...merged,
    scenario: scenario.name,
    period: plans.period.key,
    enterprises: input.n,
    measures: plans.measures,
    policyVersion: POLICY_VERSION,
    baselineHash: plans.baseline.parameterHash,
    reformHash: plans.reform.parameterHash,
    top,
    timings: { compileMs: t1 - t0, computeMs: t2 - t1, mergeMs: t3 - t2, explainMs: t4 - t3 },
    workers: count,
  };
}
