import { ParameterNotFoundError, PeriodError, Plan, type TaxBenefitSystem } from '@xiaowei/engine';
import { CliError } from './cli-error.ts';
import { messageLabels } from './messages.ts';

/** Edit distance between two ids (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The ids nearest to a mistyped one (a part of the name counts as near), at most `count`. */
function closest(name: string, ids: readonly string[], count = 5): string[] {
  const score = (id: string) => (id.includes(name) ? 0 : distance(name, id));
  return [...ids].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, count);
}

/** Turns an engine error about the period (outside the encoded rules, or not a period) into a one-line user error. */
export function periodFailure(e: unknown, period: string): unknown {
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) {
    return new CliError(messageLabels('period_error', { period, detail: e.message }));
  }
  return e;
}

/**
 * Compiles a plan for `outputs` of `entity` at `period`, checking the names first so that a typo or a
 * period outside the encoded rules is a clear one-line {@link CliError}, not a stack trace.
 * @example compilePlan(getSystem(), 'enterprise', '2015', ['corporate_income_tax']).inputs
 */
export function compilePlan(system: TaxBenefitSystem, entity: string, period: string, outputs: readonly string[]): Plan {
  if (!system.entities.has(entity)) {
    throw new CliError(messageLabels('unknown_entity', { name: entity, known: [...system.entities.keys()].join(', ') }));
  }
  if (outputs.length === 0) throw new CliError(messageLabels('no_variables'));
  for (const id of outputs) {
    const variable = system.variables.get(id);
    if (variable === undefined) {
      const known = [...system.variables.values()].filter((v) => v.entity === entity).map((v) => v.id);
      throw new CliError(messageLabels('unknown_variable', { name: id, entity, closest: closest(id, known).join(', ') }));
    }
    if (variable.entity !== entity) throw new CliError(messageLabels('wrong_entity', { name: id, actual: variable.entity, entity }));
  }
  try {
    return Plan.compile(system, { entity, period, outputs });
  } catch (e) {
    throw periodFailure(e, period);
  }
}

/** Input variables the plan reads that records must give (`required` in their definition). */
export function requiredInputs(plan: Plan): string[] {
  return [...new Set(plan.inputs.filter((input) => input.variable.required).map((input) => input.variable.id))];
}
