import i18next from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-loading.tsx';
import { isLang, type Lang } from './languages.ts';

/**
 * The signed-in pages' namespaces are not in the language chunks that every page loads: only those
 * pages load them, one chunk per namespace and language, so the public pages do not carry their strings.
 * `officer`: sign-in, registry, import, enterprise, dashboard; `procurement`: budget units, set-aside,
 * tenders; `lending`: bank reports, lending dashboard, loan checks; `accounts`: enterprise sign-in and activation,
 * my enterprise, activation codes and correction requests; `feeds`: department data feeds; `offers`: offers,
 * programmes, publicity, payment batches and take-up; `applications`: applications, their review, complaints;
 * `whatIf`: the what-if simulation; `notifications`: the bell, inbox, settings, e-mail delivery; `bulletins`:
 * statistics bulletins (officers and the public archive).
 */
type Loader = () => Promise<{ default: Record<string, unknown> }>;
const NAMESPACES: Readonly<Record<string, Readonly<Record<Lang, Loader>>>> = {
  officer: {
    'zh-CN': () => import('../locales/zh-CN/officer.json'),
    ko: () => import('../locales/ko/officer.json'),
    en: () => import('../locales/en/officer.json'),
  },
  procurement: {
    'zh-CN': () => import('../locales/zh-CN/procurement.json'),
    ko: () => import('../locales/ko/procurement.json'),
    en: () => import('../locales/en/procurement.json'),
  },
  lending: {
    'zh-CN': () => import('../locales/zh-CN/lending.json'),
    ko: () => import('../locales/ko/lending.json'),
    en: () => import('../locales/en/lending.json'),
  },
  bulletins: {
    'zh-CN': () => import('../locales/zh-CN/bulletins.json'),
    ko: () => import('../locales/ko/bulletins.json'),
    en: () => import('../locales/en/bulletins.json'),
  },
  accounts: {
    'zh-CN': () => import('../locales/zh-CN/accounts.json'),
    ko: () => import('../locales/ko/accounts.json'),
    en: () => import('../locales/en/accounts.json'),
  },
  feeds: {
    'zh-CN': () => import('../locales/zh-CN/feeds.json'),
    ko: () => import('../locales/ko/feeds.json'),
    en: () => import('../locales/en/feeds.json'),
  },
  applications: {
    'zh-CN': () => import('../locales/zh-CN/applications.json'),
    ko: () => import('../locales/ko/applications.json'),
    en: () => import('../locales/en/applications.json'),
  },

  // Proactive delivery (issue 13 §3–4): my offers, programmes, objections, payment batches, take-up, publicity.
  offers: {
    'zh-CN': () => import('../locales/zh-CN/offers.json'),
    ko: () => import('../locales/ko/offers.json'),
    en: () => import('../locales/en/offers.json'),
  },
  whatIf: {
    'zh-CN': () => import('../locales/zh-CN/whatIf.json'),
    ko: () => import('../locales/ko/whatIf.json'),
    en: () => import('../locales/en/whatIf.json'),
  },
  notifications: {
    'zh-CN': () => import('../locales/zh-CN/notifications.json'),
    ko: () => import('../locales/ko/notifications.json'),
    en: () => import('../locales/en/notifications.json'),
  },
};

const hasAll = (lang: Lang) => Object.keys(NAMESPACES).every((ns) => i18next.hasResourceBundle(lang, ns));

export async function loadSignedInStrings(lang: Lang): Promise<void> {
  await Promise.all(
    Object.entries(NAMESPACES).map(async ([ns, loaders]) => {
      if (i18next.hasResourceBundle(lang, ns)) return;
      const { default: strings } = await loaders[lang]();
      i18next.addResourceBundle(lang, ns, strings, true, true);
    }),
  );
}

/** Shows `children` once the signed-in pages' strings of the current language are loaded (again on a language switch). */
export function OfficerStrings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [ready, setReady] = useState<Lang | null>(() => (hasAll(lang) ? lang : null));
  useEffect(() => {
    let live = true;
    void loadSignedInStrings(lang).then(() => {
      if (live) setReady(lang);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return ready === lang ? children : <PageLoading />;
}
