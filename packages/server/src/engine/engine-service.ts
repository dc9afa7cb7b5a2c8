import {
  EngineError,
  type EntityDefinition,
  ParameterNotFoundError,
  Period,
  PeriodError,
  Plan,
  RecordDecoder,
  type TaxBenefitSystem,
  type Variable,
} from '@xiaowei/engine';
import { type Catalogue, getSystem, loadCatalogue, POLICY_VERSION, VARIABLES } from '@xiaowei/policy';
import { AppError } from '../errors/app-error.ts';
import { closest } from './closest.ts';
import { Lru } from './lru.ts';

/** What a result was computed with (DESIGN.md: every result knows its rule version). */
export interface RuleVersion {
  readonly policy_version: string;
  readonly parameter_hash: string;
}

/**
 * The engine as the service uses it: the policy's system, compiled plans cached per
 * (entity, period, outputs), one reusable record decoder per entity, and the checks that turn a
 * mistyped name or a period outside the encoded rules into a catalogued error.
 */
export class EngineService {
  readonly system: TaxBenefitSystem;
  readonly version: RuleVersion;
  private readonly plans: Lru<string, Plan | 'links'>;
  /** Requests name the same plan in the same words: their text maps straight to it. */
  private readonly byText: Lru<string, Plan | 'links'>;
  private readonly decoders = new Map<string, RecordDecoder>();
  private readonly inputsOf = new Map<string, readonly Variable[]>();
  private catalogueCache: Catalogue | undefined;

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

  /** The entity `key`, or XW_ERR_UNKNOWN_ENTITY. */
  entity(key: string): EntityDefinition {
    const e = this.system.entities.get(key);
    if (e === undefined) throw new AppError('XW_ERR_UNKNOWN_ENTITY', { name: key, known: [...this.system.entities.keys()].join(', ') });
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

  /** The reusable decoder of `entity`'s input records (`id` and `name` pass through). */
  decoder(entity: string): RecordDecoder {
    let d = this.decoders.get(entity);
    if (d === undefined) {
      d = new RecordDecoder(this.inputs(entity), { firstRow: 0, passThrough: ['id', 'name'], rejectUnknown: false });
      this.decoders.set(entity, d);
    }
    return d;
  }

  /** The variable `id` of `entity`, or XW_ERR_UNKNOWN_VARIABLE (with the closest ids) / XW_ERR_WRONG_ENTITY. */
  variable(entity: string, id: string): Variable {
    const v = this.system.variables.get(id);
    if (v === undefined) {
      const known = [...this.system.variables.values()].filter((x) => x.entity === entity).map((x) => x.id);
      throw new AppError('XW_ERR_UNKNOWN_VARIABLE', { name: id, entity, closest: closest(id, known).join(', ') });
    }
    if (v.entity !== entity) throw new AppError('XW_ERR_WRONG_ENTITY', { name: id, actual: v.entity, entity });
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
   * or aggregates other entities (those go through a simulation). Names and the period are checked.
   */
  plan(entity: string, period: string, outputs: readonly string[]): Plan | 'links' {
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

/** An engine error about the period as XW_ERR_PERIOD; any other error unchanged. */
export function periodError(e: unknown, period: string): unknown {
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) return new AppError('XW_ERR_PERIOD', { period, detail: e.message });
  return e;
}
