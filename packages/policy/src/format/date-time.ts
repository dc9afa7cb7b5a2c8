import type { Lang } from '@xiaowei/engine';
import { DEFAULT_TIME_ZONE, INTL_LOCALE } from './locale.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * A calendar date (`YYYY-MM-DD`, a legal date such as a tender date: no time zone) in the language's
 * long form; other text is returned as it is.
 * @example formatDate('2026-12-07', 'zh-CN') // '2026年12月7日'
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return dateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/**
 * An instant (an ISO timestamp such as `2026-12-07T08:28:43.349Z`, when something was evaluated or
 * published) as date and minute in `timeZone` (default China Standard Time, see DEFAULT_TIME_ZONE); '—'
 * for none; unreadable text as it is.
 * @example formatDateTime('2026-12-07T08:28:43.349Z', 'zh-CN') // '2026年12月7日 16:28'
 */
export function formatDateTime(iso: string | Date | null | undefined, lang: Lang, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const d = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return dateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(d);
}
