import { DefinitionError } from '../errors.ts';
import type { Parameter, ParameterMetadata } from './parameter.ts';
import type { Scale } from './scale.ts';

export type ParameterTreeItem = ParameterNode | Parameter | Scale;

/** Most answers {@link ParameterNode.find} keeps (far more than the paths the policy asks). */
const MAX_ASKED = 10_000;

/** An inner node of the parameter tree (a folder, or a mapping in a YAML file). */
export class ParameterNode {
  readonly kind = 'node';
  constructor(
    readonly path: string,
    readonly metadata: ParameterMetadata,
    readonly children: ReadonlyMap<string, ParameterTreeItem>,
  ) {}

  /**
   * Paths asked below this node, found or not: formulas and traces ask the same paths on every evaluation
   * (an entitlements assessment asks ~140, a third of them absent: the size standard sets no bound for some
   * indicators), and splitting a path to walk the tree was a tenth of an assessment. The tree does not
   * change once built (a reform makes a new one), so an answer stays true. Bounded: paths asked from
   * outside (the parameters route) could otherwise grow it without end.
   */
  #asked: Map<string, ParameterTreeItem | null> | undefined;

  /** The item at a dotted path below this node, e.g. `tax.cit.general_rate`; undefined when absent. */
  find(path: string): ParameterTreeItem | undefined {
    if (path === '') return this;
    const known = this.#asked?.get(path);
    if (known !== undefined) return known ?? undefined;
    let item: ParameterTreeItem | undefined = this;
    for (const part of path.split('.')) {
      if (item?.kind !== 'node') {
        item = undefined;
        break;
      }
      item = item.children.get(part);
    }
    this.#asked ??= new Map();
    if (this.#asked.size >= MAX_ASKED) this.#asked.clear();
    this.#asked.set(path, item ?? null);
    return item;
  }

  /** Like {@link find} but throws a {@link DefinitionError} naming the missing path. */
  get(path: string): ParameterTreeItem {
    const item = this.find(path);
    if (item === undefined) throw new DefinitionError(`no parameter '${path}' below '${this.path || '(root)'}'`);
    return item;
  }

  /** Every leaf parameter below this node, depth first, in file order. */
  *leaves(): Generator<Parameter> {
    for (const child of this.children.values()) {
      if (child.kind === 'parameter') yield child;
      else if (child.kind === 'node') yield* child.leaves();
      else {
        for (const b of child.brackets) {
          yield b.threshold;
          if (b.rate) yield b.rate;
          if (b.amount) yield b.amount;
        }
      }
    }
  }

  /** A copy of this tree in which the leaves at the given paths are replaced (used by reforms). */
  withLeaves(replacements: ReadonlyMap<string, Parameter>): ParameterNode {
    const children = new Map<string, ParameterTreeItem>();
    let changed = false;
    for (const [name, child] of this.children) {
      let next: ParameterTreeItem = child;
      if (child.kind === 'parameter') next = replacements.get(child.path) ?? child;
      else if (child.kind === 'node') next = child.withLeaves(replacements);
      if (next !== child) changed = true;
      children.set(name, next);
    }
    return changed ? new ParameterNode(this.path, this.metadata, children) : this;
  }
}
