import i18next from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../components/page-loading.tsx';
import { isLang, type Lang } from './languages.ts';

/**
 * The `officer` namespace is not in the language chunks that every page loads: only the officer pages
 * (sign-in, registry, import, enterprise, dashboard) load it, one chunk per language, so the public
 * pages do not carry its strings.
 */
const OFFICER: Readonly<Record<Lang, () => Promise<{ default: Record<string, unknown> }>>> = {
  'zh-CN': () => import('../locales/zh-CN/officer.json'),
  ko: () => import('../locales/ko/officer.json'),
  en: () => import('../locales/en/officer.json'),
};

async function loadOfficer(lang: Lang): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'officer')) return;
  const { default: strings } = await OFFICER[lang]();
  i18next.addResourceBundle(lang, 'officer', strings, true, true);
}

/** Shows `children` once the officer strings of the current language are loaded (again on a language switch). */
export function OfficerStrings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const [ready, setReady] = useState<Lang | null>(() => (i18next.hasResourceBundle(lang, 'officer') ? lang : null));
  useEffect(() => {
    let live = true;
    void loadOfficer(lang).then(() => {
      if (live) setReady(lang);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return ready === lang ? children : <PageLoading />;
}
