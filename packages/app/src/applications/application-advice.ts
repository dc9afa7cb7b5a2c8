/**
 * The engine's answer for an application, as advice to the reviewer (who decides): the entitlements of the
 * measure's sub-measures for the enterprise's registry year with the form's values laid over it — eligible or
 * not, the amount, and for a miss the conditions that failed with what would change (the same "why not" as the
 * entitlement report). A measure with nothing computable (items 03, 12, 28) has no advice: the reviewer decides
 * on the file alone, and the page says so rather than inventing a number.
 */
import type { EntitlementOutcome } from '../entitlements/assess-entitlements.ts';
import { assessEntitlements } from '../entitlements/assess-entitlements.ts';
import type { Rules } from '../evaluation/rules.ts';
import { jsonRecords } from '../records/record-set.ts';
import { applicationMeasure } from './application-measures.ts';

/**
 * The outcomes of the measure's sub-measures for one enterprise record (canonical input names, money in yuan)
 * in `year`; empty when the measure has no encoded entitlement. Throws the app's RecordsError when the record
 * cannot be read or computed (the caller shows its problems).
 * @example applicationAdvice(rules, 'gf2012-14/26', 2026, { id: 'E1', industry: 'F52', founded: '2025-03-01', rents_premises: true, premises_rent: '60000' })
 */
export function applicationAdvice(
  rules: Rules,
  measure: string,
  year: number,
  record: Readonly<Record<string, unknown>>,
): EntitlementOutcome[] {
  const m = applicationMeasure(measure);
  if (m === undefined || m.subMeasures.length === 0) return [];
  const assessment = assessEntitlements(rules, { period: String(year), records: jsonRecords('application', [record]) });
  const subs = new Set(m.subMeasures);
  return assessment.enterprises[0].entitlements.filter((e) => subs.has(e.measure));
}
