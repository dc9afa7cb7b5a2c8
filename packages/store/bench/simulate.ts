/**
 * `npm run bench:simulate`: a what-if over the registry, end to end and in parts (issue 15's target for later:
 * 1,000,000 enterprises, baseline and reform, under 15 s on this 2-core machine, database read included).
 * Fills a fresh SQLite file with N synthetic enterprises with figures for 2016 (the demo generator; import time
 * not counted), then times: reading the registry of the year into columns, computing every entitlement under
 * the baseline and the reform on worker threads (started during the read, as the service does) with the
 * tallies, merging, explaining the 20 largest changes.
 * Options: --rows N (default 100,000), --workers K (default the cores), --db PATH (reuse a filled file).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario, readAndSimulate } from '@xiaowei/app';
import { getSystem } from '@xiaowei/policy';
import { ALL, createStore, demoRows } from '../src/index.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROWS = Number(arg('--rows') ?? 100_000);
const WORKERS = arg('--workers') === undefined ? undefined : Number(arg('--workers'));
const dir = mkdtempSync(join(tmpdir(), 'xiaowei-bench-sim-'));
const file = arg('--db') ?? join(dir, 'registry.db');
// The example reform of examples/reform-small-low-profit-2016.yaml.
const parsed = parseScenario(getSystem(), {
  name: 'taxable income limit 500,000 (2016)',
  base_year: 2016,
  changes: [
    {
      kind: 'parameter',
      path: 'tax.corporate_income_tax.small_low_profit.taxable_income_limit',
      value: 500000,
      from: '2016-01-01',
      until: '2016-12-31',
    },
  ],
});
if (!parsed.scenario) throw new Error(JSON.stringify(parsed.problems));
const scenario = parsed.scenario;

try {
  const store = await createStore({ url: file });
  await store.migrate();
  if (
    !existsSync(file) ||
    (await store.db.selectFrom('enterprise_years').select('year').where('year', '=', 2016).limit(1).execute()).length === 0
  ) {
    const t = performance.now();
    const r = await store.importEnterprises(demoRows(ROWS, [2016, 2016]), { actor: 'system', recompute: false });
    console.log(
      `filled ${ROWS.toLocaleString('en-US')} enterprises in ${((performance.now() - t) / 1000).toFixed(1)} s (${r.status}; not counted)`,
    );
  }
  // As the service runs a what-if: the workers start once the read has passed 20,000 enterprises and load the
  // rules while the rest is read.
  const t0 = performance.now();
  let t1 = t0;
  let n = 0;
  const outcome = await readAndSimulate(scenario, 2016, (onRows) => store.simulationInput({ scope: ALL, year: 2016, onProgress: onRows }), {
    workers: WORKERS,
    onInput: (input) => {
      t1 = performance.now();
      n = input.n;
    },
  });
  const t2 = performance.now();
  await store.close();
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const { timings } = outcome;
  console.log(
    `${n.toLocaleString('en-US')} enterprises, baseline + reform (${outcome.measures.length} measures), ${outcome.workers} worker thread(s):\n` +
      `  read registry ${s(t1 - t0)} | prepare ${s(timings.compileMs)} | compute + tally ${s(timings.computeMs)} | merge ${s(timings.mergeMs)} | explain top ${outcome.top.length} ${s(timings.explainMs)}\n` +
      `  end to end ${s(t2 - t0)} = ${Math.round(n / ((t2 - t0) / 1000)).toLocaleString('en-US')} enterprises/s` +
      ` (target for later: 1,000,000 in < 15 s); change ${outcome.totals.changeFen} fen, ${outcome.totals.gainers} gainers, ${outcome.incomplete} incomplete`,
  );
} finally {
  if (arg('--db') === undefined) rmSync(dir, { recursive: true, force: true });
}
