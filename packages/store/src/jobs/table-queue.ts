/**
 * The job queue on SQLite: a `jobs` table (migration 0016) with pg-boss's semantics (see job-queue.ts). A worker
 * claims a job with one atomic `UPDATE … WHERE state IN ('created', 'retry') … RETURNING`, so two workers (two
 * processes on one file) never run the same job. A running job's `expires_at` is pushed forward by a heartbeat;
 * a job whose worker died — its process gone from this host, or its heartbeat late by `expire_seconds` — is failed
 * and retried by the next worker that looks, within its retry limit.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import { sql } from 'kysely';
import { readerOf, type StoreContext } from '../context.ts';
import { StoreError } from '../errors.ts';
import {
  DEFAULT_EXPIRE_SECONDS,
  DEFAULT_RETRY_LIMIT,
  errorMessage,
  type Job,
  type JobHandler,
  type JobQueue,
  type JobSender,
  type JobState,
  type SendOptions,
  startAfterIso,
  type WorkOptions,
} from './job-queue.ts';
import { WorkerLoops } from './worker-loops.ts';

interface JobRow {
  id: string;
  name: string;
  data: string;
  state: JobState;
  singleton_key: string | null;
  retry_limit: number;
  retry_count: number;
  retry_delay: number;
  expire_seconds: number;
  start_after: string;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  locked_by: string | null;
  progress_fraction: number | null;
  progress_done: number | null;
  progress_total: number | null;
  output: string | null;
  error: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function jobOf<T>(r: JobRow): Job<T> {
  return {
    id: r.id,
    name: r.name,
    data: parse(r.data) as T,
    state: r.state,
    singletonKey: r.singleton_key,
    retryCount: Number(r.retry_count),
    retryLimit: Number(r.retry_limit),
    progress:
      r.progress_fraction === null
        ? null
        : {
            fraction: Number(r.progress_fraction),
            done: r.progress_done === null ? null : Number(r.progress_done),
            total: r.progress_total === null ? null : Number(r.progress_total),
          },
    output: parse(r.output),
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    completedAt: r.completed_at,
  };
}

/** Who holds a job: this host and process, so a restart on the same host sees at once that the holder is gone. */
const WORKER = `${hostname()}/${process.pid}`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sending and reading, within whatever transaction `ctx` is. */
export class TableJobSender implements JobSender {
  constructor(protected readonly ctx: StoreContext) {}

  async send<T>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const queue = await sql`select name from job_queues where name = ${name}`.execute(this.ctx.db);
    if (queue.rows.length === 0)
      throw new StoreError(`no job queue '${name}' (create it in a migration: createJobQueue)`, 'XW_STORE_INVALID');
    const id = randomUUID();
    const now = new Date().toISOString();
    const r = await sql`insert into jobs (id, name, data, state, singleton_key, retry_limit, retry_count, retry_delay, expire_seconds,
        start_after, created_at)
      values (${id}, ${name}, ${JSON.stringify(data ?? null)}, 'created', ${options.singletonKey ?? null},
        ${options.retryLimit ?? DEFAULT_RETRY_LIMIT}, 0, ${options.retryDelay ?? 0}, ${options.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS},
        ${startAfterIso(options.startAfter)}, ${now})
      on conflict do nothing`.execute(this.ctx.db);
    return Number(r.numAffectedRows ?? 0n) > 0 ? id : null;
  }

  async getJob<T = unknown>(id: string): Promise<Job<T> | undefined> {
    // The read connection (a SQLite file in WAL): progress is read while a worker's recompute holds the writer.
    const r = await sql<JobRow>`select * from jobs where id = ${id}`.execute(readerOf(this.ctx));
    return r.rows[0] ? jobOf<T>(r.rows[0]) : undefined;
  }
}

export class TableJobQueue extends TableJobSender implements JobQueue {
  private readonly workers = new WorkerLoops();
  private readonly crons: Cron[] = [];
  private started = false;

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.workers.resume();
    // Jobs held by a process of this host that no longer exists: retried now, not after their heartbeat expires.
    const active = await sql<JobRow>`select * from jobs where state = 'active'`.execute(this.ctx.db);
    for (const row of active.rows) {
      const [host, pid] = (row.locked_by ?? '').split('/');
      if (host === hostname() && pid !== undefined && !processAlive(Number(pid)))
        await this.fail(row, `the worker process ${pid} died`, null);
    }
    await this.expire();
  }

  async work<T>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.start();
    this.workers.loop(options.pollIntervalMs ?? 1000, async () => {
      await this.expire();
      return this.runOne(name, handler as JobHandler);
    });
  }

  /** Claims one due job of `name` and runs it; false when there was none. */
  private async runOne(name: string, handler: JobHandler): Promise<boolean> {
    const now = new Date().toISOString();
    // As pg-boss: a retry's start counts it (`retry_count`), the first start does not.
    const claimed = await sql<JobRow>`update jobs set state = 'active', started_at = ${now}, locked_by = ${WORKER},
        retry_count = case when started_at is null then retry_count else retry_count + 1 end,
        expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || expire_seconds || ' seconds')
      where id = (select id from jobs where name = ${name} and state in ('created', 'retry') and start_after <= ${now}
                  order by start_after, created_at, id limit 1)
        and state in ('created', 'retry')
      returning *`.execute(this.ctx.db);
    const row = claimed.rows[0];
    if (row === undefined) return false;
    const mine = sql`id = ${row.id} and state = 'active' and locked_by = ${WORKER}`;
    await this.workers.run(jobOf(row), handler, {
      expireSeconds: Number(row.expire_seconds),
      heartbeat: () => this.heartbeat(row.id),
      progress: async ({ fraction, done, total }) => {
        await sql`update jobs set progress_fraction = ${fraction}, progress_done = ${done}, progress_total = ${total},
            expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || expire_seconds || ' seconds')
          where ${mine}`.execute(this.ctx.db);
      },
      complete: async (output) => {
        await sql`update jobs set state = 'completed', completed_at = ${new Date().toISOString()}, output = ${JSON.stringify(output ?? null)},
            progress_fraction = 1, locked_by = null, expires_at = null
          where ${mine}`.execute(this.ctx.db);
      },
      fail: (message) => this.fail(row, message, WORKER),
    });
    return true;
  }

  private async heartbeat(id: string): Promise<void> {
    await sql`update jobs set expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || expire_seconds || ' seconds')
      where id = ${id} and state = 'active' and locked_by = ${WORKER}`.execute(this.ctx.db);
  }

  /** A failure: back to `retry` after its delay while retries remain, else `failed`. */
  private async fail(row: JobRow, message: string, holder: string | null): Promise<void> {
    const retry = Number(row.retry_count) < Number(row.retry_limit);
    const at = new Date();
    const after = new Date(at.getTime() + Number(row.retry_delay) * 1000).toISOString();
    const update = (state: JobState) =>
      sql`update jobs set state = ${state}, start_after = ${state === 'retry' ? after : row.start_after},
          completed_at = ${state === 'retry' ? null : at.toISOString()}, error = ${message}, locked_by = null, expires_at = null
        where id = ${row.id} and state = 'active' and (${holder} is null or locked_by = ${holder})`.execute(this.ctx.db);
    try {
      await update(retry ? 'retry' : 'failed');
    } catch (e) {
      // A job with the same singleton key is already waiting (sent while this one ran): it does the work, this one
      // is dropped, as pg-boss drops the retry it cannot insert.
      if (!retry || !/unique/i.test(errorMessage(e))) throw e;
      await update('cancelled');
    }
  }

  /** Active jobs whose heartbeat is late: their worker is gone. */
  private async expire(): Promise<void> {
    const late = await sql<JobRow>`select * from jobs where state = 'active' and expires_at < ${new Date().toISOString()}`.execute(
      this.ctx.db,
    );
    for (const row of late.rows) await this.fail(row, `no heartbeat for ${row.expire_seconds} s: the worker stopped`, null);
  }

  async cancel(id: string): Promise<void> {
    await sql`update jobs set state = 'cancelled', completed_at = ${new Date().toISOString()}, locked_by = null, expires_at = null
      where id = ${id} and state in ('created', 'retry', 'active')`.execute(this.ctx.db);
    this.workers.abort(id);
  }

  async schedule(name: string, cron: string, data: unknown = null): Promise<void> {
    await this.start();
    const job = new Cron(cron, { timezone: 'UTC', protect: true }, async (self: Cron) => {
      // One job per tick: the tick's time is the singleton key, so a second process sending it finds it queued.
      const tick = (self.currentRun() ?? new Date()).toISOString().slice(0, 16);
      await this.send(name, data, { singletonKey: `schedule:${tick}` }).catch(() => {});
    });
    this.crons.push(job);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const c of this.crons.splice(0)) c.stop();
    await this.workers.stop();
  }
}
