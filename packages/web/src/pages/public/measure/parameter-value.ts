import type { ParameterValue } from '../../../api/types.ts';
import { formatCount, formatPercent, formatYuan } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/languages.ts';

const YES_NO: Readonly<Record<Lang, readonly [string, string]>> = { 'zh-CN': ['是', '否'], ko: ['예', '아니요'], en: ['yes', 'no'] };

/**
 * A parameter value as people read it, by its unit: money in yuan, shares as percentages, head counts,
 * yes/no; null (no value in force: the rule lapsed or is not encoded) is shown as `none`.
 */
export function formatParameterValue(value: ParameterValue | undefined, unit: string | undefined, lang: Lang, none: string): string {
  if (value === null || value === undefined) return none;
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (typeof value === 'string') return value;
  if (unit === 'currency') return formatYuan(value, lang);
  if (unit === '/1') return formatPercent(value, lang);
  if (unit === 'person') return formatCount(value, lang);
  return new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 6 }).format(value);
}

/** A number for the timeline chart: money and counts as they are, shares in percent, yes/no as 1/0. */
export function chartValue(value: ParameterValue, unit: string | undefined): number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return null;
  return unit === '/1' ? value * 100 : value;
}
