import { toRational } from '@xiaowei/engine';

/**
 * Exact comparisons of money amounts (integer fen) with a share of another amount: part / whole ≥ num / den
 * is decided as part × den ≥ whole × num, in integers. Fen amounts reach 10^15, so the products can pass
 * 2^53: those are compared as BigInts.
 */
export function atLeastRatio(part: Float64Array, whole: Float64Array, num: number, den: number): Uint8Array {
  const n = part.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const left = part[i] * den;
    const right = whole[i] * num;
    out[i] =
      Number.isSafeInteger(left) && Number.isSafeInteger(right)
        ? left >= right
          ? 1
          : 0
        : BigInt(part[i]) * BigInt(den) >= BigInt(whole[i]) * BigInt(num)
          ? 1
          : 0;
  }
  return out;
}

/** part / whole as a number for display (0 where whole is 0); decisions use {@link atLeastRatio}. */
export function shareOf(part: Float64Array, whole: Float64Array): Float64Array {
  const n = part.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = whole[i] === 0 ? 0 : part[i] / whole[i];
  return out;
}

/** Each rate as an exact decimal fraction num / den (den a power of ten), for `vector.mulRatio`. */
export function rateFractions(rates: Float64Array): { num: Float64Array; den: Float64Array } {
  const n = rates.length;
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  for (let i = 0; i < n; i++) [num[i], den[i]] = toRational(rates[i]);
  return { num, den };
}
