import type { Lang } from '@xiaowei/engine';
import { groupedInteger } from './locale.ts';

export interface MoneyOptions {
  /** 'always' (default): two decimals, as in tables and reports; 'auto': fen only when there are any. */
  readonly fen?: 'always' | 'auto';
  /** Append the currency word of the language ("元", "위안", "yuan"). Default false (a column header says it). */
  readonly unit?: boolean;
}

const YUAN: Readonly<Record<Lang, (n: string) => string>> = {
  'zh-CN': (n) => `${n} 元`,
  ko: (n) => `${n}위안`,
  en: (n) => `${n} yuan`,
};

/**
 * An amount in integer fen as people read it: thousands separators, exact to the fen (the digits are
 * built from the integer, never from a rounded float; ADR 0001).
 * @example formatFen(123456789, 'zh-CN') // '1,234,567.89'
 * @example formatFen(3000000, 'ko', { fen: 'auto', unit: true }) // '30,000위안'
 */
export function formatFen(fen: number, lang: Lang, opts: MoneyOptions = {}): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatFen: ${fen} is not a whole number of fen`);
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  const whole = Math.floor(a / 100);
  const cents = a % 100;
  const tail = opts.fen === 'auto' && cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`;
  const text = `${sign}${groupedInteger(whole, lang)}${tail}`;
  return opts.unit ? YUAN[lang](text) : text;
}

/**
 * An amount in yuan (a JSON number or exact decimal text, as the API sends it) — rounded to the fen first,
 * so binary noise (0.1 + 0.2) never shows.
 * @example formatYuan('1234.5', 'en') // '1,234.50'
 */
export function formatYuan(yuan: number | string, lang: Lang, opts: MoneyOptions = {}): string {
  return formatFen(fenOf(yuan), lang, opts);
}

/** Integer fen of a yuan amount; decimal text is read digit by digit (exact), a number rounded to the fen. */
export function fenOf(yuan: number | string): number {
  if (typeof yuan === 'number') return Math.round(yuan * 100);
  const m = /^\s*(-?)(\d+)(?:\.(\d{1,2})\d*)?\s*$/.exec(yuan);
  if (!m) throw new RangeError(`not an amount of yuan: '${yuan}'`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}
