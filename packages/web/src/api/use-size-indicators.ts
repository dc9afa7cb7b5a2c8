import { industryCodeOf } from '../components/industry-picker.tsx';
import { INDUSTRY_GROUPS } from '../data/industry-groups.ts';
import { currentLang } from '../i18n/index.ts';
import { apiGet } from './client.ts';
import type { ParameterAnswer, ParameterTreeItem } from './types.ts';
import { useApi } from './use-api.ts';

export const SIZE_INDICATORS = ['employees', 'revenue', 'total_assets'] as const;
export type SizeIndicator = (typeof SIZE_INDICATORS)[number];

const GROUPS = new Set<string>(INDUSTRY_GROUPS);

/** The size-standard group of an `industry` value (a group code, or a GB/T 4754 code that maps to one). */
export function sizeGroupOf(industry: string | undefined): string | undefined {
  if (!industry) return undefined;
  if (GROUPS.has(industry)) return industry;
  return industryCodeOf(industry)?.group ?? undefined;
}

/** The indicators named by the leaves of a group's parameters (`large.employees`, `small.total_assets`, …). */
export function indicatorsOf(node: ParameterAnswer): SizeIndicator[] {
  // A group's parameters are a folder; a leaf's history (no `name`) names no indicator of a group.
  if (!('name' in node)) return [];
  const found = new Set<string>();
  const walk = (n: ParameterTreeItem) => {
    if (n.kind === 'parameter') found.add(n.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return SIZE_INDICATORS.filter((i) => found.has(i));
}

/**
 * The indicators the size standard uses for `industry`'s group (工信部联企业〔2011〕300号 art. 4: 工业 by
 * employees and revenue, 建筑业 by revenue and total assets, …), read from the encoded parameters so that
 * the forms ask only for what the law looks at. Undefined while unknown (no industry yet, or loading):
 * the forms then show every indicator.
 */
export function useSizeIndicators(industry: string | undefined, period: string | undefined): readonly SizeIndicator[] | undefined {
  const group = sizeGroupOf(industry);
  const date = period && /^\d{4}$/.test(period) ? `${period}-12-31` : undefined;
  const lang = currentLang();
  const state = useApi(group ? JSON.stringify([group, date, lang]) : null, (signal) =>
    apiGet<ParameterAnswer>(`/api/v1/parameters/classification.size_standard.${group}`, { lang, signal, query: { at: date } }),
  );
  if (!group || state.data === undefined) return undefined;
  const used = indicatorsOf(state.data);
  return used.length > 0 ? used : undefined;
}
