import { DefinitionError } from '../errors.ts';
import type { Period } from '../periods/period.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import type { Column } from '../variables/column.ts';

/** The members of one entity in a population: their count, ids, inputs by period, and links. */
export class EntityPopulation {
  readonly inputs = new Map<string, Map<string, Column>>();
  readonly links = new Map<string, Int32Array>();
  constructor(
    readonly key: string,
    readonly count: number,
    readonly ids: readonly string[] | undefined,
  ) {}
}

/**
 * The input data of a simulation, as columns: for each entity its member count, and for each input
 * variable one column per period. Links hold, for each member, the index of the linked member (-1: none).
 */
export class Population {
  readonly entities = new Map<string, EntityPopulation>();

  constructor(readonly system: TaxBenefitSystem) {}

  /** Declares `count` members of `entity` (ids optional, for messages and outputs). */
  addEntity(entity: string, count: number, ids?: readonly string[]): EntityPopulation {
    this.system.entity(entity);
    if (ids && ids.length !== count) throw new DefinitionError(`${entity}: ${ids.length} ids for ${count} members`);
    const pop = new EntityPopulation(entity, count, ids);
    this.entities.set(entity, pop);
    return pop;
  }

  /** The members of `key`; an entity of the system that was not added has none. */
  entity(key: string): EntityPopulation {
    let pop = this.entities.get(key);
    if (pop === undefined) {
      // An entity nobody added has no members (an enterprise with no fee events), not an error.
      this.system.entity(key);
      pop = new EntityPopulation(key, 0, []);
      this.entities.set(key, pop);
    }
    return pop;
  }

  /** Sets the values of input variable `id` for `period`. Eternal variables ignore the period. */
  setInput(id: string, period: Period, column: Column): void {
    const variable = this.system.variable(id);
    const pop = this.entity(variable.entity);
    if (column.length !== pop.count) {
      throw new DefinitionError(`${id}: ${column.length} values for ${pop.count} ${variable.entity} members`);
    }
    const key = variable.definitionPeriod === 'eternity' ? 'eternity' : period.key;
    let byPeriod = pop.inputs.get(id);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      pop.inputs.set(id, byPeriod);
    }
    byPeriod.set(key, column);
  }

  /** Sets link `name` of `entity`: for each member, the index of the linked member or -1. */
  setLink(entity: string, name: string, targets: Int32Array): void {
    const def = this.system.entity(entity);
    const link = def.links?.[name];
    if (link === undefined) throw new DefinitionError(`entity '${entity}' has no link '${name}'`);
    const pop = this.entity(entity);
    if (targets.length !== pop.count) throw new DefinitionError(`link ${entity}.${name}: wrong length`);
    pop.links.set(name, targets);
  }
}
