import { formatMoneyGrouped } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';

/**
 * Exempt turnover can only be valued with the enterprise's business-tax rate (an input, 0 = not given):
 * stops at the first member with exempt turnover and no rate, rather than counting the saving as 0.
 */
export function requireBusinessTaxRate(ctx: FormulaContext, exempt: Uint8Array, turnover: Float64Array, rate: Float64Array): void {
  const { and, eq, gt } = vector;
  failWhere(
    ctx,
    and(exempt, gt(turnover, 0), eq(rate, 0)),
    (row) =>
      `exempt turnover of ${formatMoneyGrouped(turnover[row])} yuan in ${ctx.period.key} needs business_tax_rate (the rate of its taxable item) to be valued`,
  );
}
