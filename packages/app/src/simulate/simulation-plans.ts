import { MissingValueError, type Parameter, Period, Population, Simulation, type TaxBenefitSystem } from '@xiaowei/engine';
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
  /**
   * What the reform changes, when a value it leaves alone can be taken from the baseline (see
   * {@link reformDifference}); undefined when it cannot be proven, and both systems compute everything.
   */
  readonly difference?: ReformDifference;
}

/** The parameter leaves and variables whose definitions differ between the baseline and the reform. */
export interface ReformDifference {
  readonly leaves: ReadonlySet<string>;
  readonly variables: ReadonlySet<string>;
}

/** The days from which a leaf has a value and from which it has none, in order (before the first entry: none). */
function coverage(leaf: Parameter): string[] {
  const out: string[] = [];
  let present = false;
  for (const e of leaf.entries) {
    const has = e.value !== null;
    if (has !== present) out.push(`${e.start}${has ? '+' : '-'}`);
    present = has;
  }
  return out;
}

/**
 * The leaves and variables the reform replaced (a reform shares every unchanged leaf and variable object with
 * its baseline, so identity is a proof of sameness). A value computed under the baseline is then also the
 * reform's when neither its formula nor any parameter it read nor any value it read differs — which a trace of
 * the baseline shows, provided every look-up that could read a changed leaf is recorded. Look-ups that find no
 * value are not recorded (a regional rate a region has none of), so a changed leaf must have a value on exactly
 * the same days in both systems; otherwise, or when the trees differ, undefined.
 */
export function reformDifference(baseline: TaxBenefitSystem, reform: TaxBenefitSystem): ReformDifference | undefined {
  const leaves = new Set<string>();
  // Both trees walked in step: a reform replaces leaves in place, so the same position holds the same path.
  const theirs = reform.parameters.leaves();
  for (const leaf of baseline.parameters.leaves()) {
    const next = theirs.next();
    if (next.done || next.value.path !== leaf.path) return undefined;
    if (next.value === leaf) continue;
    if (coverage(next.value).join() !== coverage(leaf).join()) return undefined;
    leaves.add(leaf.path);
  }
  if (!theirs.next().done) return undefined;
  const variables = new Set<string>();
  for (const [id, v] of reform.variables) if (baseline.variables.get(id) !== v) variables.add(id);
  for (const id of baseline.variables.keys()) if (!reform.variables.has(id)) variables.add(id);
  return { leaves, variables };
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
  const difference = reformDifference(baseline, reform);
  return {
    period: p,
    baseline,
    reform,
    entitlements,
    measures: [...new Set(entitlements.map((e) => e.measure))],
    outputs,
    ...(difference ? { difference } : {}),
  };
}
