/**
 * The body of a simulation worker thread: builds the baseline and the scenario's reform and compiles both for
 * the period as soon as it starts (the scenario and period come as workerData, so this overlaps whatever the
 * caller does meanwhile, e.g. reading the registry), then simulates the part of the registry it is sent and
 * posts progress, then the part's tallies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getSystem } from '@xiaowei/policy';
import type { Scenario } from './scenario.ts';
import { scenarioSystem } from './scenario-reform.ts';
import { simulatePart } from './simulate-part.ts';
import type { SimulationInput } from './simulation-input.ts';
import { compileSimulation, type SimulationPlans } from './simulation-plans.ts';

/** What a worker starts with. */
export interface WorkerSetup {
  readonly scenario: Scenario;
  readonly period: string;
}

/** The part a worker is sent. */
export interface WorkerTask {
  readonly input: SimulationInput;
  readonly offset: number;
  readonly regionDigits: 2 | 4 | 6;
  readonly top: number;
}

const port = parentPort;
if (port === null) throw new Error('simulate-worker-main runs in a worker thread');
const setup = workerData as WorkerSetup;
let plans: SimulationPlans | Error;
try {
  const system = getSystem();
  plans = compileSimulation(system, scenarioSystem(system, setup.scenario), setup.period);
} catch (e) {
  plans = e instanceof Error ? e : new Error(String(e));
}
port.on('message', (task: WorkerTask) => {
  try {
    if (plans instanceof Error) throw plans;
    const part = simulatePart(plans, task.input, {
      regionDigits: task.regionDigits,
      top: task.top,
      onProgress: (done) => port.postMessage({ type: 'progress', done }),
    });
    const top = part.top.map((c) => ({ ...c, index: c.index + task.offset }));
    port.postMessage({ type: 'done', part: { ...part, top } });
  } catch (e) {
    port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
