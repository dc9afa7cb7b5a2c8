import type { Measure } from '../../../api/types.ts';

export interface ChapterGroup<M extends Measure> {
  readonly chapter: number;
  readonly title: string;
  readonly measures: readonly M[];
}

/** Measures grouped by chapter of the Opinions, chapters and items in order. */
export function groupByChapter<M extends Measure>(measures: readonly M[]): ChapterGroup<M>[] {
  const groups = new Map<number, { chapter: number; title: string; measures: M[] }>();
  for (const m of [...measures].sort((a, b) => a.item - b.item)) {
    const g = groups.get(m.chapter) ?? { chapter: m.chapter, title: m.chapter_title, measures: [] };
    g.measures.push(m);
    groups.set(m.chapter, g);
  }
  return [...groups.values()].sort((a, b) => a.chapter - b.chapter);
}
