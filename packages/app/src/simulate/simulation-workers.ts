import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Column } from '@xiaowei/engine';
import type { Scenario } from './scenario.ts';
import type { PartResult } from './simulate-part.ts';
import type { WorkerSetup, WorkerTask } from './simulate-worker-main.ts';
import { type SimulationInput, sliceInput } from './simulation-input.ts';
import { SIMULATION_MESSAGES } from './simulation-messages.ts';

/** Enterprises from which a simulation runs on worker threads by default (fewer: this thread is quicker). */
export const WORKERS_FROM = 20_000;

/** Worker threads a large simulation runs on by default: the cores, at most 4. */
export function defaultWorkerCount(): number {
  return Math.min(4, availableParallelism());
}

/** Options of one run on the workers. */
export interface WorkersRunOptions {
  readonly regionDigits: 2 | 4 | 6;
  readonly top: number;
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
  /** The error a cancelled run rejects with. */
  readonly cancelled: () => Error;
}

/**
 * Worker threads for one simulation, started before its input is known: each loads the rules and compiles the
 * baseline and the reform at once (a second or two), so a caller that starts them and then reads the registry
 * has them ready when the read ends. One run per set; they stop after it (or on {@link terminate}).
 * @example const workers = new SimulationWorkers(scenario, '2016', 2); const input = await read(); await runSimulation(scenario, 2016, input, { workers })
 */
export class SimulationWorkers {
  private readonly workers: Worker[];
  /** A worker's failure before the run (a crash while loading): reported when the run starts. */
  private failure: Error | undefined;
  private used = false;

  constructor(
    readonly scenario: Scenario,
    readonly period: string,
    readonly size: number = defaultWorkerCount(),
  ) {
    const setup: WorkerSetup = { scenario, period };
    this.workers = Array.from({ length: size }, () => {
      // execArgv: [] — the entry registers tsx itself; the parent's flags are not repeated.
      const worker = new Worker(new URL('./simulate-worker.mjs', import.meta.url), { execArgv: [], workerData: setup });
      worker.once('error', (e) => {
        this.failure ??= new Error(SIMULATION_MESSAGES.worker_failed.en.replace('{detail}', e.message));
      });
      return worker;
    });
  }

  /** Simulates `input` split in equal parts, one per worker; the workers stop when it settles. */
  run(input: SimulationInput, options: WorkersRunOptions): Promise<PartResult[]> {
    if (this.used) return Promise.reject(new Error('SimulationWorkers run once'));
    this.used = true;
    const count = this.workers.length;
    const per = Math.ceil(input.n / count);
    const done = new Array<number>(count).fill(0);
    return new Promise<PartResult[]>((resolve, reject) => {
      const parts: PartResult[] = new Array(count);
      let left = count;
      let settled = false;
      const stop = (error: unknown) => {
        if (settled) return;
        settled = true;
        this.terminate();
        reject(error);
      };
      if (this.failure !== undefined) return stop(this.failure);
      if (options.signal?.aborted) return stop(options.cancelled());
      options.signal?.addEventListener('abort', () => stop(options.cancelled()), { once: true });
      this.workers.forEach((worker, w) => {
        const offset = w * per;
        worker.on('error', (e) => stop(new Error(SIMULATION_MESSAGES.worker_failed.en.replace('{detail}', e.message))));
        worker.on(
          'message',
          (m: { type: 'progress'; done: number } | { type: 'done'; part: PartResult } | { type: 'error'; message: string }) => {
            if (m.type === 'progress') {
              done[w] = m.done;
              options.onProgress?.(done.reduce((a, b) => a + b, 0));
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
        const part = sliceInput(input, Math.min(input.n, offset), Math.min(input.n, offset + per));
        // The part's typed columns copied to buffers of their own and moved, not cloned: a view is cloned with
        // its whole buffer (every worker would get a copy of all the registry's columns).
        const columns: Record<string, Column> = {};
        const moved: ArrayBuffer[] = [];
        for (const [key, col] of Object.entries(part.columns)) {
          if (Array.isArray(col)) columns[key] = col;
          else {
            const own = col.slice();
            columns[key] = own;
            moved.push(own.buffer as ArrayBuffer);
          }
        }
        const task: WorkerTask = { input: { ...part, columns }, offset, regionDigits: options.regionDigits, top: options.top };
        worker.postMessage(task, moved);
      });
    });
  }

  /** Stops the workers (a run not made, or cancelled). */
  terminate(): void {
    for (const w of this.workers) void w.terminate();
  }
}
