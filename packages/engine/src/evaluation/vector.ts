/**
 * The vector helpers formula authors use (PolicyEngine's "model API" idea): every function takes and
 * returns whole columns, so a formula has no per-member control flow and the same code serves one
 * enterprise and ten million. Booleans are Uint8Array of 0/1. Results come from the current
 * {@link allocator}; inputs are never modified. While a plan compiles, each helper hands its operation to
 * the installed tracer instead (trace-hook.ts), which builds the plan's fused loop (fusion.ts).
 */
import { mulRational, toRational } from '../money/money.ts';
import { monthOfDay } from '../periods/instant.ts';
import { allocator } from './arena.ts';
import { encodingsOf } from './encodings.ts';
import { tracer } from './trace-hook.ts';

export type Num = Float64Array;
export type Bool = Uint8Array;
/** Columns that can be compared with numbers: numbers, money (fen) and dates (day numbers). */
export type Numeric = Float64Array | Int32Array;
type NumLike = Float64Array | number;
type U8Like = Uint8Array | number;

/** A column of `n` copies of `value`. */
export function fill(n: number, value: number): Num {
  if (tracer !== undefined) return tracer.op('fill', n, value);
  return allocator().f64(n).fill(value);
}

/** A boolean column of `n` copies of `value`. */
export function fillBool(n: number, value: boolean): Bool {
  if (tracer !== undefined) return tracer.op('fillBool', n, value);
  return allocator()
    .u8(n)
    .fill(value ? 1 : 0);
}

// Each comparison has its own loops, one per argument shape and element type, so that every loop
// stays monomorphic: a shared loop switching on the operator ran several times slower.
/** a ≥ b, member by member. */
export function gte(a: Numeric, b: Numeric | number): Bool {
  if (tracer !== undefined) return tracer.op('gte', a, b);
  const n = a.length;
  const out = allocator().u8(n);
  if (a instanceof Int32Array) {
    if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] >= b ? 1 : 0;
    else for (let i = 0; i < n; i++) out[i] = a[i] >= b[i] ? 1 : 0;
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] >= b ? 1 : 0;
  else if (b instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = a[i] >= b[i] ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = a[i] >= b[i] ? 1 : 0;
  return out;
}

/** a > b. */
export function gt(a: Numeric, b: Numeric | number): Bool {
  if (tracer !== undefined) return tracer.op('gt', a, b);
  const n = a.length;
  const out = allocator().u8(n);
  if (a instanceof Int32Array) {
    if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] > b ? 1 : 0;
    else for (let i = 0; i < n; i++) out[i] = a[i] > b[i] ? 1 : 0;
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] > b ? 1 : 0;
  else if (b instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = a[i] > b[i] ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = a[i] > b[i] ? 1 : 0;
  return out;
}

/** a ≤ b. */
export function lte(a: Numeric, b: Numeric | number): Bool {
  if (tracer !== undefined) return tracer.op('lte', a, b);
  const n = a.length;
  const out = allocator().u8(n);
  if (a instanceof Int32Array) {
    if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] <= b ? 1 : 0;
    else for (let i = 0; i < n; i++) out[i] = a[i] <= b[i] ? 1 : 0;
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] <= b ? 1 : 0;
  else if (b instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = a[i] <= b[i] ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = a[i] <= b[i] ? 1 : 0;
  return out;
}

/** a < b. */
export function lt(a: Numeric, b: Numeric | number): Bool {
  if (tracer !== undefined) return tracer.op('lt', a, b);
  const n = a.length;
  const out = allocator().u8(n);
  if (a instanceof Int32Array) {
    if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] < b ? 1 : 0;
    else for (let i = 0; i < n; i++) out[i] = a[i] < b[i] ? 1 : 0;
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] < b ? 1 : 0;
  else if (b instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = a[i] < b[i] ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = a[i] < b[i] ? 1 : 0;
  return out;
}

/** a = b (numbers). */
export function eq(a: Numeric, b: Numeric | number): Bool {
  if (tracer !== undefined) return tracer.op('eq', a, b);
  const n = a.length;
  const out = allocator().u8(n);
  if (a instanceof Int32Array) {
    if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] === b ? 1 : 0;
    else for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] === b ? 1 : 0;
  else if (b instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
  else for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
  return out;
}

/** Logical and of any number of boolean columns. */
export function and(first: Bool, ...rest: Bool[]): Bool {
  if (tracer !== undefined) return tracer.op('and', first, ...rest);
  const n = first.length;
  const out = allocator().u8(n);
  out.set(first);
  for (const c of rest) for (let i = 0; i < n; i++) out[i] &= c[i];
  return out;
}

/** Logical or of any number of boolean columns. */
export function or(first: Bool, ...rest: Bool[]): Bool {
  if (tracer !== undefined) return tracer.op('or', first, ...rest);
  const n = first.length;
  const out = allocator().u8(n);
  out.set(first);
  for (const c of rest) for (let i = 0; i < n; i++) out[i] |= c[i];
  return out;
}

/** Logical not. */
export function not(a: Bool): Bool {
  if (tracer !== undefined) return tracer.op('not', a);
  const n = a.length;
  const out = allocator().u8(n);
  for (let i = 0; i < n; i++) out[i] = a[i] ^ 1;
  return out;
}

/** `cond ? a : b` for number columns (money stays in fen). */
export function where(cond: Bool, a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('where', cond, a, b);
  const n = cond.length;
  const out = allocator().f64(n);
  // One loop per argument shape, so each stays monomorphic.
  if (typeof a === 'number' && typeof b === 'number') for (let i = 0; i < n; i++) out[i] = cond[i] ? a : b;
  else if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = cond[i] ? a : (b as Num)[i];
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = cond[i] ? a[i] : b;
  else for (let i = 0; i < n; i++) out[i] = cond[i] ? a[i] : b[i];
  return out;
}

/** `cond ? a : b` for boolean and enum columns. */
export function whereU8(cond: Bool, a: U8Like, b: U8Like): Uint8Array {
  if (tracer !== undefined) return tracer.op('whereU8', cond, a, b);
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
  if (tracer !== undefined) return tracer.op('selectU8', conditions, values, otherwise);
  const n = conditions[0]?.length ?? 0;
  const out = allocator().u8(n).fill(otherwise);
  for (let c = conditions.length - 1; c >= 0; c--) {
    const cond = conditions[c];
    const v = values[c];
    for (let i = 0; i < n; i++) if (cond[i]) out[i] = v;
  }
  return out;
}

/** a + b. For money, both in fen: the sum stays exact. */
export function add(a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('add', a, b);
  if (typeof a === 'number') {
    const n = (b as Num).length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = a + (b as Num)[i];
    return out;
  }
  const n = a.length;
  const out = allocator().f64(n);
  if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] + b;
  else for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
  return out;
}

/** a − b. */
export function sub(a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('sub', a, b);
  if (typeof a === 'number') {
    const n = (b as Num).length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = a - (b as Num)[i];
    return out;
  }
  const n = a.length;
  const out = allocator().f64(n);
  if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] - b;
  else for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
  return out;
}

/** a × b for counts and ratios. Never for money × rate: use {@link mulRate}, which rounds exactly. */
export function mul(a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('mul', a, b);
  if (typeof a === 'number') {
    const n = (b as Num).length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = a * (b as Num)[i];
    return out;
  }
  const n = a.length;
  const out = allocator().f64(n);
  if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = a[i] * b;
  else for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
  return out;
}

/** Larger of a and b. */
export function max(a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('max', a, b);
  if (typeof a === 'number') {
    const n = (b as Num).length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = Math.max(a, (b as Num)[i]);
    return out;
  }
  const n = a.length;
  const out = allocator().f64(n);
  if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = Math.max(a[i], b);
  else for (let i = 0; i < n; i++) out[i] = Math.max(a[i], b[i]);
  return out;
}

/** Smaller of a and b. */
export function min(a: NumLike, b: NumLike): Num {
  if (tracer !== undefined) return tracer.op('min', a, b);
  if (typeof a === 'number') {
    const n = (b as Num).length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = Math.min(a, (b as Num)[i]);
    return out;
  }
  const n = a.length;
  const out = allocator().f64(n);
  if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = Math.min(a[i], b);
  else for (let i = 0; i < n; i++) out[i] = Math.min(a[i], b[i]);
  return out;
}

/**
 * Money (fen) × a decimal rate, rounded once to the fen, half away from zero, exactly.
 * @example mulRate(amountFen, 0.2)
 */
export function mulRate(money: Num, rate: number): Num {
  if (tracer !== undefined) return tracer.op('mulRate', money, rate);
  const [num, den] = toRational(rate);
  return mulRatio(money, num, den);
}

/** Money (fen) × num / den, rounded once to the fen; num and den may vary by member. */
export function mulRatio(money: Num, num: NumLike, den: NumLike): Num {
  if (tracer !== undefined) return tracer.op('mulRatio', money, num, den);
  const n = money.length;
  const out = allocator().f64(n);
  if (typeof num === 'number' && typeof den === 'number') for (let i = 0; i < n; i++) out[i] = mulRational(money[i], num, den);
  else if (typeof num === 'number') for (let i = 0; i < n; i++) out[i] = mulRational(money[i], num, (den as Num)[i]);
  else if (typeof den === 'number') for (let i = 0; i < n; i++) out[i] = mulRational(money[i], num[i], den);
  else for (let i = 0; i < n; i++) out[i] = mulRational(money[i], num[i], den[i]);
  return out;
}

/** `table[index[i]]` for each member: looks up a per-category value by an enum column. */
export function gather(table: ArrayLike<number>, index: Uint8Array): Num {
  if (tracer !== undefined) return tracer.op('gather', table, index);
  const n = index.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) out[i] = table[index[i]];
  return out;
}

/** Members whose enum value is one of `values` (indices). */
export function isIn(column: Uint8Array, values: readonly number[]): Bool {
  if (tracer !== undefined) return tracer.op('isIn', column, values);
  const n = column.length;
  const out = allocator().u8(n);
  const set = new Uint8Array(256);
  for (const v of values) set[v] = 1;
  for (let i = 0; i < n; i++) out[i] = set[column[i]];
  return out;
}

/** Members whose enum value is `value` (an index). */
export function enumIs(column: Uint8Array, value: number): Bool {
  if (tracer !== undefined) return tracer.op('enumIs', column, value);
  const n = column.length;
  const out = allocator().u8(n);
  for (let i = 0; i < n; i++) out[i] = column[i] === value ? 1 : 0;
  return out;
}

/** A boolean column as numbers 0/1 (to count or weight). */
export function toNum(a: Bool): Num {
  if (tracer !== undefined) return tracer.op('toNum', a);
  const n = a.length;
  const out = allocator().f64(n);
  for (let i = 0; i < n; i++) out[i] = a[i];
  return out;
}

/** Sum of a column (a scalar, for statistics and aggregates). */
export function sum(a: ArrayLike<number>): number {
  if (tracer !== undefined) return tracer.op('sum', a);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

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
  if (tracer !== undefined) return tracer.op('encode', texts, lookup, onError);
  const n = texts.length;
  const out = allocator().u8(n);
  // Codes are remembered across calls for the same lookup function (declare it once, at module level),
  // so a case evaluated alone does not read its code again; the memory is bounded.
  const memo = encodingsOf(lookup);
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
  if (tracer !== undefined) return tracer.op('monthNumber', days);
  const n = days.length;
  const out = allocator().f64(n);
  let lastDay = Number.NaN;
  let lastMonth = 0;
  for (let i = 0; i < n; i++) {
    // Columns of dates repeat (a default, a batch of one registration day): reuse the last result.
    if (days[i] === lastDay) {
      out[i] = lastMonth;
      continue;
    }
    out[i] = monthOfDay(days[i]);
    lastDay = days[i];
    lastMonth = out[i];
  }
  return out;
}

/**
 * Members whose every value reaches its category's bound: `values[k][i] ≥ tables[k][keys[i]]` for all k,
 * in one pass (the size tests of a standard compare several indicators with bounds per industry).
 * @example meetsAll([employees, revenue], [employeeBounds, revenueBounds], group)
 */
export function meetsAll(values: readonly Numeric[], tables: readonly Float64Array[], keys: Uint8Array): Bool {
  if (tracer !== undefined) return tracer.op('meetsAll', values, tables, keys);
  const n = keys.length;
  const out = allocator().u8(n).fill(1);
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const t = tables[k];
    for (let i = 0; i < n; i++) if (v[i] < t[keys[i]]) out[i] = 0;
  }
  return out;
}

/** 1 where a value is given, 0 where it is absent (NaN: an input declared without a default and not given). */
export function isGiven(a: Numeric): Bool {
  if (tracer !== undefined) return tracer.op('isGiven', a);
  const n = a.length;
  const out = allocator().u8(n);
  for (let i = 0; i < n; i++) out[i] = Number.isNaN(a[i]) ? 0 : 1;
  return out;
}

/**
 * {@link meetsAll} for values that may be absent (NaN), in three states: `met` where every value reaches its
 * bound; `failed` where a given value is below its bound (whatever the others); neither where an absent value
 * has a bound above 0 and no given value fails. A bound of 0 or less (no bound) is met by an absent value.
 * @example const { met, failed } = meetsAllGiven([employees, revenue], [employeeBounds, revenueBounds], group)
 */
export function meetsAllGiven(values: readonly Numeric[], tables: readonly Float64Array[], keys: Uint8Array): { met: Bool; failed: Bool } {
  if (tracer !== undefined) return tracer.op('meetsAllGiven', values, tables, keys);
  const n = keys.length;
  const met = allocator().u8(n).fill(1);
  const failed = allocator().u8(n).fill(0); // arena buffers are reused, not zeroed
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const t = tables[k];
    for (let i = 0; i < n; i++) {
      const bound = t[keys[i]];
      if (v[i] < bound) {
        failed[i] = 1;
        met[i] = 0;
      } else if (Number.isNaN(v[i]) && bound > 0) met[i] = 0;
    }
  }
  return { met, failed };
}
