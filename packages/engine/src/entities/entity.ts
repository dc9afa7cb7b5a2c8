import { DefinitionError } from '../errors.ts';
import type { Labels } from '../text/labels.ts';

/** A link from each member of one entity to one member of another (a bid → its tender). */
export interface LinkDefinition {
  /** Key of the entity linked to. */
  readonly entity: string;
  readonly label: Labels;
  /** Whether every member must have the link set. */
  readonly required?: boolean;
}

/**
 * A kind of thing the law applies to: an enterprise, an individual, a bid, a loan contract…
 * Entities may link to others; the engine projects values along links and aggregates over members.
 */
export interface EntityDefinition {
  readonly key: string;
  /** Name of a collection of this entity in inputs and YAML tests (`enterprises`). */
  readonly plural: string;
  readonly label: Labels;
  readonly links?: Readonly<Record<string, LinkDefinition>>;
}

/**
 * Declares an entity.
 * @example defineEntity({ key: 'bid', plural: 'bids', label, links: { tender: { entity: 'tender', label } } })
 */
export function defineEntity(definition: EntityDefinition): EntityDefinition {
  if (!/^[a-z][a-z0-9_]*$/.test(definition.key)) throw new DefinitionError(`entity key '${definition.key}' must be snake_case`);
  return definition;
}
