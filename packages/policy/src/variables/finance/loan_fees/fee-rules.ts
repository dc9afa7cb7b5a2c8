import { dayNumber } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';
import { laterDay } from '../exact-arithmetic.ts';

/**
 * Contracts to which a rule of 银监发〔2011〕94号 art. 6 (as restated by Guofa [2012] No. 14 item 11)
 * applies in the year asked: the rule (boolean parameter `path`) is in force on the earliest day the
 * year's fees can have been charged — the later of the signing date and 1 January — the lender is a
 * financial institution, and the borrower is a small or micro enterprise (300号) in that year.
 *
 * The rules are encoded from 2012-04-19 only: a year whose fees may predate that day (2011, or a
 * contract signed before 19 April 2012 asked for 2012) is outside the encoded history and an error,
 * rather than being declared lawful.
 */
export function feeRuleApplies(ctx: FormulaContext, path: string): Uint8Array {
  const earliestCharge = laterDay(ctx.date('signed'), dayNumber(ctx.period.start));
  const borrower = ctx.link('borrower');
  return vector.and(
    vector.gte(ctx.paramAtDates(path, earliestCharge), 1),
    ctx.bool('lender_is_financial_institution'),
    borrower.present(),
    borrower.bool('is_small_or_micro'),
  );
}
