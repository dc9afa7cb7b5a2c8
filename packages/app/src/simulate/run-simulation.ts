import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Labels, TaxBenefitSystem } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { type ChangedEntitlement, explainChange } from './explain-member.ts';
import { mergeParts } from './merge-parts.ts';
import type { Scenario } from './scenario.ts';
import { scenarioSystem } from './scenario-reform.ts';
import { type PartResult, simulatePart, TOP_CHANGES, type TopChange } from './simulate-part.ts';
import type { WorkerTask } from './simulate-worker-main.ts';
import { type SimulationInput, sliceInput } from './simulation-input.ts';
import { SIMULATION_MESSAGES } from './simulation-messages.ts';
import { compileSimulation, type SimulationPlans } from './simulation-plans.ts';

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
  /** Worker threads: 0 runs in this thread. Default: 0 under 20,000 enterprises, else the cores (at most 4). */
  readonly workers?: number;
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

function inWorkers(
  plans: SimulationPlans,
  scenario: Scenario,
  input: SimulationInput,
  count: number,
  options: SimulationOptions,
): Promise<PartResult[]> {
  const per = Math.ceil(input.n / count);
  const done = new Array<number>(count).fill(0);
  const workers: Worker[] = [];
  return new Promise<PartResult[]>((resolve, reject) => {
    const parts: PartResult[] = new Array(count);
    let left = count;
    let settled = false;
    const stop = (error: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    options.signal?.addEventListener('abort', () => stop(new SimulationCancelled()), { once: true });
    for (let w = 0; w < count; w++) {
      const offset = w * per;
      const task: WorkerTask = {
        scenario,
        period: plans.period.key,
        input: sliceInput(input, offset, Math.min(input.n, offset + per)),
        offset,
        regionDigits: options.regionDigits ?? 2,
        top: options.top ?? TOP_CHANGES,
      };
      // execArgv: [] — the entry registers tsx itself; the parent's flags are not repeated.
      const worker = new Worker(new URL('./simulate-worker.mjs', import.meta.url), { execArgv: [] });
      workers.push(worker);
      worker.on('error', (e) => stop(new Error(SIMULATION_MESSAGES.worker_failed.en.replace('{detail}', e.message))));
      worker.on(
        'message',
        (m: { type: 'progress'; done: number } | { type: 'done'; part: PartResult } | { type: 'error'; message: string }) => {
          if (m.type === 'progress') {
            done[w] = m.done;
            options.onProgress?.(
              done.reduce((a, b) => a + b, 0),
              input.n,
            );
          } else if (m.type === 'error') stop(new Error(m.message));
          else {
            parts[w] = m.part;
            void worker.terminate();
            if (--left === 0 && !settled) {
              settled = true;
              resolve(parts);
            }
          }
        },
      );
      worker.postMessage(task);
    }
  });
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
  const plans = prepareSimulation(scenario, period);
  const t1 = performance.now();
  const count = Math.max(
    0,
    Math.min(options.workers ?? (input.n < 20_000 ? 0 : Math.min(4, availableParallelism())), Math.ceil(input.n / 1000)),
  );
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
    if (options.signal?.aborted) throw new SimulationCancelled();
    parts = await inWorkers(plans, scenario, input, count, options);
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
