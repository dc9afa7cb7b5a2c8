/**
 * After a write to a unit's year (its budget, a project, an award), the policy must still be able to
 * decide the year: a project list that reserves more than the budget is refused with the policy's
 * reason, inside the write's transaction, so the write rolls back and nothing is stored. A year the
 * rules do not cover (before 2012, after 2019) may be recorded; its status says so.
 */

import { evaluateSetAside } from '@xiaowei/app';
import { getSystem } from '@xiaowei/policy';
import type { StoreContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { unitYearAmounts } from './unit-year-amounts.ts';

export async function checkUnitYear(tx: StoreContext, unitId: string, year: number, field: string): Promise<void> {
  const amounts = await unitYearAmounts(tx.db, unitId, year);
  const [decision] = evaluateSetAside(getSystem(), year, [amounts]);
  if (!decision.computable && decision.problem.code === 'inconsistent') throw new ValidationError(field, decision.problem.message);
}
