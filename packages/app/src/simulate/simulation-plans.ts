import { MissingValueError, Period, Population, Simulation, type TaxBenefitSystem } from '@xiaowei/engine';
import { activeEntitlements, ENTITLEMENTS, type Entitlement } from '@xiaowei/policy';

/** The outputs every simulation reads besides the entitlements: the total and the groups of the breakdown. */
export const GROUP_OUTPUTS = ['total_support_value', 'size_class', 'industry_group'] as const;

/** Baseline and reform prepared for a period, reading the same outputs. */
export interface SimulationPlans {
  readonly period: Period;
  readonly baseline: TaxBenefitSystem;
  readonly reform: TaxBenefitSystem;
  /** The entitlements encoded for the period under both systems. */
  readonly entitlements: readonly Entitlement[];
  /** The measures of those entitlements, in catalogue order. */
  readonly measures: readonly string[];
  /** Every variable computed for each enterprise under both systems. */
  readonly outputs: readonly string[];
}

/**
 * Prepares the baseline and the reform for `period`: every entitlement's eligibility and value, the whole
 * package and the breakdown groups. Each system is tried on an empty population first, so a period outside
 * the encoded rules fails here, once, and not for every enterprise. Simulations, not compiled plans, evaluate
 * them: an entitlement may read linked entities (loan contracts), which plans do not.
 */
export function compileSimulation(baseline: TaxBenefitSystem, reform: TaxBenefitSystem, period: Period | string | number): SimulationPlans {
  const p = Period.parse(period);
  const inReform = new Set(activeEntitlements(ENTITLEMENTS, reform.variables, p));
  const entitlements = activeEntitlements(ENTITLEMENTS, baseline.variables, p).filter((e) => inReform.has(e));
  const outputs = [...new Set([...GROUP_OUTPUTS, ...entitlements.flatMap((e) => [e.eligible, e.value])])];
  for (const system of [baseline, reform]) {
    const empty = new Population(system);
    empty.addEntity('enterprise', 0);
    const sim = new Simulation(system, empty);
    for (const id of outputs) {
      try {
        sim.calculate(id, p);
      } catch (e) {
        // No member lacks a figure in an empty population; anything else is the period or the rules.
        if (!(e instanceof MissingValueError)) throw e;
      }
    }
  }
  return { period: p, baseline, reform, entitlements, measures: [...new Set(entitlements.map((e) => e.measure))], outputs };
}
