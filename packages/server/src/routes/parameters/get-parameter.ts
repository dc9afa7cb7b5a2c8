import type { Lang, ParameterNode } from '@xiaowei/engine';
import { AppError } from '../../errors/app-error.ts';
import { historyJson, scaleJson, treeJson } from './parameter-json.ts';

/**
 * The parameter at `path` (dots or slashes): a leaf's history, a scale's brackets, or a node's subtree.
 * @example getParameter(root, 'classification/size_standard/industry/medium/employees', 'en').values
 */
export function getParameter(root: ParameterNode, path: string, lang: Lang, at: string | undefined): Record<string, unknown> {
  const dotted = path
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\//g, '.');
  const item = dotted === '' ? root : root.find(dotted);
  if (item === undefined) throw new AppError('XW_ERR_NOT_FOUND', { what: dotted.slice(0, 200) });
  if (item.kind === 'parameter') return historyJson(item, lang);
  if (item.kind === 'scale') return scaleJson(item, lang);
  return treeJson(item, lang, at);
}
