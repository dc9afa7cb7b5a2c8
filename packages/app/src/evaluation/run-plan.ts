import { type Column, FormulaError, type Plan } from '@xiaowei/engine';
import type { Problem } from '../problems/problem.ts';
import { RecordsError } from '../problems/records-error.ts';
import type { DecodedRecords } from '../records/decode-records.ts';
import { formulaProblem } from './formula-failure.ts';
import { periodError } from './period-error.ts';
import { planColumns } from './period-inputs.ts';

function member(columns: Readonly<Record<string, Column>>, i: number): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [id, col] of Object.entries(columns)) out[id] = Array.isArray(col) ? col.slice(i, i + 1) : col.subarray(i, i + 1);
  return out;
}

/**
 * Runs the plan over the decoded records (the fast path: one pass over columns). A formula that fails for
 * a record is reported like a bad row: the members are then run one by one to find every failing record,
 * and a `cannot-compute` {@link RecordsError} lists them all.
 * @example const outputs = runPlan(plan, input); // { size_class: Uint8Array, … }
 */
export function runPlan(plan: Plan, input: DecodedRecords): Record<string, Column> {
  const columns = planColumns(plan, input);
  try {
    // FormulaError.row counts from the first record (the plan adds the chunk's offset).
    return plan.run(columns, input.n);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw periodError(e, plan.period.key);
    const problems: Problem[] = [];
    for (let i = 0; i < input.n; i++) {
      try {
        plan.run(member(columns, i), 1, 1);
      } catch (one) {
        if (!(one instanceof FormulaError)) throw periodError(one, plan.period.key);
        problems.push(formulaProblem(one, input.rows[i]));
      }
    }
    if (problems.length === 0) problems.push(formulaProblem(e, input.rows[e.row ?? 0] ?? 0));
    throw new RecordsError('cannot-compute', input.source, problems);
  }
}
