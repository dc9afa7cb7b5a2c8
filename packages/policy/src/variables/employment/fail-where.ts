import type { FormulaContext } from '../../model-api.ts';

/**
 * Stops the calculation at the first member where `bad` is 1, with a message about it: for values the
 * law leaves to local rules that are neither encoded nor given, where they are actually needed.
 * A check over the whole column, like `vector.encode`'s error callback.
 * @example failWhere(ctx, and(needed, not(known)), (row) => `no rates for region ${regions.at(row)}`)
 */
export function failWhere(ctx: FormulaContext, bad: Uint8Array, message: (row: number) => string): void {
  const row = bad.indexOf(1);
  if (row >= 0) ctx.fail(row, message(row));
}
