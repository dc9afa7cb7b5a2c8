import type { Plan } from '@xiaowei/engine';
import { explain, Population, Simulation, type TraceNode } from '@xiaowei/engine';
import { moneyJson } from './cells.ts';
import { periodFailure } from './compile-plan.ts';
import type { DecodedInput } from './decode-input.ts';
import type { JsonValue } from './json-text.ts';
import { inputColumnAt } from './period-inputs.ts';

/**
 * A simulation of the plan's outputs over the decoded records with `trace: true`, for explanations.
 * Only inputs the records give are set, so the trace shows the others as defaults.
 */
export function tracedSimulation(plan: Plan, input: DecodedInput): Simulation {
  const population = new Population(plan.system);
  population.addEntity(plan.entity, input.n);
  for (const { variable, period } of plan.inputs) {
    // The same value at each period as the plan reads (period-inputs.ts), so the trace explains that answer.
    const col = inputColumnAt(input, variable, period, plan.period);
    if (col !== undefined) population.setInput(variable.id, period, col);
  }
  return new Simulation(plan.system, population, { trace: true });
}

/** The trace of `id` for member `i`. */
export function traceOf(sim: Simulation, id: string, period: string, i: number): TraceNode {
  try {
    return explain(sim, id, period, i);
  } catch (e) {
    throw periodFailure(e, period);
  }
}

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
