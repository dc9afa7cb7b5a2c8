import {
  formatDate as formatCalendarDate,
  formatDateTime as formatInstant,
  formatPercent as formatShare,
  formatYuan as formatYuanExact,
} from '@xiaowei/policy/format';
import { INTL_LOCALE, type Lang } from './languages.ts';

/*
 * The web app's formatting goes through @xiaowei/policy/format, the one module the PDF and Excel reports
 * and the command line use too; this file adds what only the web shows (万元, the reader's time zone).
 */

const WAN_UNIT: Readonly<Record<Lang, (n: string) => string>> = {
  'zh-CN': (n) => `${n} 万元`,
  ko: (n) => `${n}만 위안`,
  en: (n) => `${n} × 10,000 yuan`,
};

function grouped(value: number, lang: Lang, fractionDigits: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Whole fen of a yuan amount, so that 0.1 + 0.2 style noise never reaches the screen. */
function fen(yuan: number): number {
  return Math.round(yuan * 100);
}

/**
 * A yuan amount as people read it: thousands separators of the locale, fen only when there are any.
 * @example formatYuan(1234567.5, 'zh-CN') // '1,234,567.50 元'
 * @example formatYuan(30000, 'ko') // '30,000위안'
 */
export function formatYuan(yuan: number, lang: Lang): string {
  return formatYuanExact(yuan, lang, { fen: 'auto', unit: true });
}

/**
 * A yuan amount in 万元 (ten thousands), the unit of the size-standard tables and of officials' reports;
 * up to four decimals so that no yuan is lost. English shows yuan, which its readers expect.
 * @example formatWan(20000000, 'zh-CN') // '2,000 万元'
 * @example formatWan(20000000, 'en') // '20,000,000 yuan'
 */
export function formatWan(yuan: number, lang: Lang): string {
  if (lang === 'en') return formatYuan(yuan, lang);
  const f = fen(yuan);
  // 1 万元 = 1,000,000 fen; keep the digits that are not zero (at most 6 decimals of 万元).
  const wan = f / 1_000_000;
  const decimals = Number.isInteger(wan)
    ? 0
    : Math.min(
        6,
        String(f % 1_000_000)
          .padStart(6, '0')
          .replace(/0+$/, '').length,
      );
  return WAN_UNIT[lang](grouped(wan, lang, decimals));
}

/** Money where officials expect 万元 (revenue, assets, thresholds of the size standard) — yuan below 1 万元. */
export function formatOfficialMoney(yuan: number, lang: Lang): string {
  return Math.abs(yuan) >= 10_000 ? formatWan(yuan, lang) : formatYuan(yuan, lang);
}

/** A head count: whole, or an annual average shown to two decimals (12.5 人). */
export function formatCount(n: number, lang: Lang): string {
  const text = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(n);
  return lang === 'zh-CN' ? `${text} 人` : lang === 'ko' ? `${text}명` : text;
}

/** A date `YYYY-MM-DD` in the locale's long form. */
export function formatDate(iso: string, lang: Lang): string {
  return formatCalendarDate(iso, lang);
}

/** The reader's time zone (the browser's), for the times of events: evaluated, published, filed. */
const READER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An instant (ISO timestamp) as date and minute in the reader's time zone; never the raw ISO text. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  return formatInstant(iso, lang, READER_TIME_ZONE);
}

/** A share (0.2 → 20%), at most two decimals. */
export function formatPercent(share: number, lang: Lang): string {
  return formatShare(share, lang);
}

/**
 * Yuan from what a person typed in `unit` (yuan or 万元), exactly: the decimal point is moved in the
 * text, never by multiplying a binary float. Returns undefined for text that is not a plain number.
 * @example yuanFromInput('12.3456', 'wan') // 123456
 */
export function yuanFromInput(text: string, unit: 'yuan' | 'wan'): number | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text.replace(/[,，\s]/g, ''));
  if (!m) return undefined;
  const int = m[1];
  const frac = m[2] ?? '';
  if (unit === 'yuan') return Number(frac ? `${int}.${frac}` : int);
  const shifted = `${int}${frac.padEnd(4, '0').slice(0, 4)}`;
  const rest = frac.slice(4);
  return Number(rest ? `${shifted}.${rest}` : shifted);
}

/** The text of a yuan amount in `unit`, for filling an input (exact, no exponent). */
export function inputFromYuan(yuan: number, unit: 'yuan' | 'wan'): string {
  if (unit === 'yuan') return String(yuan);
  const [int, frac = ''] = String(yuan).split('.');
  const padded = int.padStart(5, '0');
  const head = padded.slice(0, -4).replace(/^0+(?=\d)/, '');
  const tail = `${padded.slice(-4)}${frac}`.replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}
