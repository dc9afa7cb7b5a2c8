/**
 * Regional parameters read per member, and their exact fractions. Local rules (a city's contribution
 * rates, a province's subsidy proportion) are parameters keyed by GB/T 2260 code (see region-code.ts);
 * members in different regions get different values, so the exact fraction that money is multiplied
 * by (ADR 0001: one rounding per amount) is a per-member column too. These helpers work on whole
 * columns, computing each distinct value once.
 */
import { type FormulaContext, type Instant, toRational, vector } from '@xiaowei/engine';
import { regionKeys } from './region-code.ts';

/** Marks a member without a value: regional rates, shares and amounts are never negative. */
export const MISSING = -1;

/**
 * Per-member value of the regional parameter `${node}.${key}.${suffix}` (or `${node}.${key}` when
 * `suffix` is empty) at `instant`, the key being each member's region code, else its prefecture,
 * province or `national` (the most specific level that has a value in force). `MISSING` where no
 * level has one; `known` marks the others.
 * @example regionalValue(ctx, 'employment.graduate_social_insurance_subsidy.regions', 'pension_rate', regions)
 */
export function regionalValue(
  ctx: FormulaContext,
  node: string,
  suffix: string,
  regions: readonly string[],
  instant?: Instant,
): { value: Float64Array; known: Uint8Array } {
  const levels = regionLevels(regions);
  let value = vector.fill(regions.length, MISSING);
  let known = vector.fillBool(regions.length, false);
  for (const keys of levels) {
    const found = ctx.paramByString(node, suffix, keys, MISSING, instant);
    value = vector.where(known, value, found);
    known = vector.or(known, vector.gte(found, 0));
  }
  return { value, known };
}

/**
 * The keys of each member at the four levels (code, prefecture, province, `national`; a shorter list repeats
 * its last key), worked out once per distinct code: a registry has far fewer regions than enterprises.
 */
function regionLevels(regions: readonly string[]): string[][] {
  const n = regions.length;
  const levels = [new Array<string>(n), new Array<string>(n), new Array<string>(n), new Array<string>(n)];
  const byCode = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const code = regions[i];
    let keys = byCode.get(code);
    if (keys === undefined) {
      keys = regionKeys(code);
      byCode.set(code, keys);
    }
    for (let level = 0; level < 4; level++) levels[level][i] = keys[Math.min(level, keys.length - 1)];
  }
  return levels;
}

/** The fraction of a member where any column is MISSING. */
const NOT_KNOWN = [0, 1] as const;

/**
 * Exact fractions num/den of `factor × Σ terms` per member, reduced; members where any column is
 * `MISSING` get 0/1. Each value is read back as the decimal it was written as (toRational), so
 * 60% × (18% + 9% + 2%) is exactly 174/1000 and money × it is rounded once.
 * @example exactFraction(share, [pension, medical, unemployment]) // { num: [174, …], den: [1000, …] }
 */
export function exactFraction(factor: Float64Array, terms: readonly Float64Array[]): { num: Float64Array; den: Float64Array } {
  const n = factor.length;
  const num = vector.fill(n, 0);
  const den = vector.fill(n, 1);
  const memo = new Map<string, readonly [number, number]>();
  const values = new Array<number>(terms.length + 1);
  // Members of one region come in runs and members without a value are common: neither needs a key.
  let previous: readonly [number, number] | undefined;
  for (let i = 0; i < n; i++) {
    let same = previous !== undefined;
    let missing = factor[i] < 0;
    if (values[0] !== factor[i]) same = false;
    values[0] = factor[i];
    for (let k = 0; k < terms.length; k++) {
      const v = terms[k][i];
      if (v < 0) missing = true;
      if (values[k + 1] !== v) same = false;
      values[k + 1] = v;
    }
    let fraction: readonly [number, number] | undefined;
    if (same) fraction = previous;
    else if (missing) fraction = NOT_KNOWN;
    else {
      const key = values.join('|');
      fraction = memo.get(key);
      if (fraction === undefined) {
        fraction = productOfSum(values[0], values.slice(1));
        memo.set(key, fraction);
      }
    }
    previous = fraction as readonly [number, number];
    num[i] = previous[0];
    den[i] = previous[1];
  }
  return { num, den };
}

/**
 * Exact fractions of a column of rates (e.g. a proportion given as an input): `exactFraction(rates, [1])`.
 * @example exactRate(Float64Array.of(0.3)) // { num: [3], den: [10] }
 */
export function exactRate(rates: Float64Array): { num: Float64Array; den: Float64Array } {
  return exactFraction(rates, [vector.fill(rates.length, 1)]);
}

/** factor × Σ terms as a reduced fraction (denominators are powers of ten: their lcm is the largest). */
function productOfSum(factor: number, terms: readonly number[]): readonly [number, number] {
  const [fn, fd] = toRational(factor);
  const parts = terms.map(toRational);
  const d = parts.reduce((acc, [, pd]) => Math.max(acc, pd), 1);
  const s = parts.reduce((acc, [pn, pd]) => acc + pn * (d / pd), 0);
  const num = fn * s;
  const den = fd * d;
  const g = gcd(num, den);
  return [num / g, den / g];
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x === 0 ? 1 : x;
}
