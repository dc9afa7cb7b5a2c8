/**
 * Body of a bench worker: evaluates members [from, to) of a population held in SharedArrayBuffers with
 * the engine or the hand loop and writes the outputs into shared output columns.
 * Messages: { type: 'run', what: 'engine' | 'hand' } → { type: 'done', ms }; { type: 'close' }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getSystem } from '@xiaowei/policy';
import { asOutputs, compileBenchPlan } from './engine.ts';
import { groupIndexOfCodes, handLoop, handParams, newOutputs } from './hand.ts';
import type { WorkerInit } from './parallel.ts';
import { engineColumns } from './population.ts';

const init = workerData as WorkerInit;
const { from, to, pop, out } = init;
const len = to - from;
const columns = engineColumns(pop, from, to);
const plan = compileBenchPlan(init.period);
// Warm-up on a slice, so that the timed runs measure compiled code.
const warm = Math.min(len, 65536);
plan.run(engineColumns(pop, from, from + warm), warm);
const params = handParams(getSystem(), init.period);
const handColumns = { ...columns, group: groupIndexOfCodes(params, pop.industryIndex, from, to) };
const handOut = newOutputs(len);
handLoop(params, handColumns, warm, handOut);
const port = parentPort;
if (port === null) throw new Error('worker-main.ts runs only as a worker thread');
port.on('message', (message: { type: 'run'; what: 'engine' | 'hand' } | { type: 'close' }) => {
  if (message.type === 'close') {
    port.close();
    return;
  }
  const t0 = performance.now();
  const result = message.what === 'hand' ? handLoop(params, handColumns, len, handOut) : asOutputs(plan.run(columns, len));
  out.size_class.set(result.size_class, from);
  out.is_small_low_profit.set(result.is_small_low_profit, from);
  out.corporate_income_tax.set(result.corporate_income_tax, from);
  port.postMessage({ type: 'done', ms: performance.now() - t0 });
});
port.postMessage({ type: 'ready' });
