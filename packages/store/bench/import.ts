/**
 * `npm run bench:import`: generates 1,000,000 registry rows (Chinese column headers, values as text,
 * as a CSV reader hands them over), validates and imports them into a fresh SQLite file in one
 * transaction, entitlements recomputed in it; then 100,000 rows into PostgreSQL when
 * XIAOWEI_TEST_DATABASE_URL is set. Prints rows/s, seconds and peak RSS.
 * Options: --rows N (SQLite rows), --pg-rows N, --years K (rows per enterprise, default 4), --no-recompute,
 * --keep PATH (write the SQLite file there and keep it).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type ImportResult, type RejectedImport, type Store } from '../src/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('--rows', 1_000_000);
const PG_ROWS = arg('--pg-rows', 100_000);
const YEARS = arg('--years', 4);
const RECOMPUTE = !process.argv.includes('--no-recompute');
const keepAt = process.argv.indexOf('--keep');
const KEEP = keepAt >= 0 ? process.argv[keepAt + 1] : undefined;

const REGIONS = ['370202', '370211', '370100', '440305', '440100', '330106', '510104', '320500', '420100', '110105'];
const INDUSTRIES = [
  'C3911',
  'F5221',
  '5131',
  'I6510',
  'G5430',
  'H6210',
  'E47',
  'K7020',
  'L7211',
  'M7310',
  'industry',
  'retail',
  'agriculture',
];

/** Registry records as a CSV reader gives them: one enterprise-year per row, every value text. */
function* records(n: number): Generator<Record<string, string>> {
  let seed = 42;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  for (let i = 0; i < n; i++) {
    const enterprise = Math.floor(i / YEARS);
    const year = 2012 + (i % YEARS);
    const revenue = Math.floor(rnd() * 5e8);
    yield {
      统一社会信用代码: `BENCH${String(enterprise).padStart(10, '0')}`,
      企业名称: `基准测试企业${enterprise}有限公司`,
      所属地区: REGIONS[enterprise % REGIONS.length],
      行业: INDUSTRIES[enterprise % INDUSTRIES.length],
      年度: String(year),
      从业人员: String(Math.floor(rnd() * 600)),
      营业收入: `${revenue}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`,
      资产总额: String(Math.floor(rnd() * 3e8)),
      应纳税所得额: String(Math.floor(rnd() * 600_000)),
      利润总额: String(Math.floor(rnd() * 900_000)),
      成立日期: `20${String(enterprise % 12).padStart(2, '0')}-0${1 + (enterprise % 9)}-15`,
    };
  }
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

async function run(label: string, store: Store, n: number): Promise<void> {
  await store.migrate();
  const t0 = performance.now();
  let lastReport = 0;
  const result: ImportResult | RejectedImport = await store.importRecords(records(n), {
    actor: 'system',
    fileName: `bench-${n}.csv`,
    recompute: RECOMPUTE,
    onProgress: (p) => {
      if (p.rows - lastReport >= 200_000) {
        lastReport = p.rows;
        process.stdout.write(`  ${label}: ${p.rows.toLocaleString('en-US')} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (result.status !== 'completed') throw new Error(`rejected: ${JSON.stringify(result.problems.slice(0, 3))}`);
  console.log(
    `${label}: ${n.toLocaleString('en-US')} rows (validate + import${RECOMPUTE ? ' + recompute entitlements' : ''}, one transaction) ` +
      `in ${seconds.toFixed(1)} s = ${Math.round(n / seconds).toLocaleString('en-US')} rows/s; ` +
      `${result.enterprisesCreated.toLocaleString('en-US')} enterprises; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'xiaowei-bench-'));
try {
  const file = KEEP ?? join(dir, 'bench.db');
  const sqlite = await createStore({ url: file });
  await run('SQLite', sqlite, ROWS);
  await sqlite.close();
  console.log(`  SQLite file: ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env.XIAOWEI_TEST_DATABASE_URL;
if (url) {
  const schema = `xw_bench_${process.pid}_${Date.now()}`;
  const store = await createStore({ url, schema });
  try {
    peakRss = 0;
    await run('PostgreSQL', store, PG_ROWS);
  } finally {
    await store.db.schema.dropSchema(schema).ifExists().cascade().execute();
    await store.close();
  }
} else {
  console.log('PostgreSQL: skipped (set XIAOWEI_TEST_DATABASE_URL to run it)');
}
clearInterval(sampler);
