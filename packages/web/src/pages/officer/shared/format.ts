import { formatYuan as formatYuanExact } from '@xiaowei/policy/format';
import { INTL_LOCALE, type Lang } from '../../../i18n/languages.ts';

const numbers = new Map<Lang, Intl.NumberFormat>();

/** A number with the locale's separators and at most two decimals (amounts in yuan, head counts); '—' for none. */
export function formatNumber(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '—';
  let f = numbers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 });
    numbers.set(lang, f);
  }
  return f.format(n);
}

/** An amount in yuan with the locale's separators, fen shown whenever there are any (1,842.70, never 1,842.7); '—' for none. */
export function formatAmount(yuan: number | null | undefined, lang: Lang): string {
  return yuan === null || yuan === undefined ? '—' : formatYuanExact(yuan, lang, { fen: 'auto' });
}

/** The years an officer can pick: 2010 to this year, newest first. */
export function yearChoices(now = new Date()): number[] {
  const out: number[] = [];
  for (let y = now.getFullYear(); y >= 2010; y--) out.push(y);
  return out;
}
