import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import koKR from 'antd/es/locale/ko_KR.js';
import zhCN from 'antd/es/locale/zh_CN.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { isLang, type Lang } from '../i18n/languages.ts';
import { AppRoutes } from './routes.tsx';
import { SessionProvider } from './session.tsx';

/** The locale object of an antd locale module (typed as CommonJS under NodeNext, bundled as ESM). */
const unwrap = (m: unknown): Locale => ((m as { default?: Locale }).default ?? m) as Locale;
const ANTD_LOCALE: Readonly<Record<Lang, Locale>> = { 'zh-CN': unwrap(zhCN), ko: unwrap(koKR), en: unwrap(enUS) };

/** The application: Ant Design in the user's language around the route table. */
export function App() {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'zh-CN';
  const theme = useMemo(
    () => ({
      token: {
        colorPrimary: '#0958d9',
        colorLink: '#0958d9',
        colorInfo: '#0958d9',
        // Darker secondary text than the default, for a 4.5:1 contrast on white (WCAG AA).
        colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
        colorTextDescription: 'rgba(0, 0, 0, 0.65)',
        colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
        colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
        fontFamily:
          "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Helvetica Neue', Arial, sans-serif",
      },
    }),
    [],
  );
  return (
    <ConfigProvider locale={ANTD_LOCALE[lang]} theme={theme}>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ConfigProvider>
  );
}
