import type { Lang } from '@xiaowei/engine';
import { INTL_LOCALE } from './locale.ts';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * A share as a percentage with at most `maxDecimals` decimals (default 2), trailing zeros dropped:
 * legal rates show as written (0.06 → '6%', 0.0601 → '6.01%'), computed ones are not spelled to 4 places.
 * '—' for none.
 * @example formatPercent(0.123456, 'zh-CN') // '12.35%'
 */
export function formatPercent(share: number | string | null | undefined, lang: Lang, maxDecimals = 2): string {
  if (share === null || share === undefined || share === '') return '—';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: maxDecimals }).format(Number(share));
}

/**
 * A count or other plain number with thousands separators and at most `maxDecimals` decimals (default 0:
 * counts); '—' for none.
 * @example formatNumber(1234567, 'en') // '1,234,567'
 * @example formatNumber(71.234567891, 'zh-CN', 2) // '71.23' (a score)
 */
export function formatNumber(n: number | string | null | undefined, lang: Lang, maxDecimals = 0): string {
  if (n === null || n === undefined || n === '') return '—';
  return numberFormat(lang, { maximumFractionDigits: maxDecimals }).format(Number(n));
}

/**
 * A count of things with its noun, singular or plural as the language needs (Chinese and Korean have
 * one form). `nouns` gives the forms: `{ one, other }` for English.
 * @example formatCount(1, 'en', { 'zh-CN': '项', ko: '개', en: { one: 'measure', other: 'measures' } }) // '1 measure'
 */
export function formatCount(
  n: number,
  lang: Lang,
  nouns: { readonly 'zh-CN': string; readonly ko: string; readonly en: { readonly one: string; readonly other: string } },
): string {
  const num = formatNumber(n, lang);
  if (lang === 'en') return `${num} ${n === 1 ? nouns.en.one : nouns.en.other}`;
  return lang === 'ko' ? `${num}${nouns.ko}` : `${num} ${nouns['zh-CN']}`;
}
