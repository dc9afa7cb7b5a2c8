/**
 * The vector helpers formula authors use (PolicyEngine's "model API" idea): every function takes and
 * returns whole columns, so a formula has no per-member control flow and the same code serves one
 * enterprise and ten million. Booleans are Uint8Array of 0/1. Results come from the current
 * {@link allocator}; inputs are never modified.
 */
import { mulRational, toRational } from '../money/money.ts';
import { allocator } from './arena.ts';

export type Num = Float64Array;
export type Bool = Uint8Array;
/** Columns that can be compared with numbers: numbers, money (fen) and dates (day numbers). */
export type Numeric = Float64Array | Int32Array;
type NumLike = Float64Array | number;
type U8Like = Uint8Array | number;

/** A column of `n` copies of `value`. */
export function fill(n: number, value: number): Num {
  return allocator().f64(n).fill(value);
}

/** A boolean column of `n` copies of `value`. */
export function fillBool(n: number, value: boolean): Bool {
  return allocator()
    .u8(n)
    .fill(value ? 1 : 0);
}

function compare(a: Numeric, b: Numeric | number, op: 0 | 1 | 2 | 3 | 4): Bool {
  const n = a.length;
  const out = allocator().u8(n);
  if (typeof b === 'number') {
    switch (op) {
      case 0:
        for (let i = 0; i < n; i++) out[i] = a[i] >= b ? 1 : 0;
        break;
      case 1:
        for (let i = 0; i < n; i++) out[i] = a[i] > b ? 1 : 0;
        break;
      case 2:
        for (let i = 0; i < n; i++) out[i] = a[i] <= b ? 1 : 0;
        break;
      case 3:
        for (let i = 0; i < n; i++) out[i] = a[i] < b ? 1 : 0;
        break;
      case 4:
        for (let i = 0; i < n; i++) out[i] = a[i] === b ? 1 : 0;
        break;
    }
  } else {
    switch (op) {
      case 0:
        for (let i = 0; i < n; i++) out[i] = a[i] >= b[i] ? 1 : 0;
        break;
      case 1:
        for (let i = 0; i < n; i++) out[i] = a[i] > b[i] ? 1 : 0;
        break;
      case 2:
        for (let i = 0; i < n; i++) out[i] = a[i] <= b[i] ? 1 : 0;
        break;
      case 3:
        for (let i = 0; i < n; i++) out[i] = a[i] < b[i] ? 1 : 0;
        break;
      case 4:
        for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
        break;
    }
  }
  return out;
}

/** a ≥ b, member by member. */
export const gte = (a: Numeric, b: Numeric | number): Bool => compare(a, b, 0);
/** a > b. */
export const gt = (a: Numeric, b: Numeric | number): Bool => compare(a, b, 1);
/** a ≤ b. */
export const lte = (a: Numeric, b: Numeric | number): Bool => compare(a, b, 2);
/** a < b. */
export const lt = (a: Numeric, b: Numeric | number): Bool => compare(a, b, 3);
/** a = b (numbers). */
export const eq = (a: Numeric, b: Numeric | number): Bool => compare(a, b, 4);

/** Logical and of any number of boolean columns. */
export function and(first: Bool, ...rest: Bool[]): Bool {
  const n = first.length;
  const out = allocator().u8(n);
  out.set(first);
  for (const c of rest) for (let i = 0; i < n; i++) out[i] &= c[i];
  return out;
}

/** Logical or of any number of boolean columns. */
export function or(first: Bool, ...rest: Bool[]): Bool {
  const n = first.length;
  const out = allocator().u8(n);
  out.set(first);
  for (const c of rest) for (let i = 0; i < n; i++) out[i] |= c[i];
  return out;
}

/** Logical not. */
export function not(a: Bool): Bool {
  const n = a.length;
  const out = allocator().u8(n);
  for (let i = 0; i < n; i++) out[i] = a[i] ^ 1;
  return out;
}

/** `cond ? a : b` for number columns (money stays in fen). */
export function where(cond: Bool, a: NumLike, b: NumLike): Num {
  const n = cond.length;
  const out = allocator().f64(n);
  const av = typeof a === 'number';
  const bv = typeof b === 'number';
  for (let i = 0; i < n; i++) out[i] = cond[i] ? (av ? a : a[i]) : bv ? (b as number) : (b as Num)[i];
  return out;
}

/** `cond ? a : b` for boolean and enum columns. */
export function whereU8(cond: Bool, a: U8Like, b: U8Like): Uint8Array {
  const n = cond.length;
  const out = allocator().u8(n);
  const av = typeof a === 'number';
  const bv = typeof b === 'number';
  for (let i = 0; i < n; i++) out[i] = cond[i] ? (av ? a : a[i]) : bv ? (b as number) : (b as Uint8Array)[i];
  return out;
}

/**
 * The value of the first condition that holds, else `otherwise` — for enums (OpenFisca's `select`).
 * @example selectU8([isLarge, isMedium, isSmall], [0, 1, 2], 3)
 */
export function selectU8(conditions: readonly Bool[], values: readonly number[], otherwise: number): Uint8Array {
  const n = conditions[0]?.length ?? 0;
  const out = allocator().u8(n).fill(otherwise);
  for (let c = conditions.length - 1; c >= 0; c--) {
    const cond = conditions[c];
    const v = values[c];
    for (let i = 0; i < n; i++) if (cond[i]) out[i] = v;
  }
  return out;
}

function arith(a: NumLike, b: NumLike, op: 0 | 1 | 2 | 3 | 4, n: number): Num {
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) {
    const x = typeof a === 'number' ? a : a[i];
    const y = typeof b === 'number' ? b : b[i];
    out[i] = op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : op === 3 ? Math.max(x, y) : Math.min(x, y);
  }
  return out;
}

const lengthOf = (a: NumLike, b: NumLike): number => (typeof a === 'number' ? (b as Num).length : a.length);

/** a + b. For money, both in fen: the sum stays exact. */
export const add = (a: NumLike, b: NumLike): Num => arith(a, b, 0, lengthOf(a, b));
/** a − b. */
export const sub = (a: NumLike, b: NumLike): Num => arith(a, b, 1, lengthOf(a, b));
/** a × b for counts and ratios. Never for money × rate: use {@link mulRate}, which rounds exactly. */
export const mul = (a: NumLike, b: NumLike): Num => arith(a, b, 2, lengthOf(a, b));
/** Larger of a and b. */
export const max = (a: NumLike, b: NumLike): Num => arith(a, b, 3, lengthOf(a, b));
/** Smaller of a and b. */
export const min = (a: NumLike, b: NumLike): Num => arith(a, b, 4, lengthOf(a, b));

/**
 * Money (fen) × a decimal rate, rounded once to the fen, half away from zero, exactly.
 * @example mulRate(amountFen, 0.2)
 */
export function mulRate(money: Num, rate: number): Num {
  const [num, den] = toRational(rate);
  return mulRatio(money, num, den);
}

/** Money (fen) × num / den, rounded once to the fen; num and den may vary by member. */
export function mulRatio(money: Num, num: NumLike, den: NumLike): Num {
  const n = money.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) {
    out[i] = mulRational(money[i], typeof num === 'number' ? num : num[i], typeof den === 'number' ? den : den[i]);
  }
  return out;
}

/** `table[index[i]]` for each member: looks up a per-category value by an enum column. */
export function gather(table: ArrayLike<number>, index: Uint8Array): Num {
  const n = index.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) out[i] = table[index[i]];
  return out;
}

/** Members whose enum value is one of `values` (indices). */
export function isIn(column: Uint8Array, values: readonly number[]): Bool {
  const n = column.length;
  const out = allocator().u8(n);
  const set = new Uint8Array(256);
  for (const v of values) set[v] = 1;
  for (let i = 0; i < n; i++) out[i] = set[column[i]];
  return out;
}

/** Members whose enum value is `value` (an index). */
export function enumIs(column: Uint8Array, value: number): Bool {
  const n = column.length;
  const out = allocator().u8(n);
  for (let i = 0; i < n; i++) out[i] = column[i] === value ? 1 : 0;
  return out;
}

/** A boolean column as numbers 0/1 (to count or weight). */
export function toNum(a: Bool): Num {
  const n = a.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) out[i] = a[i];
  return out;
}

/** Sum of a column (a scalar, for statistics and aggregates). */
export function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

const encodings = new WeakMap<(text: string) => number, Map<string, number>>();

/**
 * Codes a text column as enum indices with `lookup`, called once per distinct text. A text `lookup`
 * cannot code (it returns a negative number) stops the calculation through `onError` with its row.
 * @example encode(industries, (s) => GROUPS.indexOf(groupOf(s)), (row, s) => ctx.fail(row, `bad code ${s}`))
 */
export function encode(
  texts: readonly string[],
  lookup: (text: string) => number,
  onError: (row: number, text: string) => never,
): Uint8Array {
  const n = texts.length;
  const out = allocator().u8(n);
  // Codes are remembered across calls for the same lookup function (declare it once, at module level),
  // so a case evaluated alone does not read its code again; the memory is bounded.
  let memo = encodings.get(lookup);
  if (memo === undefined || memo.size > 100_000) {
    memo = new Map<string, number>();
    encodings.set(lookup, memo);
  }
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    let code = memo.get(t);
    if (code === undefined) {
      code = lookup(t);
      memo.set(t, code);
    }
    if (code < 0) onError(i, t);
    out[i] = code;
  }
  return out;
}

/**
 * The month of each date as a month number (year × 12 + month − 1), from day numbers, by pure
 * arithmetic (H. Hinnant's civil-from-days), so months of dates can be compared and subtracted.
 */
export function monthNumber(days: Int32Array): Num {
  const n = days.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) {
    const z = days[i] + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    out[i] = year * 12 + month - 1;
  }
  return out;
}
