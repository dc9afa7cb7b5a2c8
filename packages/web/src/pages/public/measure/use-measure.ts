import { apiGet } from '../../../api/client.ts';
import type { MeasureAnswer, MeasureDetail, ParameterAnswer, ParameterHistory } from '../../../api/types.ts';
import { type ApiState, useApi } from '../../../api/use-api.ts';
import type { Lang } from '../../../i18n/languages.ts';

/** The answer to an item's id is the item; a sub-measure (with its `parent`) there is refused rather than drawn as one. */
function itemOf(answer: MeasureAnswer): MeasureDetail {
  if (!('item' in answer)) throw new Error(`${answer.id} is a sub-measure of ${answer.parent}, not an item`);
  return answer;
}

/** The item `gf2012-14/NN` in `lang` (GET /api/v1/measures/{id}). */
export function useMeasure(item: string, lang: Lang, attempt = 0): ApiState<MeasureDetail> {
  const id = `gf2012-14/${item}`;
  return useApi(/^\d{2}$/.test(item) ? JSON.stringify([id, lang, attempt]) : null, (signal) =>
    apiGet<MeasureAnswer>(`/api/v1/measures/${id}`, { lang, signal }).then(itemOf),
  );
}

/** Most parameter histories one page loads (each is a small request). */
export const MAX_PARAMETERS = 60;

/** The leaf parameters of a subtree (scales count as leaves), in tree order. */
export function leavesOf(item: ParameterAnswer): ParameterAnswer[] {
  if (item.kind !== 'node') return [item];
  return (item.children ?? []).flatMap(leavesOf);
}

/**
 * Every parameter under the subtrees `paths` with its whole history (GET /api/v1/parameters/{path}):
 * the subtrees first, then each leaf, at most {@link MAX_PARAMETERS}.
 */
export function useParameterHistories(paths: readonly string[], lang: Lang): ApiState<{ histories: ParameterHistory[]; more: number }> {
  return useApi(paths.length === 0 ? null : JSON.stringify([paths, lang]), async (signal) => {
    const trees = await Promise.all(paths.map((p) => apiGet<ParameterAnswer>(`/api/v1/parameters/${p}`, { lang, signal })));
    const leaves = trees.flatMap(leavesOf);
    const shown = leaves.slice(0, MAX_PARAMETERS);
    const answers = await Promise.all(shown.map((l) => apiGet<ParameterAnswer>(`/api/v1/parameters/${l.path}`, { lang, signal })));
    // A leaf's path answers its history (a scale's: its brackets); only a folder answers a subtree, and leaves are not folders.
    const histories = answers.flatMap((a) => ('references' in a ? [a] : []));
    return { histories, more: leaves.length - shown.length };
  });
}
