import type { Instant } from '../periods/instant.ts';
import type { Period } from '../periods/period.ts';
import type { Labels } from '../text/labels.ts';
import type { Column } from '../variables/column.ts';

/** Values of another entity seen through a link, one per member of the formula's entity. */
export interface LinkedValues {
  number(id: string, period?: Period): Float64Array;
  bool(id: string, period?: Period): Uint8Array;
  enum(id: string, period?: Period): Uint8Array;
  /** 1 where the link is set. */
  present(): Uint8Array;
}

/** Aggregates over the members of another entity that link to each member of the formula's entity. */
export interface MemberAggregates {
  sum(id: string, period?: Period): Float64Array;
  /** Minimum over members; `empty` where there is none. */
  min(id: string, empty: number, period?: Period): Float64Array;
  max(id: string, empty: number, period?: Period): Float64Array;
  /** 1 where any member's boolean is 1. */
  any(id: string, period?: Period): Uint8Array;
  /** 1 where every member's boolean is 1 (also where there are no members). */
  all(id: string, period?: Period): Uint8Array;
  count(): Float64Array;
}

/**
 * What a formula sees: its period, the number of members, other variables of the same entity, the
 * parameters in force, and linked entities. Every access is recorded when tracing, so results can be
 * explained. Formulas must not branch on member values (use the vector helpers): the dependency graph
 * is then the same for every member, which is what lets a plan be compiled once and reused.
 */
export interface FormulaContext {
  readonly period: Period;
  /**
   * The day parameters are read unless a formula names another: the period's start, or the formula's
   * start when that rule took effect inside the period and answers for the whole of it (ADR 0004).
   */
  readonly instant: Instant;
  /** Number of members being computed. */
  readonly n: number;
  /**
   * A number or money column (money in fen). An absent input (declared without a default, not given)
   * stops the calculation for the first member that lacks it, naming the field ({@link MissingValueError}).
   */
  number(id: string, period?: Period): Float64Array;
  /**
   * A number or money column that may hold absent values (NaN) — for a formula whose answer does not
   * always need the input (another indicator may decide). Comparisons with NaN are false, so the formula
   * must call {@link require} where the answer depends on the value.
   */
  optional(id: string, period?: Period): Float64Array;
  /** Stops the calculation for the first member where `where` is 1 and input `id` is absent, naming the field. */
  require(id: string, where: Uint8Array, period?: Period): void;
  bool(id: string, period?: Period): Uint8Array;
  /** An enum column: indices into the variable's `possibleValues`. */
  enum(id: string, period?: Period): Uint8Array;
  /** A date column: day numbers. */
  date(id: string, period?: Period): Int32Array;
  string(id: string, period?: Period): string[];
  /** Any column. */
  get(id: string, period?: Period): Column;
  /** Numeric parameter in force at `instant` (default: {@link instant}). Money in fen. */
  param(path: string, instant?: Instant): number;
  /** Boolean parameter. */
  paramBool(path: string, instant?: Instant): boolean;
  /**
   * Per-member values of the parameter `${node}.${key}.${suffix}` where `key` is each member's enum
   * value (by name), e.g. the size bounds of each member's industry group. A key without that leaf
   * gets `missing`, or is an error when `missing` is undefined.
   */
  paramByEnum(node: string, suffix: string, keys: Uint8Array, names: readonly string[], missing?: number, instant?: Instant): Float64Array;
  /**
   * The per-category values of {@link paramByEnum} as a small table indexed by enum value (for fused
   * helpers such as `vector.meetsAll`); the trace still records, for each member, the leaf of its key.
   */
  paramTable(node: string, suffix: string, keys: Uint8Array, names: readonly string[], missing?: number, instant?: Instant): Float64Array;
  /** Like {@link paramByEnum} for string keys (e.g. region codes); keys without a value get `missing`. */
  paramByString(node: string, suffix: string, keys: readonly string[], missing: number, instant?: Instant): Float64Array;
  /**
   * Per-member values of parameter `path` on each member's own date (`days`: day numbers, e.g. the
   * date a contract was signed). Booleans come as 1/0. A date with no value (before the history or
   * after an explicit end) gets `missing`, or is an error when `missing` is undefined.
   */
  paramAtDates(path: string, days: Int32Array, missing?: number): Float64Array;
  /**
   * Per-member index into `names` of a text parameter's value on each member's own date, e.g. whether a
   * measure is `not_yet_in_force`, `in_force` or `ended` on the day of an event (ADR 0004). A date before
   * the history or after an explicit end gets `missing`, or is the parameter's explanatory error when
   * `missing` is undefined; a value not in `names` is a definition error.
   */
  paramNameAtDates(path: string, days: Int32Array, names: readonly string[], missing?: number): Uint8Array;
  /** A scale's thresholds and values in force (money in fen). */
  scale(path: string, instant?: Instant): { thresholds: number[]; values: number[] };
  /** Values of the entity at the other end of link `name`. */
  link(name: string): LinkedValues;
  /** Aggregates over members of `entity` whose link `via` points to each member of this entity. */
  members(entity: string, via: string): MemberAggregates;
  /**
   * A value computed once for this formula's period and parameters — not from member values — and
   * kept while the context lives (a compiled plan keeps it across runs), e.g. the months of a year
   * grouped by the threshold in force.
   */
  once<T>(key: string, compute: () => T): T;
  /**
   * Stops the calculation with a message about member `row` (a value the formula cannot handle): text, or
   * labels in every language; `field` names the input at fault.
   */
  fail(row: number, message: string | Labels, field?: string): never;
  /**
   * Stops the calculation if `bad` is 1 for some member, with `message(row)` about the first and the list of
   * every one (`FormulaError.failing`): for what a formula cannot express without looking at one member (a
   * value the law does not allow, a rule not encoded, an answer not given).
   * @example ctx.failWhere(and(needed, not(known)), (row) => `no rates for region ${regions.at(row)}`)
   */
  failWhere(bad: Uint8Array, message: (row: number) => string | Labels, field?: string): void;
}
