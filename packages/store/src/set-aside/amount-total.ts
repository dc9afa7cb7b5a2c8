/**
 * Totals of money amounts for the set-aside: exact integer fen, at most the largest amount the engine
 * takes (10^13 yuan = 10^15 fen, ADR 0001), so that every total stays exact. A total beyond it is a
 * `ValidationError` naming the field, never a rounding and never a crash.
 */
import { MAX_MONEY_MAJOR, MINOR_PER_MAJOR } from '@xiaowei/engine';
import { ValidationError } from '../errors.ts';

const MAX_FEN = MAX_MONEY_MAJOR * MINOR_PER_MAJOR;

/** A sum as the database returns it (number, or text for PostgreSQL's numeric), checked. */
export function amountTotal(value: unknown, field: string): number {
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : (value as number);
  if (!Number.isSafeInteger(n) || n > MAX_FEN) throw tooLarge(field);
  return n;
}

/** `a + b` of two totals, checked. */
export function addAmounts(a: number, b: number, field: string): number {
  return amountTotal(a + b, field);
}

function tooLarge(field: string): ValidationError {
  return new ValidationError(field, {
    'zh-CN': `合计金额超过 ${MAX_MONEY_MAJOR.toExponential().replace('e+', ' × 10^')} 元，无法精确计算`,
    ko: `합계 금액이 ${MAX_MONEY_MAJOR.toExponential().replace('e+', ' × 10^')}위안을 넘어 정확히 계산할 수 없습니다`,
    en: `the amounts add up to more than ${MAX_MONEY_MAJOR.toExponential().replace('e+', ' × 10^')} yuan and cannot be totalled exactly`,
  });
}
