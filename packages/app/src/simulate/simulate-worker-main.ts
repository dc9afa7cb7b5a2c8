/**
 * The body of a simulation worker thread: builds the baseline and the scenario's reform, compiles both for
 * the period, simulates the part of the registry it is sent and posts progress, then the part's tallies.
 */
import { parentPort } from 'node:worker_threads';
import { getSystem } from '@xiaowei/policy';
import type { Scenario } from './scenario.ts';
import { scenarioSystem } from './scenario-reform.ts';
import { simulatePart } from './simulate-part.ts';
import type { SimulationInput } from './simulation-input.ts';
import { compileSimulation } from './simulation-plans.ts';

export interface WorkerTask {
  readonly scenario: Scenario;
  readonly period: string;
  readonly input: SimulationInput;
  readonly offset: number;
  readonly regionDigits: 2 | 4 | 6;
  readonly top: number;
}

const port = parentPort;
if (port === null) throw new Error('simulate-worker-main runs in a worker thread');
port.on('message', (task: WorkerTask) => {
  try {
    const system = getSystem();
    const plans = compileSimulation(system, scenarioSystem(system, task.scenario), task.period);
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
