import type { Labels, Lang, Parameter, ParameterEntry, ParameterTreeItem, Reference, Scale } from '@xiaowei/engine';
import { Yuan } from '../../http/json.ts';

function reference(r: Reference, lang: Lang): Record<string, string> {
  const title = r.title === undefined ? undefined : typeof r.title === 'string' ? r.title : (r.title as Labels)[lang];
  return {
    document: r.document,
    ...(r.article ? { article: r.article } : {}),
    ...(title ? { title } : {}),
    ...(r.url ? { url: r.url } : {}),
  };
}

/** A value as written in law: currency back from fen to exact yuan. */
function value(p: Parameter, v: ParameterEntry['value']): unknown {
  return p.metadata.unit === 'currency' && typeof v === 'number' ? new Yuan(v) : v;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The tree below `item` in `lang`; with `at`, each leaf's value in force that day (null when none). */
export function treeJson(item: ParameterTreeItem, lang: Lang, at: string | undefined): Record<string, unknown> {
  const head = { path: item.path, name: nameOf(item.path), kind: item.kind, label: item.metadata.label?.[lang] ?? null };
  const unit = item.metadata.unit ? { unit: item.metadata.unit } : {};
  if (item.kind === 'node') return { ...head, children: [...item.children.values()].map((c) => treeJson(c, lang, at)) };
  if (item.kind === 'scale') return { ...head, ...unit };
  if (at === undefined) return { ...head, ...unit };
  const entry = item.entryAt(at);
  return { ...head, ...unit, value: entry === undefined ? null : value(item, entry.value) };
}

/** A leaf's whole history in `lang`. */
export function historyJson(p: Parameter, lang: Lang): Record<string, unknown> {
  const m = p.metadata;
  return {
    path: p.path,
    kind: 'parameter',
    label: m.label?.[lang] ?? null,
    ...(m.description ? { description: m.description[lang] } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    references: m.references.map((r) => reference(r, lang)),
    confidence: m.confidence,
    ...(m.note ? { note: m.note } : {}),
    values: p.entries.map((e) => ({
      start: e.start,
      end: e.end,
      value: value(p, e.value),
      references: e.references.map((r) => reference(r, lang)),
      confidence: e.confidence,
      ...(e.note ? { note: e.note } : {}),
    })),
  };
}

/** A scale's brackets, each part with its history. */
export function scaleJson(s: Scale, lang: Lang): Record<string, unknown> {
  const m = s.metadata;
  return {
    path: s.path,
    kind: 'scale',
    type: s.type,
    label: m.label?.[lang] ?? null,
    ...(m.description ? { description: m.description[lang] } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    references: m.references.map((r) => reference(r, lang)),
    confidence: m.confidence,
    ...(m.note ? { note: m.note } : {}),
    brackets: s.brackets.map((b) => ({
      threshold: historyJson(b.threshold, lang),
      ...(b.rate ? { rate: historyJson(b.rate, lang) } : {}),
      ...(b.amount ? { amount: historyJson(b.amount, lang) } : {}),
    })),
  };
}
