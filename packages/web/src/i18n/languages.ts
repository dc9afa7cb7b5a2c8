/** The languages of the application: zh-CN first (the default), then ko and en. */
export const LANGS = ['zh-CN', 'ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

/** Each language's own name, shown in the switcher whatever the current language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '简体中文', ko: '한국어', en: 'English' };

/** BCP 47 locale for number and date formatting. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', en: 'en-US' };

export const STORAGE_KEY = 'xiaowei.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language kept in localStorage, else zh-CN. */
export function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for the page only.
  }
}
