import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLang } from '../../i18n/index.ts';
import { isLang, LANG_NAMES, LANGS } from '../../i18n/languages.ts';

/** The language menu: each language in its own name; the choice is kept in localStorage. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <span className="xw-lang">
      <GlobalOutlined aria-hidden="true" />
      <Select
        aria-label={t('language')}
        value={i18n.language}
        variant="borderless"
        popupMatchSelectWidth={false}
        onChange={(lang: string) => {
          if (isLang(lang)) void changeLang(lang);
        }}
        options={LANGS.map((lang) => ({ value: lang, label: <span lang={lang}>{LANG_NAMES[lang]}</span> }))}
        data-testid="language-switcher"
      />
    </span>
  );
}
