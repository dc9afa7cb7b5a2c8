import { GlobalOutlined } from '@ant-design/icons';
import { Grid, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLang } from '../../i18n/index.ts';
import { isLang, LANG_NAMES, LANGS, type Lang } from '../../i18n/languages.ts';

/** What the closed menu shows on a phone, where the header has no room for the full names. */
const SHORT_NAMES: Readonly<Record<Lang, string>> = { 'zh-CN': '中文', ko: '한국어', en: 'EN' };

/** The language menu: each language in its own name (shortened on phones); the choice is kept in localStorage. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <span className="xw-lang">
      <GlobalOutlined aria-hidden="true" />
      <Select
        aria-label={t('language')}
        value={i18n.language}
        variant="borderless"
        popupMatchSelectWidth={false}
        labelRender={({ value }) => (isLang(value) ? <span lang={value}>{wide ? LANG_NAMES[value] : SHORT_NAMES[value]}</span> : null)}
        onChange={(lang: string) => {
          if (isLang(lang)) void changeLang(lang);
        }}
        options={LANGS.map((lang) => ({ value: lang, label: <span lang={lang}>{LANG_NAMES[lang]}</span> }))}
        data-testid="language-switcher"
      />
    </span>
  );
}
