/** Turning what the drivers hand back into the store's types, and checking what goes in. */
import type { SqlDialect } from './config.ts';

/**
 * A 64-bit integer column as a JS number: PostgreSQL drivers return `bigint` and `numeric` as text
 * (`sum()` is numeric), PGlite may return a number, SQLite a number. Money stays below 2^53 fen
 * (ADR 0001), so the conversion is exact; anything else is a bug, not a rounding.
 * @example toInt('123456789012345') // 123456789012345
 */
export function toInt(value: unknown): number {
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : (value as number);
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${String(value)}`);
  return n;
}

/** {@link toInt}, keeping null. */
export function toIntOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toInt(value);
}

/**
 * A `double precision` column as a JS number (employees, a fractional annual average: migration 0012). The
 * drivers return a number; text is read as a PostgreSQL `numeric` would come.
 * @example toNumberOrNull(12.5) // 12.5
 */
export function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'string' || typeof value === 'bigint' ? Number(value) : (value as number);
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${String(value)}`);
  return n;
}

/** A boolean column (PostgreSQL: true/false; SQLite: 1/0). */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
}

export function toBoolOrNull(value: unknown): boolean | null {
  return value === null || value === undefined ? null : toBool(value);
}

/** A JSON column: PostgreSQL returns it parsed, SQLite as text. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function fromJsonOrNull<T>(value: unknown): T | null {
  return value === null || value === undefined ? null : fromJson<T>(value);
}

/** A JSON value for a JSON column (text on SQLite, jsonb parsed from the text on PostgreSQL). */
/**
 * PostgreSQL's jsonb cannot hold U+0000 ("unsupported Unicode escape sequence"): a rejected file quoting a value
 * with a NUL in its problems would fail to be recorded. The record keeps U+FFFD in its place, on both dialects.
 */
const noNul = (_key: string, v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replaceAll('\u0000', '\ufffd') : v);

export function toJson(value: unknown): string {
  return JSON.stringify(value, noNul);
}

export function toJsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, noNul);
}

/** A boolean parameter: better-sqlite3 binds no booleans; PostgreSQL reads 1/0 as booleans too. */
export function boolParam(value: boolean): number {
  return value ? 1 : 0;
}

export function boolParamOrNull(value: boolean | null | undefined): number | null {
  return value === null || value === undefined ? null : value ? 1 : 0;
}

/** Now, as the store writes times. */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * The inclusive range of 6-digit region codes under a prefix of 0–6 digits ('37' → 370000…379999).
 * A range, not LIKE: it uses the index under any collation and both dialects.
 */
export function regionRange(prefix: string): readonly [string, string] {
  return [prefix.padEnd(6, '0'), prefix.padEnd(6, '9')];
}

export function isRegionPrefix(prefix: string): boolean {
  return /^\d{0,6}$/.test(prefix);
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it escaped (escape char `\`). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type { SqlDialect };
