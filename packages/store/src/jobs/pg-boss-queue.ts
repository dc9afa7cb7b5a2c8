/**
 * The job queue on PostgreSQL: pg-boss 10 (the last major for Node 20), its tables in the store's own schema,
 * created by migration 0016 as the owner (the service role owns nothing and could not create them; issue 11).
 * pg-boss talks to the database through the store's Kysely pool (its `db` option), so a job sent inside a store
 * transaction is inserted by that transaction and exists exactly when it commits.
 *
 * What pg-boss 10 does not have is added here, in the same tables:
 * - a heartbeat: a running job's `started_on` is moved forward every quarter of its expiry, so pg-boss's expiry
 *   (`started_on + expire_in < now()`, checked by its maintenance) means "no heartbeat", not "ran long";
 * - progress, in `job_progress` (migration 0016);
 * - singleton keys for a queue of the standard policy: a unique index on (name, singleton_key) over waiting jobs
 *   (migration 0016), which pg-boss's `ON CONFLICT DO NOTHING` insert turns into "null: already queued".
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { StoreContext } from '../context.ts';
import { StoreError } from '../errors.ts';
import {
  DEFAULT_EXPIRE_SECONDS,
  DEFAULT_RETRY_LIMIT,
  type Job,
  type JobHandler,
  type JobQueue,
  type JobSender,
  type JobState,
  type SendOptions,
  type WorkOptions,
} from './job-queue.ts';
import { WorkerLoops } from './worker-loops.ts';

/** pg-boss's database: a Kysely handle (the pool, or a transaction). */
function adapter(db: Kysely<unknown>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const r = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: r.rows as unknown[], rowCount: Number(r.numAffectedRows ?? BigInt(r.rows.length)) };
    },
  };
}

interface BossRow {
  id: string;
  name: string;
  data: unknown;
  state: JobState;
  singleton_key: string | null;
  retry_count: number;
  retry_limit: number;
  output: { value?: unknown; message?: string } | null;
  created_on: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  fraction: number | null;
  done: number | string | null;
  total: number | string | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function jobOf<T>(r: BossRow): Job<T> {
  const failed = r.state === 'failed' || r.state === 'retry';
  return {
    id: r.id,
    name: r.name,
    data: r.data as T,
    state: r.state,
    singletonKey: r.singleton_key,
    retryCount: Number(r.retry_count),
    retryLimit: Number(r.retry_limit),
    progress:
      r.fraction === null
        ? r.state === 'completed'
          ? { fraction: 1, done: null, total: null }
          : null
        : {
            // A completed job is done whatever it last reported.
            fraction: r.state === 'completed' ? 1 : Number(r.fraction),
            done: r.done === null ? null : Number(r.done),
            total: r.total === null ? null : Number(r.total),
          },
    output: !failed && r.output !== null ? (r.output.value ?? null) : null,
    error: failed && r.output !== null ? String(r.output.message ?? JSON.stringify(r.output)) : null,
    createdAt: iso(r.created_on) ?? '',
    startedAt: iso(r.started_on),
    completedAt: iso(r.completed_on),
  };
}

/** The store's schema, where pg-boss's tables are. */
export async function currentSchema(db: Kysely<unknown>): Promise<string> {
  return (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? 'public';
}

export class PgBossSender implements JobSender {
  constructor(
    protected readonly ctx: StoreContext,
    private readonly bossOf: () => Promise<PgBoss>,
    protected readonly schema: string,
  ) {}

  async send<T>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const boss = await this.bossOf();
    const db = this.ctx.db as unknown as Kysely<unknown>;
    const exists = await sql`select 1 from ${sql.id(this.schema, 'queue')} where name = ${name}`.execute(db);
    if (exists.rows.length === 0)
      throw new StoreError(`no job queue '${name}' (create it in a migration: createJobQueue)`, 'XW_STORE_INVALID');
    const startAfter =
      options.startAfter === undefined
        ? undefined
        : typeof options.startAfter === 'number'
          ? options.startAfter
          : new Date(options.startAfter).toISOString();
    return boss.send(name, (data ?? null) as object, {
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(startAfter !== undefined ? { startAfter } : {}),
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: options.retryDelay ?? 0,
      expireInSeconds: options.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
      // In the caller's transaction when there is one.
      db: adapter(db),
    });
  }

  async getJob<T = unknown>(id: string): Promise<Job<T> | undefined> {
    if (!UUID.test(id)) return undefined;
    const db = this.ctx.db as unknown as Kysely<unknown>;
    const cols = sql`j.id::text as id, j.name, j.data, j.state::text as state, j.singleton_key, j.retry_count, j.retry_limit, j.output,
      j.created_on, j.started_on, j.completed_on, p.fraction, p.done, p.total`;
    const r = await sql<BossRow>`select ${cols} from ${sql.id(this.schema, 'job')} j left join job_progress p on p.job_id = j.id::text
        where j.id = ${id}::uuid
      union all
      select ${cols} from ${sql.id(this.schema, 'archive')} j left join job_progress p on p.job_id = j.id::text
        where j.id = ${id}::uuid
      limit 1`.execute(db);
    return r.rows[0] ? jobOf<T>(r.rows[0]) : undefined;
  }
}

export interface PgBossQueueOptions {
  /** How often pg-boss's maintenance looks for expired jobs (seconds; default 30). */
  readonly maintenanceIntervalSeconds?: number;
}

export class PgBossJobQueue extends PgBossSender implements JobQueue {
  private starting: Promise<PgBoss> | undefined;
  private readonly workers = new WorkerLoops();

  private readonly maintenance: number;

  constructor(ctx: StoreContext, schema: string, options: PgBossQueueOptions = {}) {
    const holder: { queue?: PgBossJobQueue } = {};
    super(ctx, () => (holder.queue as PgBossJobQueue).boss(), schema);
    holder.queue = this;
    this.maintenance = options.maintenanceIntervalSeconds ?? 30;
  }

  /** pg-boss for sending, constructed on first use (it needs no maintenance, so it is never started). */
  boss(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({
        db: adapter(this.ctx.db as unknown as Kysely<unknown>),
        schema: this.schema,
        migrate: false,
        supervise: false,
        schedule: false,
      });
      boss.on('error', () => {});
      return boss;
    })();
    return this.starting;
  }

  private bossStarted: PgBoss | undefined;

  async start(): Promise<void> {
    if (this.bossStarted) return;
    this.workers.resume();
    // A second instance with maintenance and cron, the one this process runs (pg-boss starts them in `start`).
    const boss = new PgBoss({
      db: adapter(this.ctx.db as unknown as Kysely<unknown>),
      schema: this.schema,
      migrate: false,
      supervise: true,
      schedule: true,
      maintenanceIntervalSeconds: this.maintenance,
      // Completed jobs stay a week in the job table (their progress is read by batch pages), then are archived.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
    });
    boss.on('error', () => {});
    await boss.start();
    this.bossStarted = boss;
  }

  async work<T>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.start();
    const boss = this.bossStarted as PgBoss;
    this.workers.loop(Math.max(500, options.pollIntervalMs ?? 1000), async () => {
      const [job] = await boss.fetch<T>(name, { batchSize: 1, includeMetadata: true });
      if (job === undefined) return false;
      // A job was found: look for the next at once, even if writing this one's end failed (the database was busy).
      await this.run(name, job, handler).catch(() => {});
      return true;
    });
  }

  private async run<T>(name: string, job: PgBoss.JobWithMetadata<T>, handler: JobHandler<T>): Promise<void> {
    const boss = this.bossStarted as PgBoss;
    const db = this.ctx.db as unknown as Kysely<unknown>;
    const heartbeat = async () => {
      await sql`update ${sql.id(this.schema, 'job')} set started_on = now() where name = ${name} and id = ${job.id}::uuid and state = 'active'`.execute(
        db,
      );
    };
    const running: Job<T> = {
      id: job.id,
      name,
      data: job.data,
      state: 'active',
      singletonKey: job.singletonKey ?? null,
      retryCount: job.retryCount,
      retryLimit: job.retryLimit,
      progress: null,
      output: null,
      error: null,
      createdAt: new Date(job.createdOn).toISOString(),
      startedAt: new Date(job.startedOn).toISOString(),
      completedAt: null,
    };
    await this.workers.run(running, handler, {
      expireSeconds: Number(job.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS),
      heartbeat,
      progress: async ({ fraction, done, total }) => {
        await sql`insert into job_progress (job_id, fraction, done, total, updated_at)
            values (${job.id}, ${fraction}, ${done}, ${total}, ${new Date().toISOString()})
          on conflict (job_id) do update set fraction = excluded.fraction, done = excluded.done, total = excluded.total,
            updated_at = excluded.updated_at`.execute(db);
        await heartbeat();
      },
      complete: async (output) => {
        await boss.complete(name, job.id, { value: output ?? null });
      },
      fail: async (message) => {
        await boss.fail(name, job.id, { message }).catch(() => {});
      },
    });
  }

  async cancel(id: string): Promise<void> {
    const job = await this.getJob(id);
    if (job === undefined) return;
    const boss = await this.boss();
    await boss.cancel(job.name, id);
    this.workers.abort(id);
  }

  async schedule(name: string, cron: string, data: unknown = null): Promise<void> {
    await this.start();
    await (this.bossStarted as PgBoss).schedule(name, cron, (data ?? {}) as object, { tz: 'UTC' });
  }

  async stop(): Promise<void> {
    await this.workers.stop();
    // Not graceful: a running job is left active and retried after its heartbeat expires (pg-boss's own
    // shutdown would fail it now, spending a retry on a stop that was no failure).
    const boss = this.bossStarted;
    this.bossStarted = undefined;
    await boss?.stop({ graceful: false, close: false, wait: true }).catch(() => {});
  }
}
