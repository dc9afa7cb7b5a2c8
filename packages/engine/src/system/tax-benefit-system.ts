import { createHash } from 'node:crypto';
import type { EntityDefinition } from '../entities/entity.ts';
import { DefinitionError, UnknownVariableError } from '../errors.ts';
import type { Parameter, ParameterEntry } from '../parameters/parameter.ts';
import type { ParameterNode } from '../parameters/parameter-node.ts';
import type { Instant } from '../periods/instant.ts';
import type { Variable } from '../variables/variable.ts';

export interface SystemDefinition {
  readonly name: string;
  readonly version: string;
  readonly entities: readonly EntityDefinition[];
  readonly variables: readonly Variable[];
  readonly parameters: ParameterNode;
}

/**
 * The whole encoded law: entities, variables and the parameter tree (OpenFisca's TaxBenefitSystem).
 * Immutable: a reform builds a new system that shares everything it does not change.
 */
export class TaxBenefitSystem {
  readonly name: string;
  readonly version: string;
  readonly entities: ReadonlyMap<string, EntityDefinition>;
  readonly variables: ReadonlyMap<string, Variable>;
  readonly parameters: ParameterNode;
  private readonly leafCache = new Map<string, Parameter>();
  private readonly entryCache = new Map<string, ParameterEntry>();
  private hashCache: string | undefined;

  constructor(def: SystemDefinition) {
    this.name = def.name;
    this.version = def.version;
    this.entities = new Map(def.entities.map((e) => [e.key, e]));
    const variables = new Map<string, Variable>();
    for (const v of def.variables) {
      if (variables.has(v.id)) throw new DefinitionError(`variable '${v.id}' is defined twice`);
      if (!this.entities.has(v.entity)) throw new DefinitionError(`variable '${v.id}': unknown entity '${v.entity}'`);
      variables.set(v.id, v);
    }
    for (const e of def.entities) {
      for (const [name, link] of Object.entries(e.links ?? {})) {
        if (!this.entities.has(link.entity))
          throw new DefinitionError(`entity '${e.key}': link '${name}' to unknown entity '${link.entity}'`);
      }
    }
    for (const v of variables.values()) {
      if (v.dateVariable === undefined) continue;
      const d = variables.get(v.dateVariable);
      if (d === undefined || d.entity !== v.entity || d.valueType !== 'date') {
        throw new DefinitionError(`variable '${v.id}': dateVariable '${v.dateVariable}' is not a date variable of ${v.entity}`);
      }
    }
    this.variables = variables;
    this.parameters = def.parameters;
  }

  /** The variable `id`; throws {@link UnknownVariableError}. */
  variable(id: string): Variable {
    const v = this.variables.get(id);
    if (v === undefined) throw new UnknownVariableError(id);
    return v;
  }

  entity(key: string): EntityDefinition {
    const e = this.entities.get(key);
    if (e === undefined) throw new DefinitionError(`unknown entity '${key}'`);
    return e;
  }

  /** The leaf parameter at `path`; throws when the path is not a leaf. */
  parameter(path: string): Parameter {
    let leaf = this.leafCache.get(path);
    if (leaf === undefined) {
      const item = this.parameters.get(path);
      if (item.kind !== 'parameter') throw new DefinitionError(`'${path}' is a ${item.kind}, not a single parameter`);
      leaf = item;
      this.leafCache.set(path, leaf);
    }
    return leaf;
  }

  /** The entry of parameter `path` in force on `instant` (cached). */
  parameterAt(path: string, instant: Instant): ParameterEntry {
    const key = `${path}@${instant}`;
    let entry = this.entryCache.get(key);
    if (entry === undefined) {
      entry = this.parameter(path).at(instant);
      this.entryCache.set(key, entry);
    }
    return entry;
  }

  /**
   * A short hash of every parameter value and reference: stored with results so that a result can be
   * traced to the exact rules that produced it, and re-run when they change.
   */
  get parameterHash(): string {
    if (this.hashCache === undefined) {
      const h = createHash('sha256');
      for (const leaf of this.parameters.leaves()) h.update(JSON.stringify([leaf.path, leaf.entries]));
      this.hashCache = h.digest('hex').slice(0, 16);
    }
    return this.hashCache;
  }

  /** Builds a derived system (used by reforms). */
  derive(changes: { name: string; variables?: ReadonlyMap<string, Variable>; parameters?: ParameterNode }): TaxBenefitSystem {
    return new TaxBenefitSystem({
      name: changes.name,
      version: this.version,
      entities: [...this.entities.values()],
      variables: [...(changes.variables ?? this.variables).values()],
      parameters: changes.parameters ?? this.parameters,
    });
  }
}
