import type { Lang } from './languages.ts';

export const NAMESPACES = ['common', 'industry', 'selfCheck', 'entitlements', 'catalogue'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type LangResources = Readonly<Record<Namespace, Record<string, unknown>>>;

/**
 * The strings of each language, one JSON file per namespace under `locales/<lang>/`. Each language is
 * its own chunk: a visitor downloads only the language shown (and another only on switching).
 */
export const LOADERS: Readonly<Record<Lang, () => Promise<{ default: LangResources }>>> = {
  'zh-CN': () => import('./locale-zh-CN.ts'),
  ko: () => import('./locale-ko.ts'),
  en: () => import('./locale-en.ts'),
};
