/**
 * Body of a bench worker: evaluates members [from, to) of a population held in SharedArrayBuffers and
 * writes the outputs into shared output columns. Messages: 'run' → { type: 'done', ms }; 'close'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asOutputs, compileBenchPlan } from './engine.ts';
import type { WorkerInit } from './parallel.ts';
import { industryStrings } from './population.ts';

const init = workerData as WorkerInit;
const { from, to, pop, out } = init;
const len = to - from;
const columns = {
  industry: industryStrings(pop.industryIndex, from, to),
  employees: pop.employees.subarray(from, to),
  revenue: pop.revenue.subarray(from, to),
  total_assets: pop.total_assets.subarray(from, to),
  taxable_income: pop.taxable_income.subarray(from, to),
};
const plan = compileBenchPlan(init.period);
// Warm-up on a slice, so that the timed runs measure compiled code.
const warm = Math.min(len, 65536);
plan.run(Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, Array.isArray(c) ? c.slice(0, warm) : c.subarray(0, warm)])), warm);
const port = parentPort;
if (port === null) throw new Error('worker-main.ts runs only as a worker thread');
port.on('message', (message: { type: 'run' | 'close' }) => {
  if (message.type === 'close') {
    port.close();
    return;
  }
  const t0 = performance.now();
  const result = asOutputs(plan.run(columns, len));
  out.size_class.set(result.size_class, from);
  out.is_small_low_profit.set(result.is_small_low_profit, from);
  out.corporate_income_tax.set(result.corporate_income_tax, from);
  port.postMessage({ type: 'done', ms: performance.now() - t0 });
});
port.postMessage({ type: 'ready' });
