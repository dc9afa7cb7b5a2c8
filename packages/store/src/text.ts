/**
 * Text typed by people (names of enterprises, units, projects, tenders, suppliers, banks, users): stored in
 * Unicode NFC (so that "é" typed two ways is one name) and trimmed, and refused when it holds characters
 * that print nothing or rewrite what follows — control characters (NUL, BEL, ESC, newlines, C1), bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C), or nothing but
 * invisible characters. Such a name reads differently on screen, in an export and in a terminal (issue 11).
 */
import type { Labels } from '@xiaowei/engine';

export interface TextProblem {
  readonly field: string;
  readonly code: 'control_character' | 'bidi_control' | 'invisible_text';
  readonly message: Labels;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** Characters that take no space: a name made only of these (and spaces) is empty to the eye. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u180e\u3164\u115f\u1160\uffa0]/gu;

const MESSAGES = {
  control_character: {
    'zh-CN': '不能包含控制字符（如换行、制表符、NUL、ESC）',
    ko: '제어 문자(줄바꿈, 탭, NUL, ESC 등)를 포함할 수 없습니다',
    en: 'must not contain control characters (line breaks, tabs, NUL, ESC …)',
  },
  bidi_control: {
    'zh-CN': '不能包含改变文字方向的字符（如 U+202E）',
    ko: '글자 방향을 바꾸는 문자(U+202E 등)를 포함할 수 없습니다',
    en: 'must not contain characters that change the text direction (such as U+202E)',
  },
  invisible_text: {
    'zh-CN': '不能只由不可见字符组成',
    ko: '보이지 않는 문자로만 이루어질 수 없습니다',
    en: 'must not consist of invisible characters only',
  },
} as const satisfies Record<TextProblem['code'], Labels>;

/** The text as stored: NFC, trimmed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').trim();
}

/** Why `value` (a non-empty string) cannot be stored as a name, or undefined. */
export function textProblem(value: string, field: string): TextProblem | undefined {
  if (CONTROL.test(value)) return { field, code: 'control_character', message: MESSAGES.control_character };
  if (BIDI.test(value)) return { field, code: 'bidi_control', message: MESSAGES.bidi_control };
  if (value.replace(INVISIBLE, '') === '') return { field, code: 'invisible_text', message: MESSAGES.invisible_text };
  return undefined;
}

/**
 * The key a user name is unique by and signed in with: NFKC (full-width and compatibility forms folded) and
 * lower-cased, so `Admin`, `ADMIN` and `ａｄｍｉｎ` are one name.
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}
