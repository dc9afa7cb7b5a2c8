/**
 * kill -9 during a feed's recompute (issue 13 §2–3): a child process working the recompute job of an accepted batch
 * is killed with SIGKILL at the commit of its third slice of 200; the store is opened again as on a restart and its
 * worker started. The job is retried (the holder's process is gone) and completes.
 *
 * A programme runs the measure the batch brings (graduate social-insurance subsidy, item 25.2) in the region, with a
 * budget for 100 offers. Before the batch, 300 enterprises already hold offers: 100 reserved, 50 waiting in the
 * budget's queue. The batch makes 50 of the reserved ones no longer eligible (social insurance not paid in full):
 * their offers are withdrawn and the 50 waiting ones take their budget; it makes 1,200 more enterprises eligible.
 *
 * At the kill (before any retry) and at the end: every enterprise whose stored entitlement is eligible has exactly
 * one live offer and no other has one — none lost, none doubled — and the programme's reserved budget is the sum of
 * its reserved offers, within the budget. The child stops at the first commit after which anything of the third
 * slice is durable, so offers written outside the recompute's transaction would show at the kill as eligible
 * enterprises without an offer (or offers without the entitlement). SQLite (a file); on PostgreSQL the same
 * recovery (pg-boss expiry of a job without heartbeat) is in jobs.test.ts.
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
const MEASURE = 'gf2012-14/25.2';
/** One hire of July 2013, 6 months insured at a local average wage of 3,500: 3,500 × 60% × 29% = 609.00 × 6 = 3,654.00 yuan. */
const SUBSIDY_FEN = 3654_00;
const ids = Array.from({ length: N }, (_, i) => `KF${String(i).padStart(5, '0')}`);
const HR = { actor: 'hr', department: 'human_resources', regionPrefix: '3702' } as const;
let dir: string;
let file: string;
let jobId: string;
let programmeId: string;

const hire = (id: string, paidInFull = true) => ({
  enterprise_id: id,
  year: 2013,
  hire_id: 'H',
  hire_date: '2013-07-01',
  graduation_year: 2013,
  contract_months: 24,
  social_insurance_paid_in_full: paidInFull,
  insured_months: 6,
  local_average_monthly_wage: '3500',
});
const until = async (done: () => Promise<boolean>, what: string) => {
  const end = Date.now() + 60_000;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`not within 60 s: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
const count = async (store: Store, q: ReturnType<typeof sql<{ n: unknown }>>) => Number((await q.execute(store.db)).rows[0].n);
/** Enterprises whose stored 2013 entitlements include the subsidy (what the batch brings). */
const withSubsidy = (store: Store) =>
  count(store, sql`select count(*) as n from entitlement_components where year = 2013 and measure = ${MEASURE} and eligible = 1`);

/**
 * Offers against entitlements: the eligible enterprises without exactly one live offer, the live offers of
 * enterprises not eligible, and the programme's budget as the store reports it against the reserved offers summed here.
 */
async function offersAgainstEntitlements(store: Store) {
  const eligible = (
    await sql<{ enterprise_id: string }>`select enterprise_id from entitlement_components
      where year = 2013 and measure = ${MEASURE} and eligible = 1 and value_fen > 0`.execute(store.db)
  ).rows.map((r) => r.enterprise_id);
  const live = (
    await sql<{ enterprise_id: string; n: unknown }>`select enterprise_id, count(*) as n from offers
      where programme_id = ${programmeId} and status not in ('withdrawn', 'cancelled') group by enterprise_id`.execute(store.db)
  ).rows;
  const liveBy = new Map(live.map((r) => [r.enterprise_id, Number(r.n)]));
  const eligibleSet = new Set(eligible);
  const statuses = Object.fromEntries(
    (
      await sql<{ status: string; n: unknown; fen: unknown }>`select status, count(*) as n, coalesce(sum(amount_fen), 0) as fen
        from offers where programme_id = ${programmeId} group by status`.execute(store.db)
    ).rows.map((r) => [r.status, { n: Number(r.n), fen: Number(r.fen) }]),
  );
  const reservedSummed = ['confirmed', 'published', 'in_batch', 'paid', 'failed'].reduce((a, s) => a + (statuses[s]?.fen ?? 0), 0);
  return {
    eligible: eligible.length,
    withoutOneOffer: eligible.filter((id) => liveBy.get(id) !== 1),
    offersNotEligible: live.map((r) => r.enterprise_id).filter((id) => !eligibleSet.has(id)),
    statuses,
    reservedSummed,
    budget: await store.offers.budget(programmeId, { scope: { all: true } }),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xiaowei-feeds-crash-'));
  file = join(dir, 'feeds.db');
  let store = await createStore({ url: file });
  await store.migrate();
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
  const programme = await store.programmes.create(
    {
      name: '高校毕业生社保补贴 2013',
      measure: MEASURE,
      department: 'human_resources',
      regionCode: '3702',
      year: 2013,
      budgetYuan: String((100 * SUBSIDY_FEN) / 100),
      publicityDays: 0,
    },
    { actor: 'officer', scope: { all: true } },
  );
  programmeId = programme.id;
  // An earlier batch: the first 300 enterprises hire; its recompute (run to the end by a worker) offers to each.
  const earlier = await store.feeds.submit(
    { batchId: 'before-1', kind: 'graduate_hires', rows: ids.slice(0, 300).map((id) => hire(id)) },
    HR,
  );
  if (earlier.status !== 'accepted') throw new Error(JSON.stringify(earlier));
  await startFeedWorkers(store, { pollIntervalMs: 50 });
  await until(async () => (await store.jobs.getJob(earlier.batch.jobId ?? ''))?.state === 'completed', 'the earlier batch');
  await store.close();
  store = await createStore({ url: file }); // no worker: the batch below waits for the child
  // 150 of them confirm, in id order: the budget reserves the first 100, the next 50 wait.
  const offers = (await store.offers.list({ scope: { all: true }, programmeId })).sort((a, b) =>
    a.enterpriseId.localeCompare(b.enterpriseId),
  );
  expect(offers.length).toBe(300);
  expect(offers.every((o) => o.amountFen === SUBSIDY_FEN)).toBe(true);
  for (const o of offers.slice(0, 150)) {
    await store.offers.confirm(
      o.id,
      { accountName: o.enterpriseName, bankName: '青岛银行', accountNumber: '6216 6100 0000 1234 567' },
      { actor: 'enterprise', scope: { enterpriseId: o.enterpriseId } },
    );
  }
  expect(await store.offers.budget(programmeId, { scope: { all: true } })).toMatchObject({ reservedFen: 100 * SUBSIDY_FEN, waiting: 50 });
  // The batch the child recomputes: everyone hires; for the first 50 (reserved) social insurance was not paid in full.
  const result = await store.feeds.submit({ batchId: 'crash-1', kind: 'graduate_hires', rows: ids.map((id, i) => hire(id, i >= 50)) }, HR);
  if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  jobId = result.batch.jobId ?? '';
  await store.close();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a recompute killed mid-way is retried after the restart and completes; no entitlement row or offer lost or doubled', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, ids[400]], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    // Killed part-way: three slices committed (600 enterprises; the first 50 no longer eligible), the rest not yet.
    const before = await withSubsidy(store);
    expect(before).toBe(600 - 50);
    // What the kill left is whole: offers exactly where the stored entitlements are eligible; the 50 withdrawn
    // reservations went to the 50 waiting offers in the same transactions.
    const atKill = await offersAgainstEntitlements(store);
    expect(atKill.eligible).toBe(before);
    expect(atKill.withoutOneOffer).toEqual([]);
    expect(atKill.offersNotEligible).toEqual([]);
    expect(atKill.statuses.withdrawn?.n).toBe(50);
    expect(atKill.statuses.waiting).toBeUndefined();
    expect(atKill.budget).toMatchObject({ reservedFen: atKill.reservedSummed, budgetFen: 100 * SUBSIDY_FEN, waiting: 0 });
    expect(atKill.reservedSummed).toBe(100 * SUBSIDY_FEN);

    await startFeedWorkers(store, { pollIntervalMs: 50 });
    await until(async () => (await store.jobs.getJob(jobId))?.state === 'completed', 'the retried job');
    const done = await store.jobs.getJob(jobId);
    expect(done).toMatchObject({ state: 'completed', retryCount: 1, output: { enterprises: N, years: N } });
    const n = (q: ReturnType<typeof sql<{ n: unknown }>>) => count(store, q);
    expect(await n(sql`select count(*) as n from entitlements where year = 2013`)).toBe(N);
    expect(await n(sql`select count(distinct enterprise_id) as n from entitlements where year = 2013`)).toBe(N);
    const components = await n(sql`select count(*) as n from entitlement_components where year = 2013`);
    const distinct = await n(
      sql`select count(*) as n from (select distinct enterprise_id, year, measure from entitlement_components where year = 2013)`,
    );
    expect(components).toBe(distinct);
    expect(await withSubsidy(store)).toBe(N - 50);

    const end = await offersAgainstEntitlements(store);
    expect(end.eligible).toBe(N - 50);
    expect(end.withoutOneOffer).toEqual([]);
    expect(end.offersNotEligible).toEqual([]);
    // One offer row per enterprise in all: the 50 withdrawn were not made again, nobody got a second.
    expect(await n(sql`select count(*) as n from offers where programme_id = ${programmeId}`)).toBe(N);
    expect(await n(sql`select count(distinct enterprise_id) as n from offers where programme_id = ${programmeId}`)).toBe(N);
    expect(end.statuses).toEqual({
      withdrawn: { n: 50, fen: 50 * SUBSIDY_FEN },
      confirmed: { n: 100, fen: 100 * SUBSIDY_FEN },
      offered: { n: N - 150, fen: (N - 150) * SUBSIDY_FEN },
    });
    expect(end.budget).toEqual({
      budgetFen: 100 * SUBSIDY_FEN,
      reservedFen: end.reservedSummed,
      remainingFen: 0,
      waiting: 0,
      waitingFen: 0,
    });
    // The reserved ones are the 100 that confirmed and are still eligible: KF00050–KF00149.
    const reserved = (
      await sql<{ enterprise_id: string }>`select enterprise_id from offers where programme_id = ${programmeId} and status = 'confirmed'
        order by enterprise_id`.execute(store.db)
    ).rows.map((r) => r.enterprise_id);
    expect(reserved).toEqual(ids.slice(50, 150));
  } finally {
    await store.close();
  }
}, 180_000);
