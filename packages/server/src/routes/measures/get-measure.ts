import type { Lang } from '@xiaowei/engine';
import type { Catalogue } from '@xiaowei/policy';
import { AppError } from '../../errors/app-error.ts';
import { measureJson, subMeasureJson } from './list-measures.ts';

/**
 * One item or sub-measure of the catalogue by id, or XW_ERR_NOT_FOUND.
 * @example getMeasure(catalogue, 'gf2012-14/02.4', 'zh-CN').parent // 'gf2012-14/02'
 */
export function getMeasure(catalogue: Catalogue, id: string, lang: Lang): Record<string, unknown> {
  const wanted = id.trim();
  for (const m of catalogue.measures) {
    if (m.id === wanted) return { ...measureJson(catalogue, m, lang), text_ko: m.text.ko };
    const sub = m.subMeasures.find((s) => s.id === wanted);
    if (sub) return subMeasureJson(sub, m, lang);
  }
  throw new AppError('XW_ERR_NOT_FOUND', { what: wanted.slice(0, 200) });
}
