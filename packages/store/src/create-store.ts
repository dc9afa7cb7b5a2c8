/**
 * Opening a store: the backend named by the URL, Kysely over it, the repositories, migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SimulationInput } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { CorrectionRequestRepository } from './accounts/correction-requests.ts';
import { EnterpriseAccountRepository } from './accounts/enterprise-accounts.ts';
import { ApplicationRepository } from './applications/applications.ts';
import { ComplaintRepository } from './applications/complaints.ts';
import type { Backend, SqlDialect, StoreConfig } from './config.ts';
import { parseTarget } from './config.ts';
import type { StoreContext } from './context.ts';
import { PGliteDialect } from './dialects/pglite-dialect.ts';
import { type RecomputeOptions, type RecomputeResult, type RecomputeTarget, recompute } from './entitlements/recompute.ts';
import { StoreError } from './errors.ts';
import { FeedRepository } from './feeds/feed-repository.ts';
import {
  type ImportOptions,
  type ImportResult,
  type InterruptedImport,
  importEnterprises,
  importRecords,
  type RejectedImport,
  recoverInterruptedImports,
} from './import/import-enterprises.ts';
import type { EnterpriseImportRow } from './import/import-row.ts';
import type { JobQueue, JobSender } from './jobs/job-queue.ts';
import { currentSchema, PgBossJobQueue, PgBossSender } from './jobs/pg-boss-queue.ts';
import { TableJobQueue, TableJobSender } from './jobs/table-queue.ts';
import { migrationsFor } from './migrations/index.ts';
import { NotificationRepository } from './notifications/inbox.ts';
import { OfferRepository } from './offers/offers.ts';
import { PaymentRepository } from './offers/payments.ts';
import { ProgrammeRepository } from './offers/programmes.ts';
import { type TakeUpQuery, type TakeUpRow, takeUp } from './offers/take-up.ts';
import { AuditRepository } from './repositories/audit-log.ts';
import { BankRepository } from './repositories/banks.ts';
import { BudgetUnitRepository } from './repositories/budget-units.ts';
import { BulletinRepository } from './repositories/bulletins.ts';
import { EnterpriseRepository } from './repositories/enterprises.ts';
import { EntitlementRepository } from './repositories/entitlements.ts';
import { ImportRepository } from './repositories/imports.ts';
import { LendingReportRepository } from './repositories/lending-reports.ts';
import { LoanRecordRepository } from './repositories/loan-records.ts';
import { ProcurementProjectRepository } from './repositories/procurement-projects.ts';
import { RegionRepository } from './repositories/regions.ts';
import { ScenarioRepository } from './repositories/scenarios.ts';
import { SetAsideRepository } from './repositories/set-aside.ts';
import { TenderRepository } from './repositories/tenders.ts';
import { ApiTokenRepository, SessionRepository, UserRepository } from './repositories/users.ts';
import type { Database } from './schema.ts';
import { grantServiceRole } from './service-role.ts';
import { type RegistryInputQuery, registryInput } from './simulate/registry-input.ts';

/** The repositories and operations, on the store and on a transaction of it. */
export interface StoreApi {
  readonly regions: RegionRepository;
  readonly enterprises: EnterpriseRepository;
  readonly entitlements: EntitlementRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly apiTokens: ApiTokenRepository;
  readonly audit: AuditRepository;
  readonly imports: ImportRepository;
  /** Tenders of budget units, their bids and declarations, evaluations and publication (item 05). */
  readonly tenders: TenderRepository;
  /** Budget units and their years (item 05). */
  readonly budgetUnits: BudgetUnitRepository;
  /** Budget units' projects, reserved or open, and their awards. */
  readonly procurementProjects: ProcurementProjectRepository;
  /** Set-aside status, shortfall reasons, regional reports and published reports. */
  readonly setAside: SetAsideRepository;
  /** Banks, their quarterly lending reports and loan records (items 07 and 11). */
  readonly banks: BankRepository;
  readonly lendingReports: LendingReportRepository;
  readonly loanRecords: LoanRecordRepository;
  /** What-if scenarios (issue 15): owned, shared within the owner's region, audited. */
  readonly scenarios: ScenarioRepository;
  /** The registry of a year within a scope as a simulation's input (`@xiaowei/app`'s runSimulation). */
  simulationInput(query: RegistryInputQuery): Promise<SimulationInput>;
  /** Statistics bulletins (item 29): drafts, review, immutable published versions (migration 0021). */
  readonly bulletins: BulletinRepository;
  /** Enterprise accounts: activation codes, activation, sign-in lookup (migration 0013). */
  readonly enterpriseAccounts: EnterpriseAccountRepository;
  /** Enterprises' requests to correct their registry data, decided by officers (migration 0013). */
  readonly corrections: CorrectionRequestRepository;
  /** Applications under the measures that need a request, their history and attachments (migration 0020). */
  readonly applications: ApplicationRepository;
  /** Complaints about fees (item 06) and banks (item 11), routed to departments (migration 0020). */
  readonly complaints: ComplaintRepository;
  /** Users' inboxes and the e-mail outbox (migration 0017); `notify` writes in this transaction. */
  readonly notifications: NotificationRepository;
  /** Programmes of proactive delivery (免申即享, issue 13 §3, migration 0019). */
  readonly programmes: ProgrammeRepository;
  /** Offers made by the recompute: confirmation, budget queue, publicity (公示), objections. */
  readonly offers: OfferRepository;
  /** Payment batches: create, approve, export, results per line, cancel. */
  readonly payments: PaymentRepository;
  /** Take-up per programme (issue 13 §4). */
  takeUp(query: TakeUpQuery): Promise<TakeUpRow[]>;
  /** Imports validated rows in one transaction (see import-enterprises.ts). */
  importEnterprises(
    rows: Iterable<EnterpriseImportRow> | AsyncIterable<EnterpriseImportRow>,
    options: ImportOptions,
  ): Promise<ImportResult>;
  /** Validates and imports raw records as they stream; nothing is written when a row is bad. */
  importRecords(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options: ImportOptions & { lang?: Lang; firstRow?: number; defaultYear?: number; maxProblems?: number },
  ): Promise<ImportResult | RejectedImport>;
  /** The durable job queue: a job sent in a transaction exists when the transaction commits (src/jobs/). */
  readonly jobs: JobSender;
  /** Department data feeds: batches validated whole, idempotent, each queuing a recompute (migration 0018). */
  readonly feeds: FeedRepository;
  /** Re-evaluates stored entitlements with the current policy. */
  recomputeEntitlements(target: RecomputeTarget, options?: RecomputeOptions): Promise<RecomputeResult>;
  /** Records imports whose process died as failed (record + audit row); run on start. */
  recoverInterruptedImports(): Promise<InterruptedImport[]>;
}

export interface Store extends StoreApi {
  /** The durable job queue: send, work, progress, cancel, schedules (pg-boss on PostgreSQL, a table on SQLite). */
  readonly jobs: JobQueue;
  readonly backend: Backend;
  readonly dialect: SqlDialect;
  /** The typed Kysely instance (writes through it bypass the audit log). */
  readonly db: Kysely<Database>;
  /** Runs the pending migrations (idempotent); returns the names applied now. */
  migrate(): Promise<string[]>;
  /**
   * PostgreSQL: grants the service role (`DATABASE_URL`'s user, which owns nothing) what the service needs;
   * run as the owner after `migrate()` (see service-role.ts). No-op on SQLite.
   */
  grantServiceRole(role: string): Promise<void>;
  /**
   * Refreshes the planner's statistics (ANALYZE). Run by imports of 10,000 rows or more; without them
   * SQLite cannot tell a region range that covers a fifth of the registry from one that covers a county,
   * and picks the wrong index for sorted pages.
   */
  analyze(): Promise<void>;
  /** Runs `fn` in one transaction: everything it does through `tx` commits together or not at all. */
  transaction<T>(fn: (tx: StoreApi) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where pg-boss's tables are (PostgreSQL: the store's schema); undefined on SQLite. */
type JobsAt = string | undefined;

function jobSender(ctx: StoreContext, at: JobsAt, queue: () => PgBossJobQueue | undefined): JobSender {
  if (ctx.dialect === 'sqlite') return new TableJobSender(ctx);
  const root = queue();
  return new PgBossSender(ctx, () => (root as PgBossJobQueue).boss(), at ?? 'public');
}

function api(ctx: StoreContext, at: JobsAt = undefined, queue: () => PgBossJobQueue | undefined = () => undefined): StoreApi {
  return {
    jobs: jobSender(ctx, at, queue),
    feeds: new FeedRepository(ctx, (tx) => jobSender(tx, at, queue)),
    regions: new RegionRepository(ctx),
    enterprises: new EnterpriseRepository(ctx),
    entitlements: new EntitlementRepository(ctx),
    users: new UserRepository(ctx),
    sessions: new SessionRepository(ctx),
    apiTokens: new ApiTokenRepository(ctx),
    audit: new AuditRepository(ctx),
    imports: new ImportRepository(ctx),
    tenders: new TenderRepository(ctx),
    budgetUnits: new BudgetUnitRepository(ctx),
    procurementProjects: new ProcurementProjectRepository(ctx),
    setAside: new SetAsideRepository(ctx),
    banks: new BankRepository(ctx),
    lendingReports: new LendingReportRepository(ctx),
    loanRecords: new LoanRecordRepository(ctx),
    enterpriseAccounts: new EnterpriseAccountRepository(ctx),
    corrections: new CorrectionRequestRepository(ctx),
    applications: new ApplicationRepository(ctx),
    complaints: new ComplaintRepository(ctx),
    notifications: new NotificationRepository(ctx),
    importEnterprises: async (rows, options) => afterImport(ctx, await importEnterprises(ctx, rows, options)),
    importRecords: async (records, options) => afterImport(ctx, await importRecords(ctx, records, options)),
    recomputeEntitlements: (target, options) => recompute(ctx, target, options),
    recoverInterruptedImports: () => recoverInterruptedImports(ctx),
    scenarios: new ScenarioRepository(ctx),
    bulletins: new BulletinRepository(ctx),
    simulationInput: (query) => registryInput(ctx, query),
    programmes: new ProgrammeRepository(ctx),
    offers: new OfferRepository(ctx),
    payments: new PaymentRepository(ctx),
    takeUp: (query) => takeUp(ctx, query),
  };
}

/** Statistics go stale after a large import: refresh them (outside the import's transaction). */
const ANALYZE_AFTER_ROWS = 10_000;

async function analyze(ctx: StoreContext): Promise<void> {
  await sql`analyze`.execute(ctx.db);
}

async function afterImport<R extends ImportResult | RejectedImport>(ctx: StoreContext, result: R): Promise<R> {
  if (result.status === 'completed' && result.totalRows >= ANALYZE_AFTER_ROWS && !ctx.inTransaction) await analyze(ctx);
  return result;
}

/** bigint → number, refusing values a JS number cannot hold exactly. */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${text} does not fit a safe integer`);
  return n;
}

const INT8_OID = 20;

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new StoreError(`invalid schema name '${name}'`, 'XW_STORE_INVALID');
  return `"${name}"`;
}

/**
 * Opens the store named by `config.url` (a `DATABASE_URL`): PostgreSQL, PGlite or SQLite (default
 * `./data/xiaowei.db`, its folder created). Call `migrate()` before first use.
 * @example const store = await createStore({ url: process.env.DATABASE_URL }); await store.migrate();
 */
export async function createStore(config: StoreConfig | string = {}): Promise<Store> {
  const cfg: StoreConfig = typeof config === 'string' ? { url: config } : config;
  const target = parseTarget(cfg.url);
  let db: Kysely<Database>;
  let reader: Kysely<Database> | undefined;
  let sqlite: BetterSqlite3.Database | undefined;
  let dialect: SqlDialect;
  if (target.backend === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    sqlite = new BetterSqlite3(target.path);
    if (target.path !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const handle = sqlite;
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
    if (target.path !== ':memory:') {
      // A second connection for reads: with WAL it reads the last committed state while the writer is in
      // a long transaction (an import), so requests are not queued behind it.
      const path = target.path;
      reader = new Kysely<Database>({
        dialect: new SqliteDialect({
          database: async () => {
            const r = new BetterSqlite3(path, { readonly: true });
            r.pragma('busy_timeout = 5000');
            return r;
          },
        }),
      });
    }
    dialect = 'sqlite';
  } else if (target.backend === 'postgres') {
    const schema = cfg.schema;
    if (schema !== undefined) {
      // The schema must exist before connections put it on their search_path.
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      try {
        // Created only when missing: the service role may use a schema but not create one (CREATE on the database).
        const found = await admin.query('select 1 from pg_namespace where nspname = $1', [schema]);
        if (found.rowCount === 0) await admin.query(`create schema if not exists ${quoteIdent(schema)}`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: target.url,
      max: cfg.poolSize ?? 10,
      ...(schema !== undefined ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
  } else {
    const dataDir = target.dataDir;
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
    db = new Kysely<Database>({
      dialect: new PGliteDialect({
        pglite: () => PGlite.create({ ...(dataDir !== undefined ? { dataDir } : {}), parsers: { [INT8_OID]: parseInt8 } }),
      }),
    });
    dialect = 'postgres';
  }

  const ctx: StoreContext = {
    db,
    reader: reader ?? db,
    dialect,
    backend: target.backend,
    sqlite,
    sqliteFile: target.backend === 'sqlite' && target.path !== ':memory:' ? target.path : undefined,
    inTransaction: false,
  };
  const at: JobsAt = dialect === 'postgres' ? await currentSchema(db as unknown as Kysely<unknown>) : undefined;
  const jobs: JobQueue = dialect === 'sqlite' ? new TableJobQueue(ctx) : new PgBossJobQueue(ctx, at ?? 'public', cfg.jobs ?? {});
  const pgQueue = () => (jobs instanceof PgBossJobQueue ? jobs : undefined);
  const store: Store = {
    ...api(ctx, at, pgQueue),
    jobs,
    backend: target.backend,
    dialect,
    db,
    async migrate() {
      // Kysely looks for its migration tables in every schema unless told which: another schema of the same
      // database (a parallel test run) would make it skip creating them here.
      const schema =
        dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrationsFor(dialect) },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error(String(error));
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    },
    analyze: () => analyze(ctx),
    grantServiceRole: (role) => grantServiceRole(ctx, role),
    transaction(fn) {
      return db.transaction().execute((trx) => fn(api({ ...ctx, db: trx, inTransaction: true }, at, pgQueue)));
    },
    async close() {
      await jobs.stop();
      await reader?.destroy();
      await db.destroy();
    },
  };
  // Fail early on a wrong URL or a server that is down, not on the first request.
  await sql`select 1`.execute(db);
  return store;
}
