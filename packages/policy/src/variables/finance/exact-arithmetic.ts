/**
 * Exact arithmetic for the finance formulas that the vector helpers do not offer.
 *
 * Bank balances reach 10^15 fen (10^13 yuan, the largest accepted amount). Comparing two growth rates
 * without division multiplies two balances (up to 10^30), and summing several balances × rates over a
 * common denominator can pass 2^53 (≈ 9 × 10^15), the last integer a float64 holds exactly. These helpers
 * therefore work member by member in BigInt and hand back ordinary columns from the vector allocator.
 * Banks number in the thousands, not millions, so the cost of BigInt does not matter here.
 */
import { toRational, vector } from '@xiaowei/engine';

/**
 * 1 where a × b ≥ c × d, computed exactly (all four integer columns, e.g. balances in fen).
 * @example productAtLeast(smallNow, allLastYear, allNow, smallLastYear) // s1·a0 ≥ a1·s0
 */
export function productAtLeast(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): Uint8Array {
  const out = vector.fillBool(a.length, false);
  for (let i = 0; i < a.length; i++) {
    out[i] = BigInt(a[i]) * BigInt(b[i]) >= BigInt(c[i]) * BigInt(d[i]) ? 1 : 0;
  }
  return out;
}

/**
 * Σ amounts[k] × rates[k] in fen, computed as one exact fraction over the rates' common denominator and
 * rounded once to the fen, half away from zero (ADR 0001) — not rounded category by category.
 * @example sumOfRates([specialMention, substandard], [0.02, 0.25])
 */
export function sumOfRates(amounts: readonly Float64Array[], rates: readonly number[]): Float64Array {
  const fractions = rates.map((r) => toRational(r));
  const den = fractions.reduce((acc, [, d]) => lcm(acc, BigInt(d)), 1n);
  const nums = fractions.map(([n, d]) => (BigInt(n) * den) / BigInt(d));
  const n = amounts[0]?.length ?? 0;
  const out = vector.fill(n, 0);
  for (let i = 0; i < n; i++) {
    let total = 0n;
    for (let k = 0; k < amounts.length; k++) total += BigInt(amounts[k][i]) * nums[k];
    let q = total / den;
    const r = total - q * den;
    // Half away from zero: |r| ≥ den / 2 moves the truncated quotient one fen away from zero.
    if (2n * (r < 0n ? -r : r) >= den) q += total < 0n ? -1n : 1n;
    out[i] = Number(q);
  }
  return out;
}

/** a / b where b ≠ 0, else `whenZero`: ratios for display (growth rates, shares), never for decisions. */
export function ratio(a: Float64Array, b: Float64Array, whenZero: number): Float64Array {
  const out = vector.fill(a.length, whenZero);
  for (let i = 0; i < a.length; i++) if (b[i] !== 0) out[i] = a[i] / b[i];
  return out;
}

/** The later of each day number and `day` (e.g. a contract's signing date and the first day of a year). */
export function laterDay(days: Int32Array, day: number): Int32Array {
  const out = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) out[i] = Math.max(days[i], day);
  return out;
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
