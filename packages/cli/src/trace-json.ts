import type { Simulation, TraceNode } from '@xiaowei/engine';
import { moneyJson } from './cells.ts';
import type { JsonValue } from './json-text.ts';

/**
 * The trace as JSON data with money values written exactly: the engine's trace holds yuan as floats,
 * so each money value is taken again, in fen, from the simulation.
 */
export function traceJson(sim: Simulation, node: TraceNode, i: number): JsonValue {
  const variable = sim.system.variable(node.variable);
  const raw =
    variable.valueType === 'money' || variable.valueType === 'number' ? (sim.calculate(node.variable, node.period)[i] as number) : 0;
  // An absent input (no default, not given) is null in the trace, never 0.
  const value = Number.isNaN(raw) ? null : variable.valueType === 'money' ? moneyJson(raw) : node.value;
  const children = node.children.map((child) => traceJson(sim, child, i));
  return { ...(node as unknown as Record<string, JsonValue>), value, children };
}
