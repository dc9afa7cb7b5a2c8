import {
  type Column,
  FormulaError,
  interpolate,
  newColumn,
  type Period,
  type Population,
  Recorder,
  Simulation,
  type TaxBenefitSystem,
} from '@xiaowei/engine';
import { exclusiveGroups } from '@xiaowei/policy';
import type { Problem } from '../problems/problem.ts';
import { populationOf, type SimulationInput, sliceColumns } from './simulation-input.ts';
import { SIMULATION_MESSAGES } from './simulation-messages.ts';
import type { SimulationPlans } from './simulation-plans.ts';
import { type GroupTally, type Tally, TallyCounter, TallyGroups } from './tally.ts';

/** One enterprise whose support value the reform changes, for the list of the largest changes. */
export interface TopChange {
  /** Position in the input (from 0). */
  readonly index: number;
  readonly id: string;
  readonly row: number;
  readonly region: string | null;
  readonly industryGroup: string | null;
  readonly sizeClass: string | null;
  readonly baselineFen: number;
  readonly reformFen: number;
  readonly changeFen: number;
}

/** What part of a registry adds to a simulation: tallies, the enterprises not computable, its largest changes. */
export interface PartResult {
  readonly totals: Tally;
  readonly byRegion: readonly GroupTally[];
  readonly byIndustryGroup: readonly GroupTally[];
  readonly bySizeClass: readonly GroupTally[];
  readonly byMeasure: readonly GroupTally[];
  /** Enterprises a figure is missing for (under either system): left out of every sum, never counted as 0. */
  readonly incomplete: number;
  /** The first problems of those (row, field, message). */
  readonly problems: readonly Problem[];
  readonly top: readonly TopChange[];
}

export interface PartOptions {
  /** Digits of the region code that make a region of the breakdown: 2 (province), 4 (city) or 6. Default 2. */
  readonly regionDigits?: 2 | 4 | 6;
  /** How many of the largest changes to keep. Default 20. */
  readonly top?: number;
  /** Members per step (progress and cancel are checked between steps). Default 16,384. */
  readonly step?: number;
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

export const MAX_PROBLEMS = 50;
export const TOP_CHANGES = 20;

/**
 * Computes `outputs` for `n` members under `system`; the members a formula stops for go to `onError` (with
 * their place in the step, `at(k)`) and get zeros. A check that lists every member it stops (an absent
 * figure: `FormulaError.failing`) has them all set aside at once and the others computed again together,
 * as the registry's recompute does: the passes are bounded by the checks that fail, not by the members. An
 * error that names no list falls back to halving down to the members lacking a figure.
 */
function computeMarking(
  system: TaxBenefitSystem,
  period: Period,
  outputs: readonly string[],
  population: Population | undefined,
  columns: Readonly<Record<string, Column>>,
  n: number,
  onError: (e: FormulaError, k: number) => void,
  at: (k: number) => number = (k) => k,
): Record<string, Column> {
  try {
    const sim = new Simulation(system, population ?? populationOf(system, period, columns, n));
    return Object.fromEntries(outputs.map((id) => [id, sim.calculate(id, period)]));
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    const out: Record<string, Column> = {};
    for (const id of outputs) out[id] = newColumn(system.variable(id).valueType, n, 0);
    if (n === 1) {
      onError(e, at(0));
      return out;
    }
    const rest = e.failing === undefined ? undefined : setAside(e, n, (error, k) => onError(error, at(k)));
    if (rest !== undefined) {
      if (rest.length > 0) {
        const part = computeMarking(system, period, outputs, undefined, pickColumns(columns, rest), rest.length, onError, (k) =>
          at(rest[k]),
        );
        for (const id of outputs) {
          const to = out[id] as unknown[];
          const from = part[id] as ArrayLike<unknown>;
          for (let k = 0; k < rest.length; k++) to[rest[k]] = from[k];
        }
      }
      return out;
    }
    const half = n >> 1;
    const parts = [
      [0, computeMarking(system, period, outputs, undefined, sliceColumns(columns, 0, half), half, onError, at)],
      [half, computeMarking(system, period, outputs, undefined, sliceColumns(columns, half, n), n - half, onError, (k) => at(half + k))],
    ] as const;
    for (const [from0, part] of parts) {
      for (const id of outputs) {
        const to = out[id];
        const from = part[id];
        if (Array.isArray(to)) for (let i = 0; i < from.length; i++) to[from0 + i] = (from as string[])[i];
        else (to as Float64Array).set(from as Float64Array, from0);
      }
    }
    return out;
  }
}

/**
 * Reports every member of `n` that `e`'s check stops (each with its own error) and returns the others, in
 * order; undefined when the list is of no use (it names no member of these, or all of them without the
 * error's own member: halving then finds them).
 */
function setAside(e: FormulaError, n: number, report: (error: FormulaError, k: number) => void): number[] | undefined {
  const failing = e.failing;
  if (failing === undefined || e.row === undefined) return undefined;
  const aside = new Uint8Array(n);
  let count = 0;
  for (const row of failing.rows) {
    if (row < 0 || row >= n || aside[row] !== 0) continue;
    aside[row] = 1;
    count++;
  }
  if (count === 0 || aside[e.row] !== 1) return undefined;
  const rest: number[] = [];
  for (let k = 0; k < n; k++) {
    if (aside[k] === 0) rest.push(k);
    else report(k === e.row ? e : failing.errorAt(k), k);
  }
  return rest;
}

/** The columns of the members `at`, in that order. */
function pickColumns(columns: Readonly<Record<string, Column>>, at: readonly number[]): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [key, col] of Object.entries(columns)) {
    const picked = Array.isArray(col) ? new Array(at.length) : new (col.constructor as new (n: number) => typeof col)(at.length);
    for (let k = 0; k < at.length; k++) (picked as unknown[])[k] = col[at[k]];
    out[key] = picked as Column;
  }
  return out;
}

/**
 * Computes the outputs under the baseline and the reform. When the plans carry the reform's difference, the
 * baseline runs with a recorder and every value whose formula, parameters read and values read (transitively)
 * the reform leaves unchanged is handed to the reform as given: the reform computes only what it changes. The
 * proof is per step (the regions in a step decide which regional leaves were read). If the baseline stops for a
 * member, both systems are computed separately, halving down to the members lacking a figure.
 */
function computeBoth(
  plans: SimulationPlans,
  columns: Readonly<Record<string, Column>>,
  n: number,
  onError: (e: FormulaError, k: number) => void,
): { base: Record<string, Column>; reform: Record<string, Column> } {
  const { baseline, reform, period, outputs, difference } = plans;
  if (difference !== undefined) {
    const recorder = new Recorder();
    const sim = new Simulation(baseline, populationOf(baseline, period, columns, n), { recorder });
    let base: Record<string, Column> | undefined;
    try {
      base = Object.fromEntries(outputs.map((id) => [id, sim.calculate(id, period)]));
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
    }
    if (base !== undefined) {
      const population = populationOf(reform, period, columns, n);
      const changed = new Set<string>();
      // Exit order is a topological order: what a node read finished before it.
      for (const key of recorder.order) {
        const node = recorder.nodes.get(key);
        if (
          node === undefined ||
          difference.variables.has(node.variable) ||
          node.params.some((p) => difference.leaves.has(p.path)) ||
          node.deps.some((d) => changed.has(d) || !recorder.nodes.has(d))
        ) {
          changed.add(key);
        } else if (node.kind === 'formula') {
          population.setInput(node.variable, node.period, sim.compute(baseline.variable(node.variable), node.period));
        }
      }
      return { base, reform: computeMarking(reform, period, outputs, population, columns, n, onError) };
    }
  }
  return {
    base: computeMarking(baseline, period, outputs, undefined, columns, n, onError),
    reform: computeMarking(reform, period, outputs, undefined, columns, n, onError),
  };
}

/** Keeps the `size` largest changes (by size of the change, then by position). */
class TopChanges {
  readonly items: TopChange[] = [];
  constructor(private readonly size: number) {}
  private static before(a: TopChange, b: TopChange): boolean {
    const x = Math.abs(a.changeFen);
    const y = Math.abs(b.changeFen);
    return x > y || (x === y && a.index < b.index);
  }
  offer(c: TopChange): void {
    if (this.items.length === this.size && !TopChanges.before(c, this.items[this.items.length - 1])) return;
    let i = this.items.length;
    while (i > 0 && TopChanges.before(c, this.items[i - 1])) i--;
    this.items.splice(i, 0, c);
    if (this.items.length > this.size) this.items.pop();
  }
  /** Whether a change of this size could enter (saves building the record). */
  wants(changeFen: number): boolean {
    return (
      changeFen !== 0 && (this.items.length < this.size || Math.abs(changeFen) >= Math.abs(this.items[this.items.length - 1].changeFen))
    );
  }
}

/** Counted value by measure of one member: of schemes that cannot be combined, the largest (as total_support_value). */
class MeasureValues {
  private readonly groups: number[][];
  private readonly measureOf: number[];
  constructor(plans: SimulationPlans) {
    const { entitlements, measures } = plans;
    this.groups = exclusiveGroups(entitlements).map((g) => g.map((e) => entitlements.indexOf(e)));
    this.measureOf = entitlements.map((e) => measures.indexOf(e.measure));
  }
  fill(eligible: readonly Column[], value: readonly Column[], i: number, out: Float64Array): void {
    out.fill(0);
    for (const g of this.groups) {
      let best = -1;
      let bestFen = 0;
      for (const k of g) {
        if (eligible[k][i] !== 1) continue;
        const fen = value[k][i] as number;
        if (best < 0 || fen > bestFen) {
          best = k;
          bestFen = fen;
        }
      }
      if (best >= 0) out[this.measureOf[best]] += bestFen;
    }
  }
}

/**
 * Simulates members of `input` under the baseline and the reform and tallies them (see {@link PartResult}).
 * Formulas run column-wise, a step at a time; a step a formula stops for is halved down to the members
 * lacking a figure, which are reported and left out.
 */
export function simulatePart(plans: SimulationPlans, input: SimulationInput, options: PartOptions = {}): PartResult {
  const step = options.step ?? 16384;
  const digits = options.regionDigits ?? 2;
  const totals = new TallyCounter();
  const byRegion = new TallyGroups();
  const byIndustry = new TallyGroups();
  const bySize = new TallyGroups();
  const byMeasure = new TallyGroups();
  const measureCounters = plans.measures.map((m) => byMeasure.counter(m));
  const top = new TopChanges(options.top ?? TOP_CHANGES);
  const problems: Problem[] = [];
  let incomplete = 0;
  const measureValues = new MeasureValues(plans);
  const nm = plans.measures.length;
  const mb = new Float64Array(nm);
  const mr = new Float64Array(nm);
  const sizeNames = plans.baseline.variable('size_class').possibleValues ?? [];
  const industryNames = plans.baseline.variable('industry_group').possibleValues ?? [];
  const rows = input.rows;
  const regions = input.columns.region as readonly string[] | undefined;
  const regionKey = (code: string | undefined): string =>
    code !== undefined && /^\d{6}$/.test(code) ? code.slice(0, digits).padEnd(6, '0') : 'unknown';

  for (let start = 0; start < input.n; start += step) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    const end = Math.min(input.n, start + step);
    const len = end - start;
    const columns = sliceColumns(input.columns, start, end);
    const failed = new Uint8Array(len);
    const onError = (e: FormulaError, k: number) => {
      if (failed[k] !== 0) return;
      failed[k] = 1;
      incomplete++;
      if (problems.length < MAX_PROBLEMS) {
        const row = rows?.[start + k] ?? start + k + 1;
        problems.push({
          row,
          field: e.field ?? e.variable ?? '',
          code: 'XW_SIMULATE_NOT_COMPUTABLE',
          message:
            e.labels ??
            interpolate(SIMULATION_MESSAGES.not_computable, {
              variable: e.variable ?? '',
              detail: e.message.replace(/^.*?, member \d+: /, ''),
            }),
        });
      }
    };
    const { base, reform } = computeBoth(plans, columns, len, onError);
    const bTotal = base.total_support_value as Float64Array;
    const rTotal = reform.total_support_value as Float64Array;
    const size = base.size_class;
    const industry = base.industry_group;
    const bEligible = plans.entitlements.map((e) => base[e.eligible]);
    const bValue = plans.entitlements.map((e) => base[e.value]);
    const rEligible = plans.entitlements.map((e) => reform[e.eligible]);
    const rValue = plans.entitlements.map((e) => reform[e.value]);
    for (let i = 0; i < len; i++) {
      if (failed[i] !== 0) continue;
      const b = bTotal[i];
      const r = rTotal[i];
      const region = regionKey(regions?.[start + i]);
      const group = industryNames[industry[i] as number] ?? 'unknown';
      const sizeClass = sizeNames[size[i] as number] ?? 'unknown';
      totals.add(b, r);
      byRegion.counter(region).add(b, r);
      byIndustry.counter(group).add(b, r);
      bySize.counter(sizeClass).add(b, r);
      measureValues.fill(bEligible, bValue, i, mb);
      measureValues.fill(rEligible, rValue, i, mr);
      for (let m = 0; m < nm; m++) measureCounters[m].add(mb[m], mr[m]);
      const change = r - b;
      if (top.wants(change)) {
        const index = start + i;
        top.offer({
          index,
          id: input.ids[index],
          row: rows?.[index] ?? index + 1,
          region: regions?.[index] ?? null,
          industryGroup: group,
          sizeClass,
          baselineFen: b,
          reformFen: r,
          changeFen: change,
        });
      }
    }
    options.onProgress?.(end);
  }
  return {
    totals: totals.result(),
    byRegion: byRegion.result(),
    byIndustryGroup: byIndustry.result(),
    bySizeClass: bySize.result(),
    byMeasure: byMeasure.result(),
    incomplete,
    problems,
    top: top.items,
  };
}
