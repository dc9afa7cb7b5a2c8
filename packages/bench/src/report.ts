/** Printing the results, the targets and the comparison with the committed baseline. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import type { PerCaseResult, PopulationResult } from './scenarios.ts';

export const BASELINE_FILE = new URL('../baseline.json', import.meta.url);

export const TARGETS = {
  /** Engine one core within this factor of the hand loop. */
  handRatio: 2,
  /** Peak RSS of the 10M run, MB. */
  peakRssMb: 2048,
  perCasePerSecond: 500_000,
} as const;

export interface BenchResults {
  readonly period: string;
  readonly seed: number;
  readonly populations: readonly PopulationResult[];
  readonly perCase?: PerCaseResult;
}

export interface Baseline {
  readonly date: string;
  readonly machine: Machine;
  readonly note?: string;
  readonly figures: Readonly<Record<string, number>>;
}

interface Machine {
  readonly cpus: number;
  readonly cpu: string;
  readonly memory_gb: number;
  readonly node: string;
}

export function machine(): Machine {
  return {
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** The figures compared with the baseline, flat. */
export function figuresOf(r: BenchResults): Record<string, number> {
  const f: Record<string, number> = {};
  for (const p of r.populations) {
    f[`population_${p.n}_one_core_per_s`] = Math.round(p.one_core.per_second);
    f[`population_${p.n}_hand_per_s`] = Math.round(p.hand.per_second);
    f[`population_${p.n}_hand_ratio`] = round(p.hand_ratio, 2);
    if (p.two_core) {
      f[`population_${p.n}_two_core_per_s`] = Math.round(p.two_core.per_second);
      f[`population_${p.n}_two_core_hand_per_s`] = Math.round(p.two_core.hand.per_second);
      f[`population_${p.n}_two_core_hand_ratio`] = round(p.two_core.hand_ratio, 2);
    }
    f[`population_${p.n}_peak_rss_mb`] = Math.round(p.peak_rss_mb);
  }
  if (r.perCase) {
    f.per_case_per_s = Math.round(r.perCase.per_second);
    f.per_case_reused_decoder_per_s = Math.round(r.perCase.reused_decoder_per_second);
    // Compared with a baseline only once one has it (the comparison takes the keys of both).
    f.per_case_reused_decoder_cpu_per_s = Math.round(r.perCase.reused_decoder_cpu_per_second);
  }
  return f;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const rate = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function readBaseline(): Baseline | undefined {
  if (!existsSync(BASELINE_FILE)) return undefined;
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
}

export function writeBaseline(r: BenchResults, note?: string): void {
  const baseline: Baseline = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    ...(note ? { note } : {}),
    figures: figuresOf(r),
  };
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** The human report. */
export function render(r: BenchResults, baseline: Baseline | undefined): string {
  const m = machine();
  const lines: string[] = [];
  lines.push(`Xiaowei bench — period ${r.period}, seed ${r.seed}; ${m.node}, ${m.cpus} CPUs (${m.cpu}), ${m.memory_gb} GB`);
  lines.push('');
  lines.push(
    `Population (evaluation only, warm: median of ${r.populations[0]?.one_core.runs.length ?? 0} runs after a warm-up; outputs identical to the hand loop, edge cases exact).`,
  );
  lines.push(
    'The hand loop reads the industry as a pre-decoded group index; the engine reads the industry codes (a dictionary-coded column).',
  );
  for (const p of r.populations) {
    lines.push(`  N = ${int(p.n)}`);
    const best = (t: { best_seconds: number }) => `best ${t.best_seconds.toFixed(3)} s, ${rate(p.n / t.best_seconds)}`;
    lines.push(`    engine, 1 core      ${p.one_core.seconds.toFixed(3)} s   ${rate(p.one_core.per_second)}   (${best(p.one_core)})`);
    lines.push(`    hand loop, 1 core   ${p.hand.seconds.toFixed(3)} s   ${rate(p.hand.per_second)}   (${best(p.hand)})`);
    lines.push(
      `    engine / hand, 1 core      ${p.hand_ratio.toFixed(2)}×   target ≤ ${TARGETS.handRatio}× — ${mark(p.hand_ratio <= TARGETS.handRatio)}`,
    );
    if (p.two_core) {
      const t = p.two_core;
      const speedup = p.one_core.seconds / t.seconds;
      lines.push(
        `    engine, ${t.workers} workers   ${t.seconds.toFixed(3)} s   ${rate(t.per_second)}   (${best(t)}; ×${speedup.toFixed(2)} over 1 core)`,
      );
      lines.push(`    hand loop, ${t.workers} workers ${t.hand.seconds.toFixed(3)} s   ${rate(t.hand.per_second)}   (${best(t.hand)})`);
      lines.push(
        `    engine / hand, ${t.workers} workers   ${t.hand_ratio.toFixed(2)}×   target ≤ ${TARGETS.handRatio}× — ${mark(t.hand_ratio <= TARGETS.handRatio)}`,
      );
    }
    lines.push(
      `    peak RSS            ${int(p.peak_rss_mb)} MB (${int(p.rss_after_engine_mb)} MB after the 1-core runs)   target ≤ ${int(TARGETS.peakRssMb)} MB — ${mark(p.peak_rss_mb <= TARGETS.peakRssMb)}`,
    );
    const c = p.coverage;
    lines.push(
      `    population          large/medium/small/micro ${c.size_classes.map(int).join('/')}; small low-profit ${int(c.small_low_profit)} (halved ${int(c.halved)}); empty group×class cells ${c.empty_cells}`,
    );
  }
  if (r.perCase) {
    const pc = r.perCase;
    const us = pc.microseconds_per_case;
    lines.push('');
    lines.push(`Per case (one enterprise at a time: decode → plan.run(columns, 1) → cellValue), ${int(pc.cases)} cases after warm-up:`);
    if (pc.runs_reused_decoder_per_second !== undefined && pc.runs_reused_decoder_per_second.length > 1) {
      lines.push(
        `    median of ${pc.runs_reused_decoder_per_second.length} fresh processes (each: ${pc.runs_reused_decoder_per_second.map(int).join(', ')} /s)`,
      );
    }
    lines.push(
      `    one RecordDecoder and one plan reused: ${int(pc.reused_decoder_per_second)} enterprises/s   target ≥ ${int(TARGETS.perCasePerSecond)} /s — ${mark(pc.reused_decoder_per_second >= TARGETS.perCasePerSecond)}`,
    );
    lines.push(
      `    the same by CPU time: ${int(pc.reused_decoder_cpu_per_second)} enterprises/s (${(1e6 / pc.reused_decoder_cpu_per_second).toFixed(2)} µs CPU each; a loaded machine's waits for a core not counted) — ${mark(pc.reused_decoder_cpu_per_second >= TARGETS.perCasePerSecond)}`,
    );
    lines.push(`    decodeRecords per case instead: ${int(pc.per_second)} /s (${us.total.toFixed(2)} µs each)`);
    lines.push(
      `    by stage: decode ${us.decode.toFixed(2)} µs (reused decoder ${us.decode_reused.toFixed(2)} µs), run ${us.run.toFixed(2)} µs, read ${us.read.toFixed(2)} µs; peak RSS ${int(pc.peak_rss_mb)} MB`,
    );
  }
  lines.push('');
  if (baseline === undefined) {
    lines.push('No baseline (packages/bench/baseline.json): run with --write-baseline to record one.');
  } else {
    const current = figuresOf(r);
    const keys = Object.keys(current).filter((k) => baseline.figures[k] !== undefined);
    lines.push(
      `Against the baseline of ${baseline.date} (${baseline.machine.cpus} CPUs, ${baseline.machine.cpu}, ${baseline.machine.node}): current / baseline`,
    );
    for (const k of keys) {
      const lowerIsBetter = k.endsWith('_ratio') || k.endsWith('_rss_mb');
      lines.push(
        `    ${k.padEnd(36)} ${String(current[k]).padStart(12)} / ${String(baseline.figures[k]).padStart(12)} = ${(current[k] / baseline.figures[k]).toFixed(2)}${lowerIsBetter ? ' (lower is better)' : ''}`,
      );
    }
    if (keys.length === 0) lines.push('    (no figure in common)');
  }
  return lines.join('\n');
}
