import { EngineError, type EntityDefinition, type Labels, Period, Plan, type TaxBenefitSystem, type Variable } from '@xiaowei/engine';
import { type Catalogue, getSystem, loadCatalogue, POLICY_VERSION, VARIABLES } from '@xiaowei/policy';
import { RequestError } from '../problems/request-error.ts';
import { closest } from './closest.ts';
import { Lru } from './lru.ts';
import { periodError } from './period-error.ts';

/** What a result was computed with (every result knows its rule version). */
export interface RuleVersion {
  readonly policy_version: string;
  readonly parameter_hash: string;
}

/**
 * The encoded policy as the use cases ask it: the system, its rule version, compiled plans cached per
 * (entity, period, outputs), the measure catalogue, and the checks that turn a mistyped name or a period
 * outside the encoded rules into a {@link RequestError}. One per process (the service) or per command.
 */
export class Rules {
  readonly system: TaxBenefitSystem;
  readonly version: RuleVersion;
  private readonly plans: Lru<string, Plan | 'links'>;
  /** Requests name the same plan in the same words: their text maps straight to it. */
  private readonly byText: Lru<string, Plan | 'links'>;
  /**
   * The plan asked last, with the very `outputs` array it was asked with: the service parses a query's
   * variable list once and hands every request the same array, and a request asks for its plan twice
   * (the route checks the names, the use case runs it), so most asks need no key built at all.
   */
  private last: { entity: string; period: string; outputs: readonly string[]; plan: Plan | 'links' } | undefined;
  private readonly inputsOf = new Map<string, readonly Variable[]>();
  private catalogueCache: Catalogue | undefined;
  private titlesCache: ReadonlyMap<string, Labels> | undefined;

  constructor(system: TaxBenefitSystem = getSystem(), planCacheSize = 512) {
    this.system = system;
    this.version = { policy_version: POLICY_VERSION, parameter_hash: system.parameterHash };
    this.plans = new Lru(planCacheSize);
    this.byText = new Lru(planCacheSize * 2);
  }

  /** The measure catalogue (loaded on first use). */
  get catalogue(): Catalogue {
    this.catalogueCache ??= loadCatalogue(VARIABLES);
    return this.catalogueCache;
  }

  /** The title of every measure and sub-measure of the catalogue, by id. */
  get titles(): ReadonlyMap<string, Labels> {
    this.titlesCache ??= new Map(
      this.catalogue.measures.flatMap((m) => [[m.id, m.title] as const, ...m.subMeasures.map((s) => [s.id, s.title] as const)]),
    );
    return this.titlesCache;
  }

  /** The entity `key`, or XW_ERR_UNKNOWN_ENTITY. */
  entity(key: string): EntityDefinition {
    const e = this.system.entities.get(key);
    if (e === undefined) throw new RequestError('XW_ERR_UNKNOWN_ENTITY', { name: key, known: [...this.system.entities.keys()].join(', ') });
    return e;
  }

  /** Input variables of `entity`, in definition order. */
  inputs(entity: string): readonly Variable[] {
    let list = this.inputsOf.get(entity);
    if (list === undefined) {
      list = [...this.system.variables.values()].filter((v) => v.entity === entity && v.isInput);
      this.inputsOf.set(entity, list);
    }
    return list;
  }

  /** The variable `id` of `entity`, or XW_ERR_UNKNOWN_VARIABLE (with the closest ids) / XW_ERR_WRONG_ENTITY. */
  variable(entity: string, id: string): Variable {
    const v = this.system.variables.get(id);
    if (v === undefined) {
      const known = [...this.system.variables.values()].filter((x) => x.entity === entity).map((x) => x.id);
      throw new RequestError('XW_ERR_UNKNOWN_VARIABLE', { name: id, entity, closest: closest(id, known).join(', ') });
    }
    if (v.entity !== entity) throw new RequestError('XW_ERR_WRONG_ENTITY', { name: id, actual: v.entity, entity });
    return v;
  }

  /** The period written `text`, or XW_ERR_PERIOD. */
  period(text: string): Period {
    try {
      return Period.parse(text);
    } catch (e) {
      throw periodError(e, text);
    }
  }

  /**
   * The compiled plan for `outputs` of `entity` at `period`, or `'links'` when an output follows links
   * or aggregates other entities (those go through a simulation). The entity, the names and the period
   * are checked first, in that order.
   */
  plan(entity: string, period: string, outputs: readonly string[]): Plan | 'links' {
    const last = this.last;
    if (last !== undefined && last.outputs === outputs && last.period === period && last.entity === entity) return last.plan;
    const plan = this.planOf(entity, period, outputs);
    this.last = { entity, period, outputs, plan };
    return plan;
  }

  private planOf(entity: string, period: string, outputs: readonly string[]): Plan | 'links' {
    const textKey = `${entity}\u0000${period}\u0000${outputs.join(',')}`;
    const hit = this.byText.get(textKey);
    if (hit !== undefined) return hit;
    this.entity(entity);
    for (const id of outputs) this.variable(entity, id);
    const p = this.period(period);
    const key = `${entity}\u0000${p.key}\u0000${outputs.join(',')}`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      try {
        plan = Plan.compile(this.system, { entity, period: p, outputs });
      } catch (e) {
        if (e instanceof EngineError && e.code === 'plan_links') plan = 'links';
        else throw periodError(e, period);
      }
      this.plans.set(key, plan);
    }
    this.byText.set(textKey, plan);
    return plan;
  }

  /** Number of compiled plans held (for tests and the health report). */
  get cachedPlans(): number {
    return this.plans.size;
  }
}

/** Input variables the plan reads that records must give (`required` in their definition). */
export function requiredInputs(plan: Plan): readonly string[] {
  let ids = REQUIRED.get(plan);
  if (ids === undefined) {
    ids = [...new Set(plan.inputs.filter((input) => input.variable.required).map((input) => input.variable.id))];
    REQUIRED.set(plan, ids);
  }
  return ids;
}
/** Listed once per plan: every request through a plan asks. */
const REQUIRED = new WeakMap<Plan, readonly string[]>();
