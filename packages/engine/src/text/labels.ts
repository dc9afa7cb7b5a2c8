/** The languages every user-facing text in Xiaowei comes in. zh-CN is the default. */
export const LANGS = ['zh-CN', 'ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

/** A text in every supported language. A missing language is a bug, so all three are required. */
export type Labels = Readonly<Record<Lang, string>>;

/** True when `value` is a supported language tag. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Fills `{name}` placeholders of every language of `labels` from `params`.
 * @example interpolate({ 'zh-CN': '第{row}行', ko: '{row}행', en: 'row {row}' }, { row: 3 }).en // 'row 3'
 */
export function interpolate(labels: Labels, params: Readonly<Record<string, unknown>>): Labels {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return { 'zh-CN': fill(labels['zh-CN']), ko: fill(labels.ko), en: fill(labels.en) };
}

/** Checks that a value read from a data file is a complete Labels object; returns the missing languages. */
export function missingLangs(value: unknown): Lang[] {
  if (value === null || typeof value !== 'object') return [...LANGS];
  const rec = value as Record<string, unknown>;
  return LANGS.filter((l) => typeof rec[l] !== 'string' || (rec[l] as string).trim() === '');
}
