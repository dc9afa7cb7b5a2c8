import type { Lang } from '@xiaowei/engine';

/** BCP 47 locale of each language, for Intl. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', en: 'en-US' };

/**
 * The time zone of times shown where the reader's own is unknown (PDF and Excel exports, the command
 * line): the policy's jurisdiction, China Standard Time. The web app passes the browser's time zone.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const integers = new Map<Lang, Intl.NumberFormat>();

/** A whole number with the language's thousands separators (exact for any safe integer). */
export function groupedInteger(n: number, lang: Lang): string {
  let f = integers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 0 });
    integers.set(lang, f);
  }
  return f.format(n);
}
