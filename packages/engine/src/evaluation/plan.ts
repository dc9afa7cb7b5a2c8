import { DefinitionError, EngineError, FormulaError } from '../errors.ts';
import type { Instant } from '../periods/instant.ts';
import { Period } from '../periods/period.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import { Recorder } from '../trace/recorder.ts';
import { Categorical } from '../variables/categorical.ts';
import { type Column, defaultColumn, newColumn } from '../variables/column.ts';
import type { Formula, Variable } from '../variables/variable.ts';
import { Arena, swapAllocator } from './arena.ts';
import { BaseContext } from './base-context.ts';
import type { LinkedValues, MemberAggregates } from './formula-context.ts';
import { formulaFor, periodFor, rulesInstant } from './formula-selection.ts';
import { type FusedPlan, fuse } from './fusion.ts';
import { Population } from './population.ts';
import { checkColumn, Simulation } from './simulation.ts';

export interface PlanRequest {
  readonly entity: string;
  readonly period: Period | string | number;
  readonly outputs: readonly string[];
  /** Fuse the formula steps into one loop where they allow it (default true); false runs them step by step. */
  readonly fuse?: boolean;
}

interface Step {
  readonly variable: Variable;
  readonly period: Period;
  readonly instant: Instant;
  readonly formula: Formula;
  readonly slot: number;
  readonly ctx: PlanContext;
}

/** An input the plan reads: a variable at a period, and the slot its column goes in. */
export interface PlanInput {
  readonly variable: Variable;
  readonly period: Period;
  readonly slot: number;
  /** Name of its column when given for its own period: `id@period`. */
  readonly key: string;
  /** Whether the plain variable id names it too (an input at the plan's period, or an eternal one). */
  readonly plain: boolean;
}

/** Default number of members evaluated together: small enough to stay in cache, large enough to amortise. */
export const DEFAULT_CHUNK = 4096;

const EMPTY_COLUMN: Column = new Float64Array(0);

/**
 * A compiled evaluation: the requested outputs' dependency graph for one entity and period, resolved
 * once into an ordered list of formula steps over column slots, and where the formulas allow it fused
 * into one generated loop over the members (fusion.ts). Running it evaluates the population in that
 * loop, or step by step, chunk by chunk with reused buffers (formulas the fusion cannot follow, and any
 * run in which a member needs an error raised); one member and ten million go through the same code
 * and a single case costs little more than the formulas themselves.
 *
 * The graph is found by evaluating the outputs over an empty population with a recorder: formulas
 * have no per-member control flow, so the graph is the same for every member.
 * @example
 * const plan = Plan.compile(system, { entity: 'enterprise', period: '2013', outputs: ['size_class'] });
 * const { size_class } = plan.run({ industry, employees, revenue, total_assets }, n);
 */
export class Plan {
  readonly period: Period;
  readonly inputs: readonly PlanInput[];
  readonly outputs: readonly Variable[];
  private readonly steps: readonly Step[];
  private readonly outputSlots: readonly number[];
  private readonly values: Column[];
  private readonly arenas = new Map<number, Arena>();
  /** The arena of the last chunk length (one member at a time keeps using the same one). */
  private lastArena: Arena | undefined;
  /** Default columns of missing inputs, by input and length (formulas never write into their inputs). */
  private readonly defaults: Map<number, Column>[] = [];
  private readonly fusedPlan: FusedPlan | undefined;
  private readonly sources: (Column | Categorical | undefined)[] = [];
  private readonly targets: Column[] = [];

  private constructor(
    readonly system: TaxBenefitSystem,
    readonly entity: string,
    period: Period,
    outputs: readonly Variable[],
    fusion: boolean,
  ) {
    this.period = period;
    this.outputs = outputs;
    const pop = new Population(system);
    // Every entity, not only the plan's: a formula that follows a link must reach the linked entity
    // (and be recorded as crossing entities) to be rejected below with 'plan_links'.
    for (const key of system.entities.keys()) pop.addEntity(key, 0);
    const recorder = new Recorder();
    const sim = new Simulation(system, pop, { recorder });
    for (const v of outputs) {
      if (v.entity !== entity) throw new DefinitionError(`${v.id} is a variable of ${v.entity}, not ${entity}`);
      sim.compute(v, periodFor(v, period));
    }
    const slotOf = new Map<string, number>();
    for (const key of recorder.order) slotOf.set(key, slotOf.size);
    this.values = new Array(slotOf.size);
    const inputs: PlanInput[] = [];
    const steps: Step[] = [];
    for (const key of recorder.order) {
      const node = recorder.nodes.get(key);
      if (!node) continue;
      if (node.crossesEntities) {
        throw new EngineError(`${node.variable} reads linked entities: evaluate it with a Simulation, not a plan`, 'plan_links');
      }
      const variable = system.variable(node.variable);
      const slot = slotOf.get(key) as number;
      if (node.kind === 'formula') {
        const dated = formulaFor(variable, node.period);
        const instant = rulesInstant(dated, node.period);
        const ctx = new PlanContext(system, variable, node.period, slotOf, this.values, instant);
        steps.push({ variable, period: node.period, instant, formula: dated.formula, slot, ctx });
      } else {
        const plain = node.period.key === period.key || node.period.unit === 'eternity';
        inputs.push({ variable, period: node.period, slot, key: `${variable.id}@${node.period.key}`, plain });
      }
    }
    this.inputs = inputs;
    this.steps = steps;
    this.outputSlots = outputs.map((v) => slotOf.get(Simulation.key(v.id, periodFor(v, period))) as number);
    this.fusedPlan = !fusion
      ? undefined
      : fuse(
          system,
          steps,
          new Map(inputs.map((input, index) => [input.slot, { variable: input.variable, index }])),
          outputs.map((variable, k) => ({ variable, slot: this.outputSlots[k] })),
          (step, id, p) => slotIn(system, slotOf, step.variable.id, id, p ?? step.period),
        );
  }

  /** Whether the steps run as one fused loop (see fusion.ts); otherwise step by step, chunk by chunk. */
  get fused(): boolean {
    return this.fusedPlan !== undefined;
  }

  /** Compiles a plan (see the class documentation). */
  static compile(system: TaxBenefitSystem, request: PlanRequest): Plan {
    const outputs = request.outputs.map((id) => system.variable(id));
    return new Plan(system, request.entity, Period.parse(request.period), outputs, request.fuse !== false);
  }

  /**
   * Evaluates the outputs for `n` members. `columns` holds the inputs by variable id (or `id@period`
   * for an input at another period than the plan's); missing inputs take their default, or are absent
   * (NaN) when declared without one. A text input may come coded ({@link Categorical}).
   */
  run(columns: Readonly<Record<string, Column | Categorical>>, n: number, chunk = DEFAULT_CHUNK): Record<string, Column> {
    try {
      return this.runInto(columns, n, chunk);
    } finally {
      // The caller's columns and the results are theirs: the scratch arrays keep no reference to them.
      const { sources, targets } = this;
      for (let k = 0; k < sources.length; k++) sources[k] = undefined;
      for (let k = 0; k < targets.length; k++) targets[k] = EMPTY_COLUMN;
    }
  }

  private runInto(columns: Readonly<Record<string, Column | Categorical>>, n: number, chunk: number): Record<string, Column> {
    // Scratch arrays of the plan, reused from call to call (a plan runs one call at a time, as its arenas assume).
    const sources = this.sources;
    for (let k = 0; k < this.inputs.length; k++) {
      const input = this.inputs[k];
      // The plain id is the input at the plan's period (or an eternal one); another period needs
      // `id@period`, else it takes the default, as in a simulation.
      const col = columns[input.key] ?? (input.plain ? columns[input.variable.id] : undefined);
      if (col !== undefined && col.length !== n) {
        throw new EngineError(`input ${input.variable.id}: ${col.length} values for ${n} members`, 'input_length');
      }
      sources[k] = col;
    }
    const out: Record<string, Column> = {};
    const targets = this.targets;
    for (let k = 0; k < this.outputs.length; k++) {
      const v = this.outputs[k];
      out[v.id] = targets[k] = newColumn(v.valueType, n);
    }
    if (this.fusedPlan !== undefined && n > 0) {
      const fused = this.fusedPlan;
      fused.prepare(sources, n, targets);
      try {
        let start = 0;
        while (start < n) {
          const stop = fused.resume(start);
          if (stop === -1) break;
          // A member the fused loop leaves to the step-by-step run (an error to raise exactly, an absent
          // figure): its chunk runs step by step (after an exception, everything left), then the loop resumes.
          const from = stop < 0 ? start : stop;
          const off = Math.floor(from / chunk) * chunk;
          const to = stop < 0 ? n : Math.min(n, off + chunk);
          for (let o = off; o < to; o += chunk) this.evaluateChunk(sources, o, Math.min(chunk, n - o), out);
          start = to;
        }
      } finally {
        fused.release();
      }
      return out;
    }
    for (let off = 0; off < n || (n === 0 && off === 0); off += chunk) {
      this.evaluateChunk(sources, off, Math.min(chunk, n - off), out);
      if (n === 0) break;
    }
    return out;
  }

  /** Runs the steps one by one over members [off, off + len) and copies the outputs into `out`. */
  private evaluateChunk(
    sources: ReadonlyArray<Column | Categorical | undefined>,
    off: number,
    len: number,
    out: Record<string, Column>,
  ): void {
    try {
      this.runChunk(sources, off, len);
    } catch (e) {
      // A formula names the member by its place in the chunk; report its place in the whole input.
      if (e instanceof FormulaError && off > 0) throw e.shifted(off);
      throw e;
    }
    for (let k = 0; k < this.outputs.length; k++) {
      const target = out[this.outputs[k].id];
      const result = this.values[this.outputSlots[k]];
      // A short copy by hand: TypedArray.set costs more than it saves for a member or a few.
      if (Array.isArray(target) || len < 16) for (let i = 0; i < len; i++) target[off + i] = result[i];
      else (target as Float64Array).set(result as Float64Array, off);
    }
  }

  private runChunk(sources: ReadonlyArray<Column | Categorical | undefined>, off: number, len: number): void {
    for (let k = 0; k < this.inputs.length; k++) {
      const src = sources[k];
      this.values[this.inputs[k].slot] =
        src === undefined
          ? this.defaultColumn(k, len)
          : src instanceof Categorical
            ? src.texts(off, off + len)
            : off === 0 && len === src.length
              ? src
              : Array.isArray(src)
                ? src.slice(off, off + len)
                : (src as Float64Array).subarray(off, off + len);
    }
    let arena = this.lastArena;
    if (arena === undefined || arena.length !== len) {
      arena = this.arenas.get(len);
      if (arena === undefined) {
        arena = new Arena(len);
        this.arenas.set(len, arena);
      }
      this.lastArena = arena;
    }
    arena.reset();
    const steps = this.steps;
    const values = this.values;
    const previous = swapAllocator(arena);
    try {
      for (let s = 0; s < steps.length; s++) {
        const step = steps[s];
        step.ctx.n = len;
        values[step.slot] = step.formula(step.ctx);
      }
    } finally {
      swapAllocator(previous);
    }
    // Checked on the last step only in the hot path: a wrong result shape is a formula bug, found by tests.
    const last = steps[steps.length - 1];
    if (last) checkColumn(last.variable, values[last.slot], len);
  }

  private defaultColumn(input: number, len: number): Column {
    let byLength = this.defaults[input];
    if (byLength === undefined) this.defaults[input] = byLength = new Map();
    let col = byLength.get(len);
    if (col === undefined) {
      col = defaultColumn(this.inputs[input].variable, len);
      byLength.set(len, col);
    }
    return col;
  }
}

/** The slot of variable `id` at `period` as the formula of `reader` reads it. */
function slotIn(system: TaxBenefitSystem, slotOf: ReadonlyMap<string, number>, reader: string, id: string, period: Period): number {
  const slot = slotOf.get(Simulation.key(id, periodFor(system.variable(id), period)));
  if (slot === undefined) throw new EngineError(`plan for ${reader} did not foresee ${id} at ${period.key}`, 'plan_graph');
  return slot;
}

class PlanContext extends BaseContext {
  n = 0;
  private readonly local = new Map<string, number>();

  constructor(
    system: TaxBenefitSystem,
    variable: Variable,
    period: Period,
    private readonly slotOf: ReadonlyMap<string, number>,
    private readonly values: Column[],
    instant: Instant,
  ) {
    super(system, variable.id, period, undefined, instant);
  }

  get(id: string, period?: Period): Column {
    if (period === undefined) {
      let slot = this.local.get(id);
      if (slot === undefined) {
        slot = slotIn(this.system, this.slotOf, this.variable, id, this.period);
        this.local.set(id, slot);
      }
      return this.values[slot];
    }
    return this.values[slotIn(this.system, this.slotOf, this.variable, id, period)];
  }

  link(): LinkedValues {
    throw new EngineError('plans do not follow links', 'plan_links');
  }

  members(): MemberAggregates {
    throw new EngineError('plans do not aggregate members', 'plan_links');
  }
}
