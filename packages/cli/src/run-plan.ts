import { type Column, FormulaError, type Plan } from '@xiaowei/engine';
import { InputError, type InputProblem } from './cli-error.ts';
import { periodFailure } from './compile-plan.ts';
import type { DecodedInput } from './decode-input.ts';
import { messageLabels } from './messages.ts';
import { planColumns } from './period-inputs.ts';

function member(columns: Readonly<Record<string, Column>>, i: number): Record<string, Column> {
  return Object.fromEntries(
    Object.entries(columns).map(([id, col]) => [id, Array.isArray(col) ? col.slice(i, i + 1) : col.subarray(i, i + 1)]),
  );
}

export function problemOf(e: FormulaError, row: number): InputProblem {
  // A figure the answer needs and the record does not give, or an input the law cannot take (a formula
  // that names the field and says why in every language): reported on that field.
  if (e.labels !== undefined) return { row, field: e.field ?? e.variable, message: e.labels };
  // The engine's message starts with "variable (period), member k: "; the row is given separately here.
  const detail = e.message.replace(/^.*?, member \d+: /, '');
  return { row, field: e.variable, message: messageLabels('formula_failed', { variable: e.variable, detail }) };
}

/**
 * Runs the plan over the decoded records. A formula that fails for a record is reported like a bad
 * row: the members are then run one by one to find every failing record, and an {@link InputError}
 * lists them all.
 * @example const outputs = runPlan(plan, input); // { size_class: Uint8Array, … }
 */
export function runPlan(plan: Plan, input: DecodedInput): Record<string, Column> {
  const columns = planColumns(plan, input);
  try {
    // FormulaError.row counts from the first record (the plan adds the chunk's offset).
    return plan.run(columns, input.n);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw periodFailure(e, plan.period.key);
    const problems: InputProblem[] = [];
    for (let i = 0; i < input.n; i++) {
      try {
        plan.run(member(columns, i), 1, 1);
      } catch (one) {
        if (!(one instanceof FormulaError)) throw one;
        problems.push(problemOf(one, input.rows[i]));
      }
    }
    if (problems.length === 0) problems.push(problemOf(e, input.rows[e.row ?? 0] ?? 0));
    throw new InputError(input.source, problems);
  }
}
