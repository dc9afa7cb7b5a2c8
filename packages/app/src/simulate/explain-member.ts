import { explain, type Period, Simulation, type TaxBenefitSystem, type TraceNode } from '@xiaowei/engine';
import { populationOf, type SimulationInput, sliceColumns } from './simulation-input.ts';
import type { SimulationPlans } from './simulation-plans.ts';

/** One entitlement of one enterprise that the reform changes, explained under both systems. */
export interface ChangedEntitlement {
  readonly measure: string;
  /** The entitlement's value variable. */
  readonly variable: string;
  readonly baseline: TraceNode;
  readonly reform: TraceNode;
}

function traced(system: TaxBenefitSystem, period: Period, input: SimulationInput, index: number): Simulation {
  const population = populationOf(system, period, sliceColumns(input.columns, index, index + 1), 1, [input.ids[index]]);
  return new Simulation(system, population, { trace: true });
}

/**
 * Why member `index`'s support changes: the traces, under the baseline and the reform, of each entitlement
 * whose eligibility or value differs (a traced simulation of that member alone, on the same inputs). The
 * whole package's trace holds every measure; these hold only what changed, so twenty of them stay readable.
 */
export function explainChange(plans: SimulationPlans, input: SimulationInput, index: number): ChangedEntitlement[] {
  const base = traced(plans.baseline, plans.period, input, index);
  const reform = traced(plans.reform, plans.period, input, index);
  const at = (sim: Simulation, id: string) => sim.calculate(id, plans.period)[0];
  const changed = plans.entitlements.filter(
    (e) => at(base, e.eligible) !== at(reform, e.eligible) || at(base, e.value) !== at(reform, e.value),
  );
  const shown = changed.length > 0 ? changed : [{ measure: '', value: 'total_support_value' }];
  return shown.map((e) => ({
    measure: e.measure,
    variable: e.value,
    baseline: explain(base, e.value, plans.period, 0),
    reform: explain(reform, e.value, plans.period, 0),
  }));
}
