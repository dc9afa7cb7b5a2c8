/**
 * Scores are not money: they are floats. 财库〔2007〕2号 fixes no rounding of scores (the documents read are
 * silent; practice publishes two decimals, not encoded). Scores are rounded to {@link SCORE_DECIMALS}
 * decimals so that totals that are equal in decimal arithmetic (50 + 24 and 44 + 30) are equal floats
 * and tie, whatever the binary rounding of each step; ties are then broken by the rules of `bid_rank`.
 */
export const SCORE_DECIMALS = 9;
const SCALE = 10 ** SCORE_DECIMALS;

/** Scores rounded to {@link SCORE_DECIMALS} decimals. */
export function roundScores(scores: Float64Array): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = Math.round(scores[i] * SCALE) / SCALE;
  return out;
}

/**
 * Price score benchmark / price × weight (财库〔2007〕2号), rounded; 0 where `scored` is 0. Prices are fen;
 * a scored bid with a price of 0 cannot be scored and stops the calculation through `onZero`.
 */
export function priceScores(
  benchmark: Float64Array,
  price: Float64Array,
  weight: Float64Array,
  scored: Uint8Array,
  onZero: (row: number) => never,
): Float64Array {
  const n = price.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    if (price[i] <= 0) onZero(i);
    out[i] = (benchmark[i] * weight[i]) / price[i];
  }
  return roundScores(out);
}
