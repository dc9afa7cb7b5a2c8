/**
 * `npm run bench` — the population, hand-loop and per-case benchmarks (see the package README in
 * the report's header). Each measurement runs in a fresh child process so that its peak RSS is its own.
 *
 *   npm run bench                              1M and 10M (1 core and 2 workers), hand loop, per case
 *   npm run bench -- --quick                   100k and 20k per-case cases: a smoke run
 *   npm run bench -- --sizes 1000000,2000000   other sizes; --reps 5, --workers 2, --cases 200000, --seed S
 *   npm run bench -- --write-baseline          also records the figures in packages/bench/baseline.json
 *   npm run bench -- --json                    one JSON line instead of the report
 *   npm run bench -- --input FILE.csv --json [--period 2013]
 *                                              evaluates a given population, warm median of --reps runs, and the
 *                                              hand loop on it: {"n","reps","seconds","per_second","runs",
 *                                              "hand_seconds","hand_per_second","hand_ratio","peak_rss_mb"}
 *   npm run bench -- --write-csv FILE.csv --n 1000000
 *                                              writes the seeded population as such a CSV
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Categorical } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { loadCsv } from './csv-input.ts';
import { asOutputs, compileBenchPlan, DEFAULT_PERIOD } from './engine.ts';
import { firstDifference, groupIndex, handLoop, handParams, newOutputs } from './hand.ts';
import { DEFAULT_SEED, fenToYuan, generatePopulation, INDUSTRY_CODES } from './population.ts';
import { type BenchResults, readBaseline, render, writeBaseline } from './report.ts';
import {
  type PerCaseResult,
  type PopulationResult,
  peakRssMb,
  perCaseScenario,
  populationScenario,
  type Timing,
  timing,
} from './scenarios.ts';

const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    json: { type: 'boolean', default: false },
    period: { type: 'string', default: String(DEFAULT_PERIOD) },
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    cases: { type: 'string' },
    reps: { type: 'string', default: '5' },
    workers: { type: 'string', default: '2' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'write-baseline': { type: 'boolean', default: false },
    'baseline-note': { type: 'string' },
    'write-csv': { type: 'string' },
    // internal: one measurement in this process
    scenario: { type: 'string' },
    n: { type: 'string' },
  },
  strict: true,
});

function positiveInt(text: string, what: string): number {
  const v = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${what}: '${text}' is not a non-negative integer`);
  return v;
}

const period = args.period;
const seed = positiveInt(args.seed, 'seed');
const reps = Math.max(1, positiveInt(args.reps, 'reps'));
const workers = positiveInt(args.workers, 'workers');

/**
 * `--input FILE.csv`: the warm median of `--reps` evaluations of a given population (after one untimed
 * warm-up run), and the same for the hand loop over the industry pre-decoded to group indices.
 */
async function inputMode(file: string): Promise<void> {
  const plan = compileBenchPlan(period);
  const loaded = await loadCsv(file, plan).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
  const { n, columns } = loaded;
  const engine = timeRuns(() => plan.run(columns, n), n);
  const params = handParams(getSystem(), period);
  const handColumns = {
    group: groupIndex(params, textsOf(columns.industry)),
    employees: columns.employees as Float64Array,
    revenue: columns.revenue as Float64Array,
    total_assets: columns.total_assets as Float64Array,
    taxable_income: columns.taxable_income as Float64Array,
  };
  const handOut = newOutputs(n);
  const hand = timeRuns(() => handLoop(params, handColumns, n, handOut), n);
  const diff = firstDifference(handOut, asOutputs(plan.run(columns, n)), n);
  if (diff) throw new Error(`MISMATCH — engine and hand loop differ: ${diff}`);
  const result = {
    n,
    reps,
    seconds: engine.seconds,
    per_second: engine.per_second,
    runs: engine.runs,
    hand_seconds: hand.seconds,
    hand_per_second: hand.per_second,
    hand_ratio: engine.seconds / hand.seconds,
    peak_rss_mb: Math.round(peakRssMb() * 10) / 10,
  };
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      `${file}: ${n} enterprises evaluated for ${period}: median of ${reps} warm runs ${result.seconds.toFixed(3)} s (${Math.round(result.per_second)} /s); hand loop ${hand.seconds.toFixed(3)} s; engine / hand ${result.hand_ratio.toFixed(2)}×; peak RSS ${result.peak_rss_mb} MB\n`,
    );
}

/** A text column as texts, coded or not. */
function textsOf(column: unknown): string[] {
  return column instanceof Categorical ? column.texts() : (column as string[]);
}

/** One untimed warm-up run, then the median of {@link reps} timed ones. */
function timeRuns(run: () => unknown, n: number): Timing {
  run();
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return timing(ms, n);
}

/** Writes the seeded population of `n` as a CSV for `--input`. */
async function writeCsv(file: string, n: number): Promise<void> {
  const pop = generatePopulation(n, { seed });
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('id,industry,employees,revenue,total_assets,taxable_income\n');
  let buffer = '';
  for (let i = 0; i < n; i++) {
    const industry = INDUSTRY_CODES[pop.industryIndex[i]][0];
    buffer += `E${i},${industry},${pop.employees[i]},${fenToYuan(pop.revenue[i])},${fenToYuan(pop.total_assets[i])},${fenToYuan(pop.taxable_income[i])}\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  process.stderr.write(`${file}: ${n} enterprises (seed ${seed})\n`);
}

/** Runs one measurement in a fresh `node` with the same flags; returns the JSON line it prints. */
function child<T>(scenarioArgs: string[]): T {
  const script = fileURLToPath(import.meta.url);
  const common = ['--period', period, '--seed', String(seed), '--reps', String(reps), '--workers', String(workers)];
  const res = spawnSync(process.execPath, [...process.execArgv, script, ...scenarioArgs, ...common], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout ?? '');
    throw new Error(`bench ${scenarioArgs.join(' ')} failed (exit ${res.status}${res.signal ? `, ${res.signal}` : ''})`);
  }
  const last = res.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

/**
 * The per-case figures of the median of {@link reps} runs, each in a fresh process. On this virtual machine a
 * process now and then runs every stage about twice as slowly as the next one (the host's other work, not
 * ours: the CPU time doubles too), so one run's figure says little; the median of fresh processes does.
 */
function medianPerCase(cases: number): PerCaseResult {
  const runs: PerCaseResult[] = [];
  for (let r = 0; r < reps; r++) runs.push(child<PerCaseResult>(['--scenario', 'per-case', '--cases', String(cases)]));
  const sorted = [...runs].sort((a, b) => a.reused_decoder_per_second - b.reused_decoder_per_second);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...median, runs_reused_decoder_per_second: runs.map((r) => Math.round(r.reused_decoder_per_second)) };
}

async function main(): Promise<void> {
  if (args.input !== undefined) return inputMode(args.input);
  if (args['write-csv'] !== undefined) return writeCsv(args['write-csv'], positiveInt(args.n ?? '1000000', 'n'));
  if (args.scenario === 'population') {
    const result = await populationScenario(positiveInt(args.n ?? '', 'n'), { period, reps, workers, seed });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (args.scenario === 'per-case') {
    const result = perCaseScenario(positiveInt(args.cases ?? '200000', 'cases'), { period, seed });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (args.scenario !== undefined) throw new Error(`unknown --scenario '${args.scenario}'`);

  const sizes = (args.sizes ?? (args.quick ? '100000' : '1000000,10000000')).split(',').map((s) => positiveInt(s.trim(), 'sizes'));
  const cases = positiveInt(args.cases ?? (args.quick ? '20000' : '200000'), 'cases');
  const populations: PopulationResult[] = [];
  for (const n of sizes) populations.push(child<PopulationResult>(['--scenario', 'population', '--n', String(n)]));
  const perCase = cases > 0 ? medianPerCase(cases) : undefined;
  const results: BenchResults = { period, seed, populations, ...(perCase ? { perCase } : {}) };
  const baseline = readBaseline();
  if (args.json) process.stdout.write(`${JSON.stringify({ ...results, baseline: baseline ?? null })}\n`);
  else process.stdout.write(`${render(results, baseline)}\n`);
  if (args['write-baseline']) {
    writeBaseline(results, args['baseline-note']);
    process.stderr.write('baseline written to packages/bench/baseline.json\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
