import { CycleError, DefinitionError, EngineError } from '../errors.ts';
import type { Instant } from '../periods/instant.ts';
import { Period } from '../periods/period.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import { Recorder } from '../trace/recorder.ts';
import { type Column, defaultColumn } from '../variables/column.ts';
import type { Variable } from '../variables/variable.ts';
import { BaseContext } from './base-context.ts';
import type { LinkedValues, MemberAggregates } from './formula-context.ts';
import { formulaFor, periodFor, rulesInstant } from './formula-selection.ts';
import type { Population } from './population.ts';

/**
 * Evaluates variables over a population, lazily: a variable is computed the first time it is asked
 * for a period, from its dated formula, and cached per (variable, period). With `trace: true` it
 * records what every result was computed from (see `explain` in trace/build-trace.ts).
 * @example
 * const sim = new Simulation(system, population);
 * const sizes = sim.calculate('size_class', '2013'); // Uint8Array of enum indices
 */
export class Simulation {
  private readonly cache = new Map<string, Column>();
  private readonly inProgress: string[] = [];
  readonly recorder: Recorder | undefined;

  constructor(
    readonly system: TaxBenefitSystem,
    readonly population: Population,
    options: { trace?: boolean; recorder?: Recorder } = {},
  ) {
    this.recorder = options.recorder ?? (options.trace ? new Recorder() : undefined);
  }

  /** The values of `id` for `period`, one per member of the variable's entity. */
  calculate(id: string, period: Period | string | number): Column {
    const variable = this.system.variable(id);
    return this.compute(variable, periodFor(variable, Period.parse(period)));
  }

  /** Cache key of a (variable, period). */
  static key(id: string, period: Period): string {
    return `${id}@${period.key}`;
  }

  /** @internal Computes (or returns the cached) column; `period` already fits the variable. */
  compute(variable: Variable, period: Period): Column {
    const key = Simulation.key(variable.id, period);
    this.recorder?.dependency(key);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.includes(key)) {
      const cycle = [...this.inProgress.slice(this.inProgress.indexOf(key)), key].map((k) => k.split('@')[0]);
      throw new CycleError(cycle);
    }
    const pop = this.population.entity(variable.entity);
    const node = this.recorder?.enter(key, variable.entity, variable.id, period);
    let column: Column;
    try {
      const given = pop.inputs.get(variable.id)?.get(period.key);
      if (given !== undefined) {
        column = given;
        if (node) node.kind = 'input';
      } else if (variable.isInput) {
        column = defaultColumn(variable, pop.count);
        if (node) node.kind = 'default';
      } else {
        const dated = formulaFor(variable, period);
        if (node) node.formulaFrom = dated.from;
        this.inProgress.push(key);
        try {
          column = dated.formula(new SimulationContext(this, variable, period, pop.count, this.recorder, rulesInstant(dated, period)));
        } finally {
          this.inProgress.pop();
        }
        checkColumn(variable, column, pop.count);
      }
    } catch (e) {
      this.recorder?.abort();
      throw e;
    }
    this.recorder?.exit();
    this.cache.set(key, column);
    return column;
  }

  /** Whether a value was computed or given for (id, period). */
  has(id: string, period: Period): boolean {
    return this.cache.has(Simulation.key(id, period));
  }
}

/** Checks a formula's result: right column type and length. A wrong one is a bug in the formula. */
export function checkColumn(variable: Variable, column: Column, n: number): void {
  const ok =
    column.length === n &&
    (variable.valueType === 'number' || variable.valueType === 'money'
      ? column instanceof Float64Array
      : variable.valueType === 'boolean' || variable.valueType === 'enum'
        ? column instanceof Uint8Array
        : variable.valueType === 'date'
          ? column instanceof Int32Array
          : Array.isArray(column));
  if (!ok) {
    throw new EngineError(
      `formula of ${variable.id} returned ${column.constructor.name}[${column.length}], expected a ${variable.valueType} column of ${n}`,
      'formula_result',
    );
  }
}

class SimulationContext extends BaseContext {
  constructor(
    private readonly sim: Simulation,
    private readonly own: Variable,
    period: Period,
    readonly n: number,
    recorder: Recorder | undefined,
    instant: Instant,
  ) {
    super(sim.system, own.id, period, recorder, instant);
  }

  get(id: string, period: Period = this.period): Column {
    const v = this.system.variable(id);
    if (v.entity !== this.own.entity) {
      throw new DefinitionError(`formula of ${this.own.id} (${this.own.entity}) reads ${id} of ${v.entity}: use link() or members()`);
    }
    return this.sim.compute(v, periodFor(v, period));
  }

  private target(id: string, entity: string, period: Period): Column {
    const v = this.system.variable(id);
    if (v.entity !== entity) throw new DefinitionError(`${id} is a variable of ${v.entity}, not ${entity}`);
    this.recorder?.crossEntity();
    return this.sim.compute(v, periodFor(v, period));
  }

  link(name: string): LinkedValues {
    const def = this.system.entity(this.own.entity).links?.[name];
    if (def === undefined) throw new DefinitionError(`entity ${this.own.entity} has no link '${name}'`);
    // Recorded here, not only when a value is read: `present()` alone already depends on the link.
    this.recorder?.crossEntity();
    const idx = this.sim.population.entity(this.own.entity).links.get(name) ?? new Int32Array(this.n).fill(-1);
    const project = (id: string, period: Period, make: (n: number) => Float64Array | Uint8Array) => {
      const col = this.target(id, def.entity, period) as Float64Array | Uint8Array;
      const out = make(this.n);
      for (let i = 0; i < this.n; i++) if (idx[i] >= 0) out[i] = col[idx[i]];
      return out;
    };
    return {
      number: (id, period = this.period) => project(id, period, (n) => new Float64Array(n)) as Float64Array,
      bool: (id, period = this.period) => project(id, period, (n) => new Uint8Array(n)) as Uint8Array,
      enum: (id, period = this.period) => project(id, period, (n) => new Uint8Array(n)) as Uint8Array,
      present: () => Uint8Array.from(idx, (j) => (j >= 0 ? 1 : 0)),
    };
  }

  members(entity: string, via: string): MemberAggregates {
    const def = this.system.entity(entity).links?.[via];
    if (def === undefined || def.entity !== this.own.entity) {
      throw new DefinitionError(`${entity}.${via} does not link to ${this.own.entity}`);
    }
    // Recorded here, not only when a value is read: `count()` alone already depends on the members.
    this.recorder?.crossEntity();
    const pop = this.sim.population.entity(entity);
    const idx = pop.links.get(via) ?? new Int32Array(pop.count).fill(-1);
    const n = this.n;
    const fold = (id: string, period: Period, init: number, f: (acc: number, x: number) => number) => {
      const col = this.target(id, entity, period) as Float64Array | Uint8Array;
      const out = new Float64Array(n).fill(init);
      for (let j = 0; j < idx.length; j++) if (idx[j] >= 0) out[idx[j]] = f(out[idx[j]], col[j]);
      return out;
    };
    const count = () => {
      const out = new Float64Array(n);
      for (let j = 0; j < idx.length; j++) if (idx[j] >= 0) out[idx[j]] += 1;
      return out;
    };
    const withEmpty = (values: Float64Array, empty: number) => {
      const c = count();
      for (let i = 0; i < n; i++) if (c[i] === 0) values[i] = empty;
      return values;
    };
    return {
      sum: (id, period = this.period) => fold(id, period, 0, (a, x) => a + x),
      min: (id, empty, period = this.period) => withEmpty(fold(id, period, Number.POSITIVE_INFINITY, Math.min), empty),
      max: (id, empty, period = this.period) => withEmpty(fold(id, period, Number.NEGATIVE_INFINITY, Math.max), empty),
      any: (id, period = this.period) => Uint8Array.from(fold(id, period, 0, (a, x) => (a || x ? 1 : 0))),
      all: (id, period = this.period) => Uint8Array.from(fold(id, period, 1, (a, x) => (a && x ? 1 : 0))),
      count,
    };
  }
}
