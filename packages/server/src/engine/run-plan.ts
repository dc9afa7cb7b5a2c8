import { type Column, FormulaError, type Plan } from '@xiaowei/engine';
import { type DecodedRecords, givenColumns, type RecordPlaces } from './decode-records.ts';
import { periodError } from './engine-service.ts';
import { cannotCompute, failureOf } from './linked-records.ts';

function member(columns: Readonly<Record<string, Column>>, i: number): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [id, col] of Object.entries(columns)) out[id] = Array.isArray(col) ? col.slice(i, i + 1) : col.subarray(i, i + 1);
  return out;
}

/**
 * Runs the plan over the decoded records (the fast path). A formula failing for a record is reported
 * like a bad value: the members are then run one by one to find every failing record, and
 * XW_ERR_CANNOT_COMPUTE lists them all.
 */
export function runPlan(plan: Plan, input: DecodedRecords, places: RecordPlaces): Record<string, Column> {
  const columns = givenColumns(input);
  try {
    return plan.run(columns, input.n);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw periodError(e, plan.period.key);
    const failures: ReturnType<typeof failureOf>[] = [];
    for (let i = 0; i < input.n; i++) {
      try {
        plan.run(member(columns, i), 1, 1);
      } catch (one) {
        if (!(one instanceof FormulaError)) throw periodError(one, plan.period.key);
        failures.push(failureOf(i, one));
      }
    }
    if (failures.length === 0) failures.push(failureOf(e.row ?? 0, e));
    throw cannotCompute(failures, places);
  }
}
