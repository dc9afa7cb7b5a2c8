import { toRational, vector } from '@xiaowei/engine';

/**
 * Money (fen) × a rate that differs by member (each contract's rate on its signing date, each
 * enterprise's business-tax rate), rounded once to the fen, half away from zero (ADR 0001).
 * @example mulRates(amounts, ctx.paramAtDates('tax.stamp_duty.loan_contract.rate', signed))
 */
export function mulRates(money: Float64Array, rates: Float64Array): Float64Array {
  const num = vector.fill(money.length, 0);
  const den = vector.fill(money.length, 1);
  for (let i = 0; i < money.length; i++) {
    const [n, d] = toRational(rates[i]);
    num[i] = n;
    den[i] = d;
  }
  return vector.mulRatio(money, num, den);
}
