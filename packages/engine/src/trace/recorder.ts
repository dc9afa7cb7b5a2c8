import type { ParameterEntry, ParameterUnit } from '../parameters/parameter.ts';
import type { Instant } from '../periods/instant.ts';
import type { Period } from '../periods/period.ts';
import type { Labels } from '../text/labels.ts';

/** One parameter value a formula read. `where` limits it to the members whose key column holds `value`. */
export interface ParameterAccess {
  readonly path: string;
  readonly instant: Instant;
  readonly entry: ParameterEntry;
  readonly unit?: ParameterUnit;
  readonly label?: Labels;
  readonly where?: { readonly column: ArrayLike<number> | readonly string[]; readonly value: number | string };
}

/** One (variable, period) the evaluation went through, with what it read. */
export interface NodeRecord {
  readonly key: string;
  readonly entity: string;
  readonly variable: string;
  readonly period: Period;
  kind: 'formula' | 'input' | 'default';
  /** Start date of the dated formula used. */
  formulaFrom?: Instant;
  readonly deps: string[];
  readonly params: ParameterAccess[];
  /** Whether the formula read through a link or aggregated members of another entity. */
  crossesEntities: boolean;
}

/**
 * Records the evaluation graph while a simulation runs: used to explain results (trace) and to
 * compile plans (the exit order is a topological order of the dependencies).
 */
export class Recorder {
  readonly nodes = new Map<string, NodeRecord>();
  /** Keys in the order their computation finished. */
  readonly order: string[] = [];
  private readonly stack: NodeRecord[] = [];

  /** Notes that the node on top of the stack read `key`. */
  dependency(key: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.deps.includes(key)) top.deps.push(key);
  }

  enter(key: string, entity: string, variable: string, period: Period): NodeRecord {
    const node: NodeRecord = { key, entity, variable, period, kind: 'formula', deps: [], params: [], crossesEntities: false };
    this.nodes.set(key, node);
    this.stack.push(node);
    return node;
  }

  exit(): void {
    const node = this.stack.pop();
    if (node) this.order.push(node.key);
  }

  /** Abandons the node on top (its computation failed). */
  abort(): void {
    const node = this.stack.pop();
    if (node) this.nodes.delete(node.key);
  }

  parameter(access: ParameterAccess): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    // A formula reading the same value again (e.g. month by month) is listed once.
    const again = top.params.some((p) => p.path === access.path && p.entry === access.entry && p.where?.value === access.where?.value);
    if (!again) top.params.push(access);
  }

  crossEntity(): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.crossesEntities = true;
  }
}
