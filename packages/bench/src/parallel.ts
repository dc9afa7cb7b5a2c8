/**
 * Evaluating a population on several cores: the columns live in SharedArrayBuffers, each worker
 * evaluates a contiguous slice with its own compiled plan and writes into shared output columns.
 */
import { Worker } from 'node:worker_threads';
import { DEFAULT_CHUNK } from '@xiaowei/engine';
import type { Outputs } from './hand.ts';
import type { PopulationColumns } from './population.ts';

export interface WorkerInit {
  readonly from: number;
  readonly to: number;
  readonly period: string | number;
  readonly pop: PopulationColumns;
  readonly out: Outputs;
}

/** Output columns backed by SharedArrayBuffers. */
export function sharedOutputs(n: number): Outputs {
  return {
    size_class: new Uint8Array(new SharedArrayBuffer(n)),
    is_small_low_profit: new Uint8Array(new SharedArrayBuffer(n)),
    corporate_income_tax: new Float64Array(new SharedArrayBuffer(n * 8)),
  };
}

type Reply = { type: 'ready' } | { type: 'done'; ms: number };

/** Worker threads over one shared population. */
export class WorkerPool {
  private constructor(
    private readonly workers: Worker[],
    private readonly replies: Array<(reply: Reply) => void>,
  ) {}

  /** Starts `count` workers on `pop` (typed arrays backed by SharedArrayBuffers), writing into `out` (shared too). */
  static async start(pop: PopulationColumns, out: Outputs, period: string | number, count = 2): Promise<WorkerPool> {
    if (!(pop.employees.buffer instanceof SharedArrayBuffer))
      throw new Error('WorkerPool needs a population generated with { shared: true }');
    const per = Math.ceil(pop.n / count / DEFAULT_CHUNK) * DEFAULT_CHUNK;
    const workers: Worker[] = [];
    const replies: Array<(reply: Reply) => void> = [];
    const ready: Promise<void>[] = [];
    for (let w = 0; w < count; w++) {
      const from = Math.min(pop.n, w * per);
      const to = Math.min(pop.n, from + per);
      const init: WorkerInit = { from, to, period, pop, out };
      // execArgv: [] — the entry registers tsx itself; the parent's `--import tsx` / profiling flags are not repeated.
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: init, execArgv: [] });
      const index = workers.length;
      workers.push(worker);
      replies.push(() => {});
      worker.on('error', (err) => {
        console.error(`bench worker ${index} failed:`, err);
        process.exit(1);
      });
      worker.on('message', (reply: Reply) => replies[index](reply));
      ready.push(
        new Promise<void>((resolve) => {
          replies[index] = () => resolve();
        }),
      );
    }
    await Promise.all(ready);
    return new WorkerPool(workers, replies);
  }

  /** One evaluation of the whole population by the engine or the hand loop: wall-clock milliseconds, and each worker's own. */
  async run(what: 'engine' | 'hand' = 'engine'): Promise<{ ms: number; workerMs: number[] }> {
    const done = this.workers.map(
      (_, i) =>
        new Promise<number>((resolve) => {
          this.replies[i] = (reply) => {
            if (reply.type === 'done') resolve(reply.ms);
          };
        }),
    );
    const t0 = performance.now();
    for (const w of this.workers) w.postMessage({ type: 'run', what });
    const workerMs = await Promise.all(done);
    return { ms: performance.now() - t0, workerMs };
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.postMessage({ type: 'close' });
          }),
      ),
    );
  }
}
