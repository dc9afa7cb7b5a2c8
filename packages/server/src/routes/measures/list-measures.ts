import type { Lang } from '@xiaowei/engine';
import { type Catalogue, getSystem, type Measure, type MeasureBase, measureTimelines } from '@xiaowei/policy';

/** Whether a measure is in force on `date` (YYYY-MM-DD). */
const inForce = (m: MeasureBase, date: string) => m.effective.from <= date && (m.effective.to === null || date <= m.effective.to);

/** Text compared in searches: NFKC (full-width → half-width), lower case. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The measure's timeline 2012-01 … 2027-12 as the policy derives it from its variables (null: text only).
 * The engine's reason of a stretch is an English developer note: it is given with `lang=en` only.
 */
function timelineJson(catalogue: Catalogue, m: MeasureBase, lang: Lang): unknown {
  const segments = measureTimelines(getSystem(), catalogue).get(m.id);
  if (segments === undefined) return null;
  return segments.map((s) => ({ from: s.from, to: s.to, status: s.status, ...(lang === 'en' && s.reason ? { reason: s.reason } : {}) }));
}

function baseJson(m: MeasureBase, lang: Lang, catalogue?: Catalogue): Record<string, unknown> {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title[lang],
    summary: m.summary[lang],
    beneficiaries: [...m.beneficiaries],
    effective: { from: m.effective.from, to: m.effective.to },
    documents: m.documents.map((d) => ({ number: d.number, title: d.title[lang], confidence: d.confidence })),
    variables: [...m.variables],
    ...(catalogue ? { timeline: timelineJson(catalogue, m, lang) } : {}),
  };
}

/** An item of the catalogue as JSON in `lang`. */
export function measureJson(catalogue: Catalogue, m: Measure, lang: Lang): Record<string, unknown> {
  return {
    ...baseJson(m, lang, catalogue),
    item: m.item,
    chapter: m.chapter,
    chapter_title: catalogue.chapters.find((c) => c.chapter === m.chapter)?.title[lang] ?? '',
    kinds: [...m.kinds],
    tags: [...m.tags],
    sub_measures: m.subMeasures.map((s) => baseJson(s, lang, catalogue)),
  };
}

/** A sub-measure as JSON in `lang`, with its item. */
export function subMeasureJson(m: MeasureBase, parent: Measure, lang: Lang): Record<string, unknown> {
  return { ...baseJson(m, lang), parent: parent.id };
}

/** Every searchable text of a measure, in every language, folded. */
const searchIndex = new WeakMap<MeasureBase, string>();
function haystack(m: MeasureBase, extra: readonly string[] = []): string {
  let text = searchIndex.get(m);
  if (text === undefined) {
    const parts = [m.id, ...Object.values(m.title), ...Object.values(m.summary), ...extra];
    for (const d of m.documents) parts.push(d.number, ...Object.values(d.title));
    text = fold(parts.join('\n'));
    searchIndex.set(m, text);
  }
  return text;
}

export interface MeasureFilter {
  readonly kind?: string;
  readonly beneficiary?: string;
  readonly in_force?: string;
  readonly chapter?: number;
  readonly q?: string;
}

/**
 * The items of the catalogue that pass every filter: an item passes when it, or one of its
 * sub-measures, has the kind, the beneficiary, is in force on the date and contains the text.
 * @example listMeasures(catalogue, { q: '印花税', in_force: '2013-06-01' }, 'en')
 */
export function listMeasures(
  catalogue: Catalogue,
  filter: MeasureFilter,
  lang: Lang,
): { count: number; measures: Record<string, unknown>[] } {
  const words = fold(filter.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const passes = (m: MeasureBase, item: Measure | undefined): boolean => {
    if (filter.kind !== undefined && m.kind !== filter.kind && !(item?.kinds as readonly string[] | undefined)?.includes(filter.kind))
      return false;
    if (filter.beneficiary !== undefined && !(m.beneficiaries as readonly string[]).includes(filter.beneficiary)) return false;
    if (filter.in_force !== undefined && !inForce(m, filter.in_force)) return false;
    if (words.length > 0) {
      const text = item ? haystack(m, [item.text.ko, ...item.tags]) : haystack(m);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
  const selected = catalogue.measures.filter(
    (m) =>
      (filter.chapter === undefined || m.chapter === filter.chapter) && (passes(m, m) || m.subMeasures.some((s) => passes(s, undefined))),
  );
  return { count: selected.length, measures: selected.map((m) => measureJson(catalogue, m, lang)) };
}
