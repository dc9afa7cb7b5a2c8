/**
 * The measurements, each meant to run in a fresh process (see main.ts) so that its peak RSS is its own.
 * Timed sections cover evaluation only: population generation, file parsing, plan compilation and
 * worker start-up are outside them.
 */
import { getSystem, INDUSTRY_GROUPS } from '@xiaowei/policy';
import { asOutputs, checkEdgeCases, compileBenchPlan } from './engine.ts';
import { firstDifference, groupIndexOfCodes, handLoop, handParams, newOutputs, type Outputs } from './hand.ts';
import { sharedOutputs, WorkerPool } from './parallel.ts';
import { caseRecords, checkCases, timePerCase } from './per-case.ts';
import { engineColumns, generatePopulation } from './population.ts';

export interface Timing {
  /** Median of the runs, seconds. */
  readonly seconds: number;
  readonly per_second: number;
  /** Fastest run, seconds (less disturbed by other load on the machine). */
  readonly best_seconds: number;
  readonly runs: readonly number[];
}

export interface PopulationResult {
  readonly n: number;
  readonly period: string;
  readonly generate_seconds: number;
  readonly one_core: Timing;
  readonly hand: Timing;
  /** Engine one-core time over hand-loop one-core time (medians). */
  readonly hand_ratio: number;
  readonly two_core?: Timing & {
    readonly workers: number;
    readonly worker_seconds: readonly number[];
    /** The hand loop on as many workers, same slices. */
    readonly hand: Timing;
    /** Engine time over hand-loop time, both on the workers (medians). */
    readonly hand_ratio: number;
  };
  /** Peak RSS (MB) after the one-core engine runs, and at the end (hand loop, workers and all). */
  readonly rss_after_engine_mb: number;
  readonly peak_rss_mb: number;
  readonly coverage: {
    readonly size_classes: readonly number[];
    readonly small_low_profit: number;
    readonly halved: number;
    readonly empty_cells: number;
  };
}

export interface PerCaseResult {
  readonly cases: number;
  readonly seconds: number;
  readonly per_second: number;
  /** The same path with one RecordDecoder reused across cases. */
  readonly reused_decoder_per_second: number;
  /** The same, by the CPU time of the process (the waits for a core on a shared machine not counted). */
  readonly reused_decoder_cpu_per_second: number;
  readonly microseconds_per_case: {
    readonly total: number;
    readonly decode: number;
    readonly decode_reused: number;
    readonly run: number;
    readonly read: number;
  };
  readonly peak_rss_mb: number;
  /** With several runs (fresh processes): each run's reused-decoder rate, in run order; the figures above are the median run's. */
  readonly runs_reused_decoder_per_second?: readonly number[];
}

export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

const log = (text: string) => process.stderr.write(`  ${text}\n`);

/** Index of the median run (the lower middle one for an even count). */
function medianIndex(runsMs: readonly number[]): number {
  const order = runsMs.map((_, i) => i).sort((a, b) => runsMs[a] - runsMs[b]);
  return order[Math.floor((order.length - 1) / 2)];
}

export function timing(runsMs: number[], n: number): Timing {
  const seconds = runsMs[medianIndex(runsMs)] / 1000;
  return { seconds, per_second: n / seconds, best_seconds: Math.min(...runsMs) / 1000, runs: runsMs.map((ms) => ms / 1000) };
}

function fail(message: string): never {
  throw new Error(`MISMATCH — ${message}`);
}

/** Engine one core, hand loop, engine on `workers` threads, over one seeded population of `n`. */
export async function populationScenario(
  n: number,
  opts: { period: string; reps: number; workers: number; seed: number },
): Promise<PopulationResult> {
  let t = performance.now();
  const pop = generatePopulation(n, { seed: opts.seed, shared: true });
  const generate_seconds = (performance.now() - t) / 1000;
  log(`n=${n}: population generated in ${generate_seconds.toFixed(2)} s`);
  const columns = engineColumns(pop);
  const warm = Math.min(n, 65536);
  const warmColumns = engineColumns(pop, 0, warm);

  const plan = compileBenchPlan(opts.period);
  plan.run(warmColumns, warm);
  const engineMs: number[] = [];
  let engine: Outputs | undefined;
  for (let r = 0; r < opts.reps; r++) {
    engine = undefined; // let the previous result go before the next run allocates its own
    t = performance.now();
    engine = asOutputs(plan.run(columns, n));
    engineMs.push(performance.now() - t);
  }
  const rss_after_engine_mb = peakRssMb();
  const one_core = timing(engineMs, n);
  log(`n=${n}: engine, 1 core: ${one_core.seconds.toFixed(3)} s`);

  const params = handParams(getSystem(), opts.period);
  // The hand loop reads the industry pre-decoded to a group index, done here, outside its timed runs.
  const handColumns = { ...columns, group: groupIndexOfCodes(params, pop.industryIndex) };
  const handOut = newOutputs(n);
  handLoop(params, handColumns, warm, handOut);
  const handMs: number[] = [];
  for (let r = 0; r < opts.reps; r++) {
    t = performance.now();
    handLoop(params, handColumns, n, handOut);
    handMs.push(performance.now() - t);
  }
  const handTiming = timing(handMs, n);
  log(`n=${n}: hand loop: ${handTiming.seconds.toFixed(3)} s`);

  if (engine === undefined) throw new Error('no engine run (reps must be ≥ 1)');
  const diff = firstDifference(handOut, engine, n);
  if (diff) fail(`engine (1 core) and hand loop differ: ${diff}`);
  checkEdgeCases(engine, n, 'engine');
  checkEdgeCases(handOut, n, 'hand loop');
  const coverage = coverageOf(handOut, handColumns.group, pop.taxable_income, params.halvingThreshold, n);
  engine = undefined;

  let two_core: PopulationResult['two_core'];
  if (opts.workers > 1) {
    const out = sharedOutputs(n);
    const pool = await WorkerPool.start(pop, out, opts.period, opts.workers);
    const wallMs: number[] = [];
    const workerMs: number[][] = [];
    for (let r = 0; r < opts.reps; r++) {
      out.corporate_income_tax.fill(-1);
      const { ms, workerMs: each } = await pool.run('engine');
      wallMs.push(ms);
      workerMs.push(each);
    }
    const d = firstDifference(handOut, out, n);
    if (d) fail(`engine (${opts.workers} workers) and hand loop differ: ${d}`);
    const handWallMs: number[] = [];
    for (let r = 0; r < opts.reps; r++) {
      out.corporate_income_tax.fill(-1);
      handWallMs.push((await pool.run('hand')).ms);
    }
    await pool.close();
    const dh = firstDifference(handOut, out, n);
    if (dh) fail(`hand loop (${opts.workers} workers) and hand loop (1 core) differ: ${dh}`);
    const tm = timing(wallMs, n);
    const hand = timing(handWallMs, n);
    two_core = {
      ...tm,
      workers: opts.workers,
      worker_seconds: workerMs[medianIndex(wallMs)].map((ms) => ms / 1000),
      hand,
      hand_ratio: tm.seconds / hand.seconds,
    };
    log(`n=${n}: engine, ${opts.workers} workers: ${tm.seconds.toFixed(3)} s; hand loop: ${hand.seconds.toFixed(3)} s`);
  }
  return {
    n,
    period: opts.period,
    generate_seconds,
    one_core,
    hand: handTiming,
    hand_ratio: one_core.seconds / handTiming.seconds,
    ...(two_core ? { two_core } : {}),
    rss_after_engine_mb,
    peak_rss_mb: peakRssMb(),
    coverage,
  };
}

/** How the population falls: members per size class, small low-profit, halved; group × class cells left empty. */
function coverageOf(out: Outputs, group: Uint8Array, income: Float64Array, threshold: number, n: number): PopulationResult['coverage'] {
  const sizeClasses = [0, 0, 0, 0];
  const cells = new Uint32Array(INDUSTRY_GROUPS.length * 4);
  let slp = 0;
  let halved = 0;
  for (let i = 0; i < n; i++) {
    sizeClasses[out.size_class[i]]++;
    cells[group[i] * 4 + out.size_class[i]]++;
    if (out.is_small_low_profit[i]) {
      slp++;
      if (income[i] <= threshold) halved++;
    }
  }
  return { size_classes: sizeClasses, small_low_profit: slp, halved, empty_cells: cells.filter((c) => c === 0).length };
}

/** The per-case path over `cases` evaluations, checked against the hand loop first. */
export function perCaseScenario(cases: number, opts: { period: string; seed: number }): PerCaseResult {
  const pool = 4096;
  const pop = generatePopulation(pool, { seed: opts.seed });
  const plan = compileBenchPlan(opts.period);
  const records = caseRecords(pop, pool);
  const params = handParams(getSystem(), opts.period);
  const expected = handLoop(params, { ...engineColumns(pop), group: groupIndexOfCodes(params, pop.industryIndex) }, pool);
  checkCases(plan, records, expected);
  log(`per-case: ${pool} records agree with the hand loop; timing ${cases} cases`);
  const timed = timePerCase(plan, records, cases);
  const us = (s: number) => (s / cases) * 1e6;
  return {
    cases,
    seconds: timed.seconds,
    per_second: timed.perSecond,
    reused_decoder_per_second: cases / timed.reusedDecoderSeconds,
    reused_decoder_cpu_per_second: cases / timed.reusedDecoderCpuSeconds,
    microseconds_per_case: {
      total: us(timed.seconds),
      decode: us(timed.stages.decode),
      decode_reused: us(timed.stages.decodeReused),
      run: us(timed.stages.run),
      read: us(timed.stages.read),
    },
    peak_rss_mb: peakRssMb(),
  };
}
