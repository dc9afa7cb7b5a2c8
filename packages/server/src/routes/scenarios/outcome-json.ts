import type { GroupTally, SimulationOutcome, Tally } from '@xiaowei/app';
import type { Lang, TaxBenefitSystem } from '@xiaowei/engine';
import type { Catalogue } from '@xiaowei/policy';
import { AppError } from '../../errors/app-error.ts';
import { Yuan } from '../../http/json.ts';
import { traceJson } from '../trace/trace-json.ts';

/** An exact sum of fen as a JSON number of yuan (a sum beyond 2^53 fen is refused, never rounded). */
function yuan(fen: bigint | number): Yuan {
  const n = Number(fen);
  if (!Number.isSafeInteger(n)) throw new AppError('XW_ERR_INTERNAL');
  return new Yuan(n);
}

function tallyJson(t: Tally) {
  return {
    enterprises: t.enterprises,
    baseline: yuan(t.baselineFen),
    reform: yuan(t.reformFen),
    change: yuan(t.changeFen),
    beneficiaries_baseline: t.beneficiariesBaseline,
    beneficiaries_reform: t.beneficiariesReform,
    gainers: t.gainers,
    gain: yuan(t.gainFen),
    losers: t.losers,
    loss: yuan(t.lossFen),
  };
}

const groupJson = (names?: ReadonlyMap<string, string>) => (g: GroupTally) => ({
  key: g.key,
  name: names?.get(g.key) ?? null,
  ...tallyJson(g),
});

/**
 * A simulation's outcome as the API sends it: money in exact yuan, measures and regions by name in `lang`; the
 * traces of the largest changes as POST /api/v1/trace gives them (labels in `lang`, money in yuan).
 */
export function outcomeJson(
  o: SimulationOutcome,
  system: TaxBenefitSystem,
  catalogue: Catalogue,
  regions: ReadonlyMap<string, string>,
  lang: Lang,
) {
  const titles = new Map(
    catalogue.measures.flatMap((m) => [[m.id, m.title[lang]] as const, ...m.subMeasures.map((s) => [s.id, s.title[lang]] as const)]),
  );
  return {
    scenario: o.scenario,
    period: o.period,
    policy_version: o.policyVersion,
    baseline_hash: o.baselineHash,
    reform_hash: o.reformHash,
    enterprises: o.enterprises,
    incomplete: o.incomplete,
    problems: o.problems.map((p) => ({ row: p.row ?? null, field: p.field, message: p.message[lang] })),
    totals: tallyJson(o.totals),
    by_region: o.byRegion.map(groupJson(regions)),
    by_industry_group: o.byIndustryGroup.map(groupJson()),
    by_size_class: o.bySizeClass.map(groupJson()),
    by_measure: o.byMeasure.map(groupJson(titles)),
    largest_changes: o.top.map((c) => ({
      id: c.id,
      region: c.region,
      industry_group: c.industryGroup,
      size_class: c.sizeClass,
      baseline: yuan(c.baselineFen),
      reform: yuan(c.reformFen),
      change: yuan(c.changeFen),
      explanations: c.explanations.map((x) => ({
        measure: x.measure,
        title: titles.get(x.measure) ?? null,
        variable: x.variable,
        baseline: traceJson(system, x.baseline, lang),
        reform: traceJson(system, x.reform, lang),
      })),
    })),
    timings: o.timings,
    workers: o.workers,
  };
}
