import type { FormulaContext } from '../../../model-api.ts';
import { requireNotAbove } from '../column-checks.ts';

/**
 * A budget unit's procurement budget and the amounts reserved, checked for consistency: the part for
 * small and micro enterprises is part of the SME set-aside, which is part of the budget.
 */
export function reservedAmounts(ctx: FormulaContext): { budget: Float64Array; sme: Float64Array; smallMicro: Float64Array } {
  const budget = ctx.number('budget_unit_procurement_budget');
  const sme = ctx.number('budget_unit_sme_reserved');
  const smallMicro = ctx.number('budget_unit_small_micro_reserved');
  requireNotAbove(ctx, sme, budget, 'the amount reserved for SMEs exceeds the annual procurement budget');
  requireNotAbove(ctx, smallMicro, sme, 'the amount reserved for small and micro enterprises exceeds the amount reserved for SMEs');
  return { budget, sme, smallMicro };
}

/** Amounts awarded in the year, checked: the small/micro part is part of the SME amount. */
export function awardedAmounts(ctx: FormulaContext): { budget: Float64Array; sme: Float64Array; smallMicro: Float64Array } {
  const budget = ctx.number('budget_unit_procurement_budget');
  const sme = ctx.number('budget_unit_sme_awarded');
  const smallMicro = ctx.number('budget_unit_small_micro_awarded');
  requireNotAbove(ctx, smallMicro, sme, 'the amount awarded to small and micro enterprises exceeds the amount awarded to SMEs');
  return { budget, sme, smallMicro };
}
