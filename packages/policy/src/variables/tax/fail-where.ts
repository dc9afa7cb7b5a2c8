import type { FormulaContext } from '../../model-api.ts';

/**
 * Stops the calculation at the first member where `bad` is 1, with `message(row)`: for what a formula
 * cannot express without looking at one member (a value the law does not allow, a rule not encoded).
 */
export function failWhere(ctx: FormulaContext, bad: Uint8Array, message: (row: number) => string): void {
  // The engine lists every member that fails, so a registry sets them all aside in one pass.
  ctx.failWhere(bad, message);
}
