import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang, storedLang, storeLang } from './languages.ts';
import { LOADERS, NAMESPACES } from './resources.ts';

/** Adds a language's strings to i18next (once). */
async function load(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'common')) return;
  const { default: resources } = await LOADERS[lang]();
  for (const ns of NAMESPACES) i18next.addResourceBundle(lang, ns, resources[ns], true, true);
}

/**
 * Starts i18next in the language kept in localStorage (zh-CN when none), with that language's strings
 * loaded; zh-CN is loaded too when another language is shown, as the fallback for any missing string.
 */
export async function initI18n(lang: Lang = storedLang()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: ['zh-CN', 'ko', 'en'],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await Promise.all([load(lang), lang === DEFAULT_LANG ? undefined : load(DEFAULT_LANG)]);
  await i18next.changeLanguage(lang);
  applyDocumentLang(lang);
  return i18next;
}

/** The current language of the application. */
export function currentLang(): Lang {
  const lang = i18next.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** Switches the language (loading its strings first), keeps the choice, and labels the document for screen readers. */
export async function changeLang(lang: Lang): Promise<void> {
  await load(lang);
  storeLang(lang);
  await i18next.changeLanguage(lang);
  applyDocumentLang(lang);
}

function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
