import { Period, Population, Simulation, type TaxBenefitSystem, type Variable } from '@xiaowei/engine';
import type { Catalogue } from './load-catalogue.ts';

/** The months a timeline covers: from the Opinions' first year to the horizon of the documents encoded. */
export const TIMELINE_START = '2012-01';
export const TIMELINE_END = '2027-12';

/**
 * One stretch of a measure's timeline: every computed variable of the measure answers (`encoded`), some do
 * (`partial`), or none does (`not_encoded`: before its rules, after their end, or a period no document read
 * covers). A new stretch starts wherever a variable's dated formula changes or a variable starts or stops
 * answering. `reason` is the engine's reason for the first variable that refuses (English, for developers).
 */
export interface TimelineSegment {
  readonly from: string;
  readonly to: string;
  readonly status: 'encoded' | 'partial' | 'not_encoded';
  readonly reason?: string;
}

function months(): Period[] {
  const out: Period[] = [];
  for (let y = Number(TIMELINE_START.slice(0, 4)); y <= Number(TIMELINE_END.slice(0, 4)); y++) out.push(...Period.year(y).split('month'));
  return out.filter((m) => m.key >= TIMELINE_START && m.key <= TIMELINE_END);
}

/**
 * Each sub-measure's (and item's) timeline, month by month from 2012-01 to 2027-12, derived from the law
 * itself: every computed variable of the measure is evaluated for each period over an empty population, so
 * its dated formulas, their ends and the ends of the parameters it reads decide — no date is written here.
 * Measures without computed variables (text only) have no timeline.
 */
export function measureTimelines(system: TaxBenefitSystem, catalogue: Catalogue): ReadonlyMap<string, readonly TimelineSegment[]> {
  const cached = cache.get(system);
  if (cached) return cached;
  const population = new Population(system);
  for (const entity of system.entities.keys()) population.addEntity(entity, 0);
  const probe = new Map<string, string | null>();
  const answers = (v: Variable, period: Period): string | null => {
    const p = v.definitionPeriod === 'eternity' ? Period.ETERNITY : v.definitionPeriod === 'year' ? Period.year(period.year) : period;
    const key = `${v.id}@${p.key}`;
    let reason = probe.get(key);
    if (reason === undefined) {
      try {
        new Simulation(system, population).calculate(v.id, p);
        reason = null;
      } catch (e) {
        reason = e instanceof Error ? e.message : String(e);
      }
      probe.set(key, reason);
    }
    return reason;
  };
  const out = new Map<string, readonly TimelineSegment[]>();
  const grid = months();
  for (const measure of catalogue.measures.flatMap((m) => [m, ...m.subMeasures])) {
    const computed = measure.variables.map((id) => system.variable(id)).filter((v) => !v.isInput);
    if (computed.length === 0) continue;
    const segments: TimelineSegment[] = [];
    const rulesOf = new Map<TimelineSegment, string>();
    for (const month of grid) {
      const reasons = computed.map((v) => answers(v, month));
      const refused = reasons.filter((r): r is string => r !== null);
      const status = refused.length === 0 ? 'encoded' : refused.length === reasons.length ? 'not_encoded' : 'partial';
      // What is in force: for each variable, the dated formula it answers with, or that it refuses.
      const rules = computed.map((v, k) => (reasons[k] === null ? ruleFrom(v, month) : 'refused')).join('|');
      const last = segments.at(-1);
      if (last && rulesOf.get(last) === rules) segments[segments.length - 1] = { ...last, to: month.key };
      else segments.push({ from: month.key, to: month.key, status, ...(refused[0] ? { reason: refused[0] } : {}) });
      rulesOf.set(segments[segments.length - 1], rules);
    }
    out.set(measure.id, segments);
  }
  cache.set(system, out);
  return out;
}
/** The start of the dated formula of `v` in force on the period's first day (the period it is asked for). */
function ruleFrom(v: Variable, month: Period): string {
  const at = v.definitionPeriod === 'eternity' ? '9999-12-31' : v.definitionPeriod === 'year' ? `${month.year}-01-01` : month.start;
  return (v.formulas ?? []).filter((f) => f.from <= at).at(-1)?.from ?? '';
}
const cache = new WeakMap<TaxBenefitSystem, ReadonlyMap<string, readonly TimelineSegment[]>>();
