/**
 * What both queues (`pg-boss-queue.ts`, `table-queue.ts`) do in this process around their workers: the polling
 * loops and their sleeps, a running handler's heartbeat, progress and abort signal, and stopping it all. The
 * dialect's own writes (claiming, beating, completing, failing a job) come in as functions.
 */
import { errorMessage, type Job, type JobHandler, type JobProgress, progressOf } from './job-queue.ts';

/** The writes of one running job, in the queue's own tables. */
export interface RunningJobWrites {
  /** Seconds without a heartbeat after which the job counts as failed: the worker beats every quarter. */
  readonly expireSeconds: number;
  heartbeat(): Promise<void>;
  /** Records progress (and counts as a heartbeat). */
  progress(progress: JobProgress): Promise<void>;
  complete(output: unknown): Promise<void>;
  fail(message: string): Promise<void>;
}

/** How long `stop` waits for a handler that ignores its signal. */
const STOP_WAIT_MS = 5000;

export class WorkerLoops {
  private readonly sleeping = new Map<ReturnType<typeof setTimeout>, () => void>();
  private readonly loops: Promise<void>[] = [];
  private readonly running = new Map<string, AbortController>();
  private stopped = false;

  /** Lets loops run again after a `stop`. */
  resume(): void {
    this.stopped = false;
  }

  /**
   * Calls `step` until the queue stops, sleeping `intervalMs` whenever it found no job (false) or threw (the
   * database was busy or closed: it looks again after the interval).
   */
  loop(intervalMs: number, step: () => Promise<boolean>): void {
    const run = async (): Promise<void> => {
      while (!this.stopped) {
        let found = false;
        try {
          found = await step();
        } catch {
          // Looked for again after the interval.
        }
        if (!found && !this.stopped) await this.sleep(intervalMs);
      }
    };
    this.loops.push(run());
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.sleeping.delete(t);
        resolve();
      }, ms);
      this.sleeping.set(t, resolve);
    });
  }

  /**
   * Runs `handler` for `job`, beating every quarter of its expiry; completes the job with the handler's output
   * or fails it with its error — unless the queue stopped or the job was cancelled meanwhile: a stopped queue
   * leaves its job active, so the next start (or the heartbeat's expiry) retries it.
   */
  async run<T>(job: Job<T>, handler: JobHandler<T>, writes: RunningJobWrites): Promise<void> {
    const abort = new AbortController();
    this.running.set(job.id, abort);
    const beat = setInterval(() => void writes.heartbeat().catch(() => {}), Math.max(250, (writes.expireSeconds * 1000) / 4));
    // A stopped queue stops beating at once, even if the handler ignores its signal.
    abort.signal.addEventListener('abort', () => clearInterval(beat));
    try {
      const output = await handler(job, { signal: abort.signal, progress: (p) => writes.progress(progressOf(p)) });
      if (abort.signal.aborted) return;
      await writes.complete(output);
    } catch (e) {
      if (!abort.signal.aborted) await writes.fail(errorMessage(e));
    } finally {
      clearInterval(beat);
      this.running.delete(job.id);
    }
  }

  /** Aborts the handler running `id` in this process, if any. */
  abort(id: string): void {
    this.running.get(id)?.abort();
  }

  /**
   * Stops the loops and aborts the running handlers; waits for them a few seconds at most (a handler that
   * ignores its signal is not waited for: its job stays active and is retried when its heartbeat expires).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const [t, wake] of this.sleeping) {
      clearTimeout(t);
      wake();
    }
    this.sleeping.clear();
    for (const a of this.running.values()) a.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.allSettled(this.loops.splice(0)),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, STOP_WAIT_MS);
        timer.unref();
      }),
    ]);
    if (timer) clearTimeout(timer);
  }
}
