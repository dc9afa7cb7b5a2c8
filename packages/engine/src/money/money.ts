/**
 * Money is held as an integer number of minor units (fen: 1 yuan = 100 fen) in a float64.
 * Float64 holds every integer up to 2^53 exactly, so amounts up to about 9 × 10^13 yuan are exact;
 * arithmetic that could leave the integers (rates, proportions) goes through {@link mulRational},
 * which rounds once, half away from zero, to the fen. See docs/adr/0001-money-and-rounding.md.
 */
export const MINOR_PER_MAJOR = 100;
/** Largest amount (in yuan) accepted as input: keeps every fen amount and product exact. */
export const MAX_MONEY_MAJOR = 10 ** 13;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a yuan amount written as a decimal (string or number) into fen, exactly.
 * Returns undefined for text that is not a plain decimal with at most two decimals, or is too large.
 * @example parseMoney('399999999.99') // 39999999999
 */
export function parseMoney(value: string | number): number | undefined {
  if (typeof value === 'number') {
    // A number with at most two decimals is the float nearest to fen / 100, so this test is exact.
    if (!Number.isFinite(value) || Math.abs(value) > MAX_MONEY_MAJOR) return undefined;
    const fen = Math.round(value * MINOR_PER_MAJOR);
    return fen / MINOR_PER_MAJOR === value ? (fen === 0 ? 0 : fen) : undefined;
  }
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim().replace(/,/g, '');
  if (text === undefined) return undefined;
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return undefined;
  const whole = Number(m[2]);
  if (whole > MAX_MONEY_MAJOR) return undefined;
  const fen = whole * MINOR_PER_MAJOR + Number(frac.padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** Shortest decimal text of a finite number without exponent, or undefined if it needs one. */
export function numberToPlainString(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const s = String(n);
  return /e/i.test(s) ? undefined : s;
}

/**
 * Yuan text of a fen amount, with no trailing zeros in the decimals: 123450 → "1234.5".
 * The text, read as a JSON number, is exactly the fen amount divided by 100.
 */
export function formatMoney(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  const whole = Math.floor(a / MINOR_PER_MAJOR);
  const cents = a - whole * MINOR_PER_MAJOR;
  if (cents === 0) return `${sign}${whole}`;
  const frac = String(cents).padStart(2, '0').replace(/0$/, '');
  return `${sign}${whole}.${frac}`;
}

/** Yuan with thousands separators and two decimals, for people: 1234567 fen → "12,345.67". */
export function formatMoneyGrouped(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  const whole = Math.floor(a / MINOR_PER_MAJOR);
  const cents = String(a - whole * MINOR_PER_MAJOR).padStart(2, '0');
  return `${sign}${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/**
 * An exact fraction `num / den` for a decimal rate such as 0.2 or 0.00005 (read from YAML as a float):
 * the shortest decimal text of a float is the literal that was written, so the fraction is exact.
 */
export function toRational(rate: number): readonly [number, number] {
  let r = rationals.get(rate);
  if (r === undefined) {
    r = computeRational(rate);
    if (rationals.size < 10_000) rationals.set(rate, r);
  }
  return r;
}

const rationals = new Map<number, readonly [number, number]>();

function computeRational(rate: number): readonly [number, number] {
  let s = numberToPlainString(rate);
  if (s === undefined) s = rate.toFixed(15).replace(/0+$/, '');
  const negative = s.startsWith('-');
  const [w, f = ''] = (negative ? s.slice(1) : s).split('.');
  const den = 10 ** f.length;
  const num = Number(w) * den + Number(f || '0');
  return [negative ? -num : num, den];
}

/**
 * `amount × num / den`, rounded once to an integer (half away from zero), exactly.
 * `amount` is an integer below 2^53; `num × den` must stay below 2^53 (rates with up to 7 decimals).
 * @example mulRational(5, 1, 10) // 1   (0.5 fen rounds up)
 */
export function mulRational(amount: number, num: number, den: number): number {
  const negative = amount < 0 !== num < 0;
  const a = Math.abs(amount);
  const p = Math.abs(num);
  const product = a * p;
  if (product <= Number.MAX_SAFE_INTEGER) {
    // The product is an exact integer: one division, corrected, then the half-away rounding.
    let w = Math.floor(product / den);
    let rem = product - w * den;
    if (rem < 0) {
      w -= 1;
      rem += den;
    } else if (rem >= den) {
      w += 1;
      rem -= den;
    }
    if (2 * rem >= den) w += 1;
    return negative && w !== 0 ? -w : w;
  }
  let q = Math.floor(a / den);
  let r = a - q * den;
  // a / den is rounded to the nearest float; correct the quotient so that 0 <= r < den holds exactly.
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  const t = r * p;
  let w = Math.floor(t / den);
  let rem = t - w * den;
  if (rem < 0) {
    w -= 1;
    rem += den;
  } else if (rem >= den) {
    w += 1;
    rem -= den;
  }
  if (2 * rem >= den) w += 1;
  const result = q * p + w;
  return negative && result !== 0 ? -result : result;
}
