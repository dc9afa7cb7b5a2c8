/**
 * Runs the service: reads the environment, opens the store (DATABASE_URL; `none` runs the engine
 * routes without a database), migrates it, seeds the demo registry and users the first time (printing
 * their passwords), listens and prints the URL. See packages/server/README.md.
 *
 * PORT (default 3000), HOST (default 127.0.0.1), DATABASE_URL (default ./data/xiaowei.db; `:memory:`,
 * `postgres://…`, `pglite:`, or `none`), DATABASE_MIGRATION_URL (PostgreSQL: the tables' owner, who migrates
 * and grants DATABASE_URL's role, which owns nothing, what the service needs), LOG_LEVEL (default info: one line per request, written asynchronously), XW_SEED=0 (no demo data),
 * XW_DEMO_PASSWORD (one password for every demo user instead of random ones), XW_INSECURE_DEV_USER
 * (development only: requests without credentials act as that stored user), and the settings of
 * config.ts (XW_BODY_LIMIT, XW_UPLOAD_LIMIT, XW_RATE_LIMIT, XW_DOCS, XW_TRUST_PROXY).
 */
import type { Store } from '@xiaowei/store';
import { type Authenticate, buildApp } from './app.ts';
import { hashPassword, randomPassword } from './auth/passwords.ts';
import { devAuthentication, sessionAuthentication } from './auth/session-auth.ts';
import { configFromEnv } from './config.ts';
import { scopeOfUser } from './context/scope.ts';
import { installGracefulShutdown } from './http/graceful-shutdown.ts';
import { serviceLog } from './http/log-destination.ts';
import { EmailSender } from './notifications/email-sender.ts';
import { createMailTransport, mailConfigFromEnv } from './notifications/mail-config.ts';
import { serveWeb, WEB_DIST } from './web/serve-web.ts';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '127.0.0.1';
const say = (line: string) => process.stdout.write(`${line}\n`);

async function openStore(url: string | undefined): Promise<Store | null> {
  if (url === 'none') return null;
  // Loaded only when there is a database: the engine-only service needs none of its drivers.
  const { createStore, DEMO_SERVICE_YEARS, DEMO_USERS, registerRequestDeadlines, scheduleBulletins, seedDemo, startFeedWorkers } =
    await import('@xiaowei/store');
  const migrationUrl = env.DATABASE_MIGRATION_URL;
  if (migrationUrl !== undefined && migrationUrl !== '') {
    // PostgreSQL with two roles: the owner migrates and grants; the service (DATABASE_URL) owns nothing.
    if (!/^postgres(ql)?:\/\//i.test(url ?? '')) throw new Error('DATABASE_MIGRATION_URL needs DATABASE_URL=postgres://<service role>@…');
    const owner = await createStore({ url: migrationUrl, poolSize: 1 });
    try {
      const applied = await owner.migrate();
      if (applied.length > 0) say(`database: migrations applied as the owner: ${applied.join(', ')}`);
      await owner.grantServiceRole(decodeURIComponent(new URL(url as string).username));
    } finally {
      await owner.close();
    }
  }
  const store = await createStore(url === undefined ? {} : { url });
  const applied = await store.migrate();
  if (applied.length > 0) say(`database: ${store.backend}, migrations applied: ${applied.join(', ')}`);
  if (store.backend === 'postgres' && !migrationUrl)
    say('note: the service connects to PostgreSQL as the tables’ owner; set DATABASE_MIGRATION_URL to run it as a role that owns nothing');
  // Imports whose process died (kill -9, a crash) wrote nothing; record them as failed, with their audit rows.
  for (const lost of await store.recoverInterruptedImports())
    say(`import ${lost.importId} (${lost.fileName ?? 'no file name'}, started ${lost.startedAt}) was interrupted: recorded as failed`);
  // The durable job queue: jobs of a process that died are retried (their heartbeat expired); workers are
  // registered on it by the features that send work (store.close() stops them).
  await store.jobs.start();
  // Department feeds: each accepted batch's recompute (issue 13 §2).
  await startFeedWorkers(store);
  // Statistics bulletins (item 29): drafts of the month (and quarter) just ended, on the 5th of each month.
  await scheduleBulletins(store);
  // The deadlines of applications and complaints, for the daily "deadline approaching" scan.
  registerRequestDeadlines();
  if (env.XW_SEED !== '0' && (await store.users.findByUsername('admin')) === undefined) {
    say('first start: seeding the demo registry and users …');
    const passwords = new Map<string, string>();
    const hashes = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const password = env.XW_DEMO_PASSWORD ?? randomPassword();
      passwords.set(u.username, password);
      hashes.set(u.username, await hashPassword(password));
    }
    const result = await seedDemo(store, { years: DEMO_SERVICE_YEARS, passwordHash: (username) => hashes.get(username) ?? '' });
    say(
      `demo registry: ${result.import.enterprisesCreated} enterprises, ${result.import.yearsWritten} enterprise-years. Demo users (shown once — note them):`,
    );
    for (const u of DEMO_USERS) {
      if (result.usersCreated.includes(u.username)) say(`  ${u.username.padEnd(18)} ${u.role.padEnd(17)} ${passwords.get(u.username)}`);
    }
  }
  return store;
}

/**
 * Sign-in: the session cookie or an API token (`sessionAuthentication`). XW_INSECURE_DEV_USER=<username>
 * additionally makes every request without its own credentials act as that stored user (a demo user
 * such as `officer.qingdao`). Refused in production. Without a database: nobody signs in.
 */
async function authentication(store: Store | null): Promise<Authenticate | undefined> {
  if (store === null) return undefined;
  const real = sessionAuthentication(store);
  const username = env.XW_INSECURE_DEV_USER;
  if (username === undefined || username === '') return real;
  if (env.NODE_ENV === 'production') throw new Error('XW_INSECURE_DEV_USER is refused when NODE_ENV=production');
  const user = await store.users.findByUsername(username);
  if (user === undefined) throw new Error(`XW_INSECURE_DEV_USER: no user '${username}' in the database`);
  say(
    `WARNING: XW_INSECURE_DEV_USER — every request without credentials acts as ${user.username} (${user.role}). For local development only.`,
  );
  return devAuthentication(scopeOfUser(user), real);
}

// SIGTERM / SIGINT: close the listener, finish the requests in flight, close the database (also mid-start-up).
const shutdown = installGracefulShutdown({ say });
const store = await openStore(env.DATABASE_URL);
shutdown.store = store;
// One line per request, written asynchronously (flushed at shutdown and exit).
const log = serviceLog(env.LOG_LEVEL ?? 'info');
shutdown.flush = () => log.flush();
const app = await buildApp({
  store,
  config: configFromEnv(env),
  logger: log.logger,
  authenticate: await authentication(store),
});
// Expired sessions are dropped hourly (they are refused anyway; this keeps the table small).
const sweep = store === null ? undefined : setInterval(() => void store.sessions.deleteExpired().catch(() => {}), 60 * 60 * 1000);
sweep?.unref();
// E-mail of notifications: a background loop over the outbox (never in a request). Without SMTP settings it
// marks the notices' e-mail skipped: they reach the inbox only.
if (store !== null) {
  const mail = mailConfigFromEnv(env);
  const sender = new EmailSender(store, {
    transport: mail === null ? null : createMailTransport(mail),
    from: mail?.from ?? '',
    publicUrl: mail?.publicUrl ?? null,
    intervalMs: Number(env.XW_MAIL_POLL_MS ?? 5000),
    log: (line) => log.logger.warn(line),
  });
  sender.start();
  app.addHook('onClose', () => sender.stop());
  // "Deadline approaching": daily at 00:30 UTC (08:30 in Beijing) on the durable queue — one run per day
  // whatever the number of processes; a run that dies is retried. Window: XW_DEADLINE_NOTICE_DAYS working days.
  const window = Number(env.XW_DEADLINE_NOTICE_DAYS ?? 3);
  await store.jobs.work('notifications.deadline-scan', async () =>
    store.notifications.scanDeadlines(new Date().toISOString().slice(0, 10), window),
  );
  await store.jobs.schedule('notifications.deadline-scan', '30 0 * * *');
  say(mail === null ? 'e-mail: off (no XW_SMTP_URL / XW_SMTP_HOST): notifications reach the inbox only' : 'e-mail: on');
}
shutdown.app = app;
shutdown.timers = [sweep];
if (!(await serveWeb(app))) say(`no web build at ${WEB_DIST}: serving the API only (npm start builds it first)`);
const address = await app.listen({ port, host });
say(`Xiaowei listening on ${address} (API documentation: ${address}/api/docs)`);
