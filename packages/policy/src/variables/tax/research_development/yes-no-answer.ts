import { type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';

/**
 * An answer the user must give where a rule depends on it: `unknown` (not given) is the default, so a
 * missing answer stops the rule that needs it with the field's name instead of counting as "no".
 */
export const YES_NO_UNKNOWN = ['unknown', 'yes', 'no'] as const;
const UNKNOWN = YES_NO_UNKNOWN.indexOf('unknown');
const YES = YES_NO_UNKNOWN.indexOf('yes');

/** 1 where the answer to `id` is yes; an error naming `id` for a member that did not answer. */
export function answeredYes(ctx: FormulaContext, id: string, why: string): Uint8Array {
  const answer = ctx.enum(id);
  failWhere(ctx, vector.enumIs(answer, UNKNOWN), () => `${id} is not given (yes or no): ${why}`);
  return vector.enumIs(answer, YES);
}
