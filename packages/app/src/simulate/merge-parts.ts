import type { PartResult, TopChange } from './simulate-part.ts';
import { MAX_PROBLEMS, TOP_CHANGES } from './simulate-part.ts';
import { TallyCounter, TallyGroups } from './tally.ts';

/** The parts of a registry simulated apart (by worker threads), added up as one. */
export function mergeParts(parts: readonly PartResult[], topSize = TOP_CHANGES): PartResult {
  if (parts.length === 1) return parts[0];
  const totals = new TallyCounter();
  const groups = {
    byRegion: new TallyGroups(),
    byIndustryGroup: new TallyGroups(),
    bySizeClass: new TallyGroups(),
    byMeasure: new TallyGroups(),
  };
  const top: TopChange[] = [];
  let incomplete = 0;
  const problems = [];
  for (const p of parts) {
    totals.merge(p.totals);
    groups.byRegion.merge(p.byRegion);
    groups.byIndustryGroup.merge(p.byIndustryGroup);
    groups.bySizeClass.merge(p.bySizeClass);
    groups.byMeasure.merge(p.byMeasure);
    incomplete += p.incomplete;
    problems.push(...p.problems);
    top.push(...p.top);
  }
  top.sort((a, b) => Math.abs(b.changeFen) - Math.abs(a.changeFen) || a.index - b.index);
  return {
    totals: totals.result(),
    byRegion: groups.byRegion.result(),
    byIndustryGroup: groups.byIndustryGroup.result(),
    bySizeClass: groups.bySizeClass.result(),
    byMeasure: groups.byMeasure.result(),
    incomplete,
    problems: problems.slice(0, MAX_PROBLEMS),
    top: top.slice(0, topSize),
  };
}
