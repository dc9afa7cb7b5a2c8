import { explain, type Period, Simulation, type TaxBenefitSystem, type TraceNode } from '@xiaowei/engine';
import { populationOf, type SimulationInput, sliceColumns } from './simulation-input.ts';

/**
 * The trace of `variable` for member `index` of `input` under `system` (the baseline or the reform): a traced
 * simulation of that member alone, on the same inputs.
 */
export function explainMember(
  system: TaxBenefitSystem,
  period: Period,
  input: SimulationInput,
  index: number,
  variable = 'total_support_value',
): TraceNode {
  const population = populationOf(system, period, sliceColumns(input.columns, index, index + 1), 1, [input.ids[index]]);
  return explain(new Simulation(system, population, { trace: true }), variable, period, 0);
}
