import type { ParameterTreeItem } from '../../api/types.ts';
import type { Lang } from '../../i18n/languages.ts';
import { formatParameterValue } from '../public/measure/parameter-value.ts';

/** A node of the picker's tree (antd TreeSelect data); `search` holds what a search matches. */
export interface PickerNode {
  readonly value: string;
  readonly title: string;
  readonly search: string;
  readonly selectable: boolean;
  readonly children?: PickerNode[];
}

/**
 * The parameter tree (GET /api/v1/parameters?at=…) for the picker: each leaf titled with its label and the
 * value in force on that day; only leaves are selectable for a parameter change, groups too for copying
 * a later document's values (`groups`). Scales (bracket tables) are left out: their parts are not leaves.
 */
export function pickerTree(item: ParameterTreeItem, lang: Lang, none: string, groups: boolean): PickerNode[] {
  const out: PickerNode[] = [];
  for (const c of item.children ?? []) {
    const name = c.label ?? c.name;
    if (c.kind === 'node') {
      const children = pickerTree(c, lang, none, groups);
      if (children.length > 0)
        out.push({ value: c.path, title: name, search: `${c.path} ${name}`.toLowerCase(), selectable: groups, children });
    } else if (c.kind === 'parameter') {
      const value = formatParameterValue(c.value, c.unit, lang, none);
      out.push({ value: c.path, title: `${name}: ${value}`, search: `${c.path} ${name}`.toLowerCase(), selectable: true });
    }
  }
  return out;
}

/** The leaf at `path` of the tree, if any. */
export function findLeaf(item: ParameterTreeItem, path: string): ParameterTreeItem | undefined {
  if (item.path === path) return item;
  for (const c of item.children ?? []) {
    if (path === c.path || path.startsWith(`${c.path}.`)) {
      const found = findLeaf(c, path);
      if (found) return found;
    }
  }
  return undefined;
}
