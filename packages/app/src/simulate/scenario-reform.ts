import {
  addDays,
  applyReform,
  type DatedFormula,
  formatMoney,
  type Instant,
  newColumn,
  type ParameterUpdate,
  type ReformSpec,
  type TaxBenefitSystem,
  type Variable,
} from '@xiaowei/engine';
import { ENTITLEMENTS } from '@xiaowei/policy';
import { copiedLeaves } from './parse-scenario.ts';
import type { Scenario, ScenarioChange } from './scenario.ts';

/** The formulas of `variable` with `replacement` in force from `from` to `until` (inclusive), its own before and after. */
function datedReplacement(
  variable: Variable,
  replacement: DatedFormula['formula'],
  from: Instant,
  until: Instant | undefined,
): DatedFormula[] {
  const own = variable.formulas ?? [];
  const inForce = (day: Instant) => own.filter((f) => f.from <= day).pop();
  const formulas: DatedFormula[] = own.filter((f) => f.from < from);
  formulas.push({ from, formula: replacement });
  if (until !== undefined) {
    const resume = addDays(until, 1);
    const resumed = inForce(resume);
    formulas.push({ from: resume, formula: resumed?.formula ?? null });
    formulas.push(...own.filter((f) => f.from > resume));
  }
  return formulas;
}

/** A formula giving every member the variable's zero: not eligible, worth nothing. */
function neutral(variable: Variable): DatedFormula['formula'] {
  return (ctx) => newColumn(variable.valueType, ctx.n, 0);
}

/**
 * The engine reform of a scenario: parameter changes become dated updates of their leaves (several changes of
 * one leaf apply in order); a measure switched off replaces the formulas of its entitlements' eligibility and
 * value by zero for the dates given (OpenFisca's "neutralised" variable, kept dated); a later document's values
 * become updates of every leaf under the path that had a value on the source day.
 */
export function scenarioReformSpec(system: TaxBenefitSystem, scenario: Scenario): ReformSpec {
  const parameters = new Map<string, ParameterUpdate[]>();
  const formulas = new Map<string, DatedFormula[]>();
  const update = (path: string, u: ParameterUpdate) => parameters.set(path, [...(parameters.get(path) ?? []), u]);
  const span = (c: ScenarioChange) => ({ start: c.from, ...(c.until ? { stop: c.until } : {}) });
  for (const change of scenario.changes) {
    if (change.kind === 'parameter') update(change.path, { ...span(change), value: change.value });
    else if (change.kind === 'copy_values') {
      const item = change.path === undefined ? system.parameters : system.parameters.get(change.path);
      const leaves = item.kind === 'parameter' ? [item] : item.kind === 'node' ? [...item.leaves()] : [];
      for (const leaf of copiedLeaves(leaves, change.source)) {
        const entry = leaf.entryAt(change.source);
        // Money is held in fen and written in yuan in updates, as in the law.
        const value =
          leaf.metadata.unit === 'currency' && typeof entry?.value === 'number' ? formatMoney(entry.value) : (entry?.value ?? null);
        update(leaf.path, { ...span(change), value });
      }
    } else {
      for (const e of ENTITLEMENTS.filter((x) => x.measure === change.measure)) {
        for (const id of [e.eligible, e.value]) {
          const variable = system.variable(id);
          const base = formulas.has(id) ? { ...variable, formulas: formulas.get(id) } : variable;
          formulas.set(id, datedReplacement(base, neutral(variable), change.from, change.until));
        }
      }
    }
  }
  return {
    name: scenario.name,
    ...(scenario.description ? { description: scenario.description } : {}),
    parameters: Object.fromEntries(parameters),
    formulas: Object.fromEntries(formulas),
  };
}

/** The reformed system of a scenario, built with the engine's `applyReform` (the baseline is untouched). */
export function scenarioSystem(system: TaxBenefitSystem, scenario: Scenario): TaxBenefitSystem {
  return applyReform(system, scenarioReformSpec(system, scenario));
}
