/**
 * `npm run bench:feeds` (issue 13 §2): a human-resources feed of 100,000 graduate-hire rows touching 50,000
 * enterprises on SQLite (a fresh file), from upload to the recompute job done: the registry is set up first (not
 * timed), then the parts are timed — validation and the all-or-nothing write with the job queued in the same
 * transaction, then the durable recompute job worked to completion (progress polled like the page does), which
 * also makes the offers of a human-resources programme (item 25.2) set up beforehand.
 * Options: --enterprises N (default 50,000), --hires K per enterprise (default 2), --keep PATH.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, startFeedWorkers } from '../src/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENTERPRISES = arg('--enterprises', 50_000);
const HIRES = arg('--hires', 2);
const keepAt = process.argv.indexOf('--keep');
const KEEP = keepAt >= 0 ? process.argv[keepAt + 1] : undefined;
const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

const dir = KEEP === undefined ? mkdtempSync(join(tmpdir(), 'xiaowei-bench-feeds-')) : undefined;
const file = KEEP ?? join(dir as string, 'feeds.db');
const store = await createStore({ url: file });
try {
  await store.migrate();
  const ids = Array.from({ length: ENTERPRISES }, (_, i) => `BF${String(i).padStart(7, '0')}`);
  let t = performance.now();
  const imported = await store.importRecords(
    ids.map((id, i) => ({
      统一社会信用代码: id,
      企业名称: `报送测试企业${i}`,
      所属地区: i % 2 === 0 ? '370202' : '370211',
      行业: 'I65',
      年度: 2013,
      从业人员: 20 + (i % 200),
      营业收入: String(2_000_000 + (i % 97) * 10_000),
      资产总额: String(1_500_000 + (i % 89) * 10_000),
      应纳税所得额: String(50_000 + (i % 31) * 1_000),
      利润总额: String(60_000 + (i % 31) * 1_000),
    })),
    { actor: 'bench' },
  );
  if (imported.status !== 'completed') throw new Error('registry set-up failed');
  say(`setup: ${ENTERPRISES.toLocaleString('en')} enterprises imported (with their entitlements) in ${seconds(t)} s (not timed below)`);

  // The human-resources programme of item 25.2 (graduate social-insurance subsidy) for Qingdao 2013: the recompute
  // offers it to every enterprise the hires make eligible (issue 13: "recomputed and offered"). Budget for all.
  const programme = await store.programmes.create(
    {
      name: 'bench: 高校毕业生社保补贴 2013',
      measure: 'gf2012-14/25.2',
      department: 'human_resources',
      regionCode: '3702',
      year: 2013,
      budgetYuan: '1000000000',
      publicityDays: 0,
    },
    { actor: 'bench', scope: { all: true } },
  );

  const rows = ids.flatMap((id, i) =>
    Array.from({ length: HIRES }, (_, h) => ({
      enterprise_id: id,
      year: 2013,
      hire_id: `H${h}`,
      hire_date: `2013-0${7 + h}-01`,
      graduation_year: 2013,
      contract_months: 12 + (i % 24),
      social_insurance_paid_in_full: i % 10 !== 0,
      insured_months: 6 - h,
      local_average_monthly_wage: '3500',
    })),
  );
  const total = performance.now();
  t = performance.now();
  const result = await store.feeds.submit(
    { batchId: 'bench-hires', kind: 'graduate_hires', rows },
    { actor: 'bench', department: 'human_resources', regionPrefix: '3702' },
  );
  if (result.status !== 'accepted') throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const submitted = seconds(t);
  say(`submit: ${rows.length.toLocaleString('en')} rows validated whole, written, recompute queued: ${submitted} s`);

  t = performance.now();
  await startFeedWorkers(store, { pollIntervalMs: 100 });
  const jobId = result.batch.jobId ?? '';
  let last = -1;
  for (;;) {
    const job = await store.jobs.getJob(jobId);
    const done = job?.progress?.done ?? 0;
    if (done !== last && done > 0) {
      say(`  recompute progress: ${done.toLocaleString('en')} / ${(job?.progress?.total ?? 0).toLocaleString('en')} at ${seconds(t)} s`);
      last = done;
    }
    if (job?.state === 'completed' || job?.state === 'failed') {
      if (job.state === 'failed') throw new Error(`recompute failed: ${job.error}`);
      say(`recompute job: ${JSON.stringify(job.output)} in ${seconds(t)} s`);
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const all = seconds(total);
  const offers = await store.offers.list({ scope: { all: true }, programmeId: programme.id, limit: 1_000_000 });
  say(`offers made by the recompute: ${offers.length.toLocaleString('en')} (programme 25.2, Qingdao 2013)`);
  say(`upload → recompute and offers done: ${all} s (target < 60 s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await store.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}
