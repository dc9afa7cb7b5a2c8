/**
 * kill -9 during a feed's recompute (issue 13 §2): a child process working the recompute job of an accepted batch
 * is killed with SIGKILL a third of the way through; the store is opened again as on a restart and its worker
 * started. The job is retried (the holder's process is gone) and completes; every enterprise the batch touched has
 * exactly one entitlement row for the year and one component per measure — nothing lost, nothing doubled.
 * SQLite (a file); on PostgreSQL the same recovery (pg-boss expiry of a job without heartbeat) is in jobs.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore, type Store, startFeedWorkers } from '../src/index.ts';

const CHILD = fileURLToPath(new URL('./fixtures/feeds-crash-child.ts', import.meta.url));
const N = 1500;
let dir: string;
let file: string;
let jobId: string;
/** Enterprises whose stored 2013 entitlements include the graduate social-insurance subsidy (what the batch brings). */
const withSubsidy = async (store: Store) =>
  Number(
    (
      await sql<{ n: unknown }>`select count(*) as n from entitlement_components
        where year = 2013 and measure = 'gf2012-14/25.2' and eligible = 1`.execute(store.db)
    ).rows[0].n,
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xiaowei-feeds-crash-'));
  file = join(dir, 'feeds.db');
  const store = await createStore({ url: file });
  await store.migrate();
  const ids = Array.from({ length: N }, (_, i) => `KF${String(i).padStart(5, '0')}`);
  const imported = await store.importRecords(
    ids.map((id, i) => ({
      统一社会信用代码: id,
      企业名称: `崩溃测试${i}`,
      所属地区: '370202',
      行业: 'I65',
      年度: 2013,
      从业人员: 40,
      营业收入: '8000000',
    })),
    { actor: 'test' },
  );
  expect(imported.status).toBe('completed');
  const result = await store.feeds.submit(
    {
      batchId: 'crash-1',
      kind: 'graduate_hires',
      rows: ids.map((id) => ({
        enterprise_id: id,
        year: 2013,
        hire_id: 'H',
        hire_date: '2013-07-01',
        graduation_year: 2013,
        contract_months: 24,
        social_insurance_paid_in_full: true,
        insured_months: 6,
        local_average_monthly_wage: '3500',
      })),
    },
    { actor: 'hr', department: 'human_resources', regionPrefix: '3702' },
  );
  if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  jobId = result.batch.jobId ?? '';
  await store.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a recompute killed mid-way is retried after the restart and completes; no entitlement row lost or doubled', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('MIDWAY')) resolve();
    });
    child.on('exit', () => reject(new Error(`child exited before MIDWAY: ${out} ${err}`)));
    setTimeout(() => reject(new Error(`no MIDWAY within 60 s: ${out} ${err}`)), 60_000).unref();
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  const store: Store = await createStore({ url: file }); // the restart
  try {
    const killed = await store.jobs.getJob(jobId);
    expect(killed?.state).toBe('active');
    // Killed part-way: some slices committed, the rest not yet.
    const before = await withSubsidy(store);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(N);
    await startFeedWorkers(store, { pollIntervalMs: 50 });
    const end = Date.now() + 60_000;
    while ((await store.jobs.getJob(jobId))?.state !== 'completed' && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    const done = await store.jobs.getJob(jobId);
    expect(done).toMatchObject({ state: 'completed', retryCount: 1, output: { enterprises: N, years: N } });
    const n = async (q: ReturnType<typeof sql<{ n: unknown }>>) => Number((await q.execute(store.db)).rows[0].n);
    expect(await n(sql`select count(*) as n from entitlements where year = 2013`)).toBe(N);
    expect(await n(sql`select count(distinct enterprise_id) as n from entitlements where year = 2013`)).toBe(N);
    const components = await n(sql`select count(*) as n from entitlement_components where year = 2013`);
    const distinct = await n(
      sql`select count(*) as n from (select distinct enterprise_id, year, measure from entitlement_components where year = 2013)`,
    );
    expect(components).toBe(distinct);
    expect(await n(sql`select count(*) as n from entitlement_components where measure = 'gf2012-14/25.2' and eligible = 1`)).toBe(N);
  } finally {
    await store.close();
  }
}, 120_000);
