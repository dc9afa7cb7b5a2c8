import type { FormulaContext } from '../../model-api.ts';

/**
 * Stops the calculation at the first member where `bad` is 1, with a message about it: for values the
 * law leaves to local rules that are neither encoded nor given, where they are actually needed.
 * A check over the whole column, like `vector.encode`'s error callback.
 * @example failWhere(ctx, and(needed, not(known)), (row) => `no rates for region ${regions.at(row)}`)
 */
export function failWhere(ctx: FormulaContext, bad: Uint8Array, message: (row: number) => string): void {
  // The engine lists every member that fails, so a registry sets them all aside in one pass.
  ctx.failWhere(bad, message);
}
