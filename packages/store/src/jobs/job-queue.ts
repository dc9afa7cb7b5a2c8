/**
 * The durable job queue (issue 13 §2): work that must finish even if the process dies — the recompute a data feed
 * triggers, e-mail delivery, scheduled housekeeping. One interface, two implementations chosen by the store's
 * dialect: PostgreSQL runs pg-boss (a maintained queue library; `pg-boss-queue.ts`), SQLite a `jobs` table with the
 * same semantics (`table-queue.ts`). Both keep jobs in the database, so a job sent in a transaction exists exactly
 * when that transaction commits, and a job whose process died is retried.
 *
 * A job's states: `created` (waiting, maybe until `startAfter`) → `active` (claimed by a worker) → `completed`
 * (with the handler's result) or, when the handler throws, `retry` (waiting `retryDelay` seconds) until
 * `retryLimit` retries are spent, then `failed` (with the error); `cancelled` by `cancel(id)` before it finished.
 * A worker that stops answering (killed, crashed) is noticed by its missing heartbeat: after `expireInSeconds`
 * its job is failed and retried like any failure.
 */

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export const JOB_STATES: readonly JobState[] = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];

export interface SendOptions {
  /** At most one job of this name and key waiting to start (`created` or `retry`): a second send returns null. */
  readonly singletonKey?: string;
  /** Not before this time (a Date, an ISO time, or seconds from now). */
  readonly startAfter?: Date | string | number;
  /** Retries after a failure (default 2). */
  readonly retryLimit?: number;
  /** Seconds between a failure and the retry (default 0). */
  readonly retryDelay?: number;
  /** Seconds without a heartbeat after which an active job counts as failed (default 60; the worker beats every quarter). */
  readonly expireInSeconds?: number;
}

/** How far a job has got: a fraction, and the counts it came from when there are any. */
export interface JobProgress {
  readonly fraction: number;
  readonly done: number | null;
  readonly total: number | null;
}

export interface Job<T = unknown> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
  readonly state: JobState;
  readonly singletonKey: string | null;
  readonly retryCount: number;
  readonly retryLimit: number;
  readonly progress: JobProgress | null;
  /** What the handler returned (completed jobs). */
  readonly output: unknown;
  /** The last failure's message (failed jobs, or jobs waiting to retry). */
  readonly error: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
}

export interface JobContext {
  /** Records progress: a fraction in [0, 1], or counts done of total. */
  progress(p: number | { readonly done: number; readonly total: number }): Promise<void>;
  /** Aborted when the queue stops (the job is then retried by whoever starts next). */
  readonly signal: AbortSignal;
}

export type JobHandler<T = unknown> = (job: Job<T>, ctx: JobContext) => Promise<unknown>;

export interface WorkOptions {
  /** How often an idle worker looks for jobs (default 1,000 ms; at least 500 on PostgreSQL). */
  readonly pollIntervalMs?: number;
}

/** What can be done within a transaction: sending commits with it. */
export interface JobSender {
  /** Queues a job; its id, or null when a job with the same `singletonKey` is already waiting. */
  send<T>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  getJob<T = unknown>(id: string): Promise<Job<T> | undefined>;
}

export interface JobQueue extends JobSender {
  /** Recovers jobs of dead workers and starts maintenance; `work` and `schedule` start it when needed. */
  start(): Promise<void>;
  /** Runs `handler` for jobs of `name`, one at a time in this process. */
  work<T>(name: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Cancels a job that has not finished (a running handler sees its signal aborted). */
  cancel(id: string): Promise<void>;
  /** Sends `name` with `data` on a cron schedule (5 fields, UTC); one job per tick whatever the number of processes. */
  schedule(name: string, cron: string, data?: unknown): Promise<void>;
  /** Stops workers and schedules; running handlers are aborted and their jobs left to be retried. */
  stop(): Promise<void>;
}

/** A fraction from a progress report, clamped to [0, 1]. */
export function progressOf(p: number | { readonly done: number; readonly total: number }): JobProgress {
  if (typeof p === 'number') return { fraction: Math.min(1, Math.max(0, Number.isFinite(p) ? p : 0)), done: null, total: null };
  const fraction = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 1;
  return { fraction, done: p.done, total: p.total };
}

/** `startAfter` as an ISO time. */
export function startAfterIso(startAfter: SendOptions['startAfter'], now = Date.now()): string {
  if (startAfter === undefined) return new Date(now).toISOString();
  if (typeof startAfter === 'number') return new Date(now + startAfter * 1000).toISOString();
  return new Date(startAfter).toISOString();
}

/** The message of a thrown value, as a job's error. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const DEFAULT_EXPIRE_SECONDS = 60;
export const DEFAULT_RETRY_LIMIT = 2;
