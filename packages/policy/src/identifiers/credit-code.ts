/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》:
 * 18 characters — registration authority (1), organisation type (1), the registering authority's GB/T 2260
 * region code (6 digits), the organisation code (9), and a check character (position 18).
 * The character set (GB 32100-2015 §4.2) is the digits and the capital letters without I, O, S, V and Z
 * (31 characters, worth 0–30 in this order); the check character (§4.3, annex) is
 * C18 = 31 − (Σ Ci × Wi mod 31) with Wi = 3^(i−1) mod 31 for i = 1…17, a result of 31 being 0.
 * Pure functions: the browser checks a code as it is typed with the same code the server runs.
 */
import type { Labels } from '@xiaowei/engine';

/** The 31 characters of GB 32100-2015, in the order of their values 0–30. */
export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The weights of positions 1–17 (3^(i−1) mod 31). */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblemCode =
  | 'credit_code_required'
  | 'credit_code_length'
  | 'credit_code_character'
  | 'credit_code_region'
  | 'credit_code_check';

export interface CreditCodeProblem {
  readonly code: CreditCodeProblemCode;
  readonly message: Labels;
}

export type CreditCodeReading = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: CreditCodeProblem };

const MESSAGES: Record<
  CreditCodeProblemCode,
  (p: { value: string; length?: number; char?: string; position?: number; expected?: string }) => Labels
> = {
  credit_code_required: () => ({
    'zh-CN': '请填写统一社会信用代码（18 位）',
    ko: '통일사회신용코드(18자리)를 입력하십시오',
    en: 'enter the unified social credit code (18 characters)',
  }),
  credit_code_length: (p) => ({
    'zh-CN': `统一社会信用代码应为 18 位，“${p.value}”为 ${p.length} 位`,
    ko: `통일사회신용코드는 18자리여야 합니다. “${p.value}”는 ${p.length}자리입니다`,
    en: `a unified social credit code has 18 characters; "${p.value}" has ${p.length}`,
  }),
  credit_code_character: (p) => ({
    'zh-CN': `第 ${p.position} 位“${p.char}”不是统一社会信用代码可用的字符（数字及除 I、O、S、V、Z 外的大写字母，GB 32100-2015）`,
    ko: `${p.position}번째 문자 “${p.char}”는 통일사회신용코드에 쓸 수 없습니다(숫자와 I, O, S, V, Z를 제외한 대문자, GB 32100-2015)`,
    en: `character ${p.position}, "${p.char}", is not allowed in a unified social credit code (digits and capital letters except I, O, S, V, Z; GB 32100-2015)`,
  }),
  credit_code_region: (p) => ({
    'zh-CN': `第 3–8 位应为行政区划代码（6 位数字），“${p.value}”不是`,
    ko: `3~8번째 자리는 행정구역 코드(숫자 6자리)여야 합니다. “${p.value}”는 아닙니다`,
    en: `characters 3–8 must be a region code (6 digits); "${p.value}" is not`,
  }),
  credit_code_check: (p) => ({
    'zh-CN': `统一社会信用代码“${p.value}”的校验码（第 18 位）有误：按 GB 32100-2015 应为“${p.expected}”，请核对是否输错`,
    ko: `통일사회신용코드 “${p.value}”의 검증 문자(18번째)가 틀립니다. GB 32100-2015에 따르면 “${p.expected}”이어야 합니다. 잘못 입력했는지 확인하십시오`,
    en: `the check character (18th) of the unified social credit code "${p.value}" is wrong: GB 32100-2015 gives "${p.expected}"; check for a typing error`,
  }),
};

function fail(code: CreditCodeProblemCode, params: Parameters<(typeof MESSAGES)[CreditCodeProblemCode]>[0]): CreditCodeReading {
  return { ok: false, problem: { code, message: MESSAGES[code](params) } };
}

/**
 * The check character of the first 17 characters of a code (which must be of the character set).
 * @example creditCodeCheckCharacter('91350100M000100Y4') // '3'
 */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`'${first17[i]}' is not a GB 32100-2015 character`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31];
}

/**
 * Reads a unified social credit code as typed: blanks around it are dropped, full-width characters and lower
 * case are read as the ASCII capitals they stand for (NFKC, upper case) — the code itself is always capitals.
 * → the code in its one stored form, or the first problem (length, a character outside the set, the region
 * digits, the check character) with a message in three languages.
 * @example readCreditCode('91350100m000100y43') // { ok: true, code: '91350100M000100Y43' }
 */
export function readCreditCode(raw: unknown): CreditCodeReading {
  if (typeof raw !== 'string' || raw.trim() === '') return fail('credit_code_required', { value: '' });
  const code = raw.normalize('NFKC').trim().toUpperCase();
  const chars = [...code];
  if (chars.length !== 18) return fail('credit_code_length', { value: code, length: chars.length });
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_CHARACTERS.includes(chars[i])) return fail('credit_code_character', { value: code, char: chars[i], position: i + 1 });
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return fail('credit_code_region', { value: code.slice(2, 8) });
  const expected = creditCodeCheckCharacter(code);
  if (code[17] !== expected) return fail('credit_code_check', { value: code, expected });
  return { ok: true, code };
}

/** Whether `raw` reads as a valid unified social credit code. */
export function isCreditCode(raw: unknown): boolean {
  return readCreditCode(raw).ok;
}
