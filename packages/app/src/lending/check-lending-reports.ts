/**
 * The policy's check of lending reports: the "two not lower than" of 银监发〔2011〕94号 (Guofa [2012] No. 14
 * item 07) computed by the engine from the reported figures, one `Simulation` per quarter over every bank
 * reporting it. Nothing of the rule is restated here: the growth comparison, the dated wording of the
 * increment target ("高于" to 2012, "不低于" from 2013) and the rates are the policy's variables; the wording
 * is read back from the parameter the formula used, for display.
 */
import { Period, Population, Simulation, type TaxBenefitSystem } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { type LendingCheck, type LendingReportInput, quarterMonth, REPORT_FIGURES } from './lending-report.ts';

/** The dated parameter that words the increment target. */
export const INCREMENT_WORDING_PARAMETER = 'finance.bank_lending.increment_strictly_higher';

/** The wording of the increment target in force for a quarter, with the document it comes from. */
export interface IncrementWording {
  readonly strictlyHigher: boolean;
  readonly from: string;
  readonly document: string | null;
  readonly confidence: string;
}

/** The wording in force at the start of the quarter's reporting month (as the formula reads it), or null before it exists. */
export function incrementWording(year: number, quarter: number, system: TaxBenefitSystem = getSystem()): IncrementWording | null {
  const entry = system.parameter(INCREMENT_WORDING_PARAMETER).entryAt(`${quarterMonth(year, quarter)}-01`);
  if (entry === undefined || entry.value === null) return null;
  return {
    strictlyHigher: entry.value === true || entry.value === 1,
    from: entry.start,
    document: entry.references[0]?.document ?? null,
    confidence: entry.confidence,
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Checks reports with the policy, in the order given.
 * @example checkLendingReports([report])[0].meetsTwoTargets
 */
export function checkLendingReports(reports: readonly LendingReportInput[], system: TaxBenefitSystem = getSystem()): LendingCheck[] {
  const out: LendingCheck[] = new Array(reports.length);
  const byMonth = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const key = quarterMonth(r.year, r.quarter);
    byMonth.set(key, [...(byMonth.get(key) ?? []), i]);
  });
  for (const [month, indices] of byMonth) {
    const period = Period.parse(month);
    const n = indices.length;
    const pop = new Population(system);
    pop.addEntity(
      'bank',
      n,
      indices.map((i) => reports[i].bankId),
    );
    for (const f of REPORT_FIGURES) {
      pop.setInput(
        f.variable,
        period,
        Float64Array.from(indices, (i) => reports[i][f.key]),
      );
    }
    const sim = new Simulation(system, pop);
    const base = { policyVersion: POLICY_VERSION, parameterHash: system.parameterHash };
    try {
      const col = (id: string) => sim.calculate(id, period) as Float64Array | Uint8Array;
      const allRate = col('all_loan_growth_rate');
      const smallRate = col('small_micro_loan_growth_rate');
      const share = col('small_micro_loan_small_lines_share');
      const growth = col('meets_growth_target');
      const increment = col('meets_increment_target');
      const two = col('meets_two_targets');
      const wording = incrementWording(reports[indices[0]].year, reports[indices[0]].quarter, system);
      indices.forEach((i, j) => {
        out[i] = {
          allLoanGrowthRate: allRate[j],
          smallMicroLoanGrowthRate: smallRate[j],
          smallLinesShare: share[j],
          meetsGrowthTarget: growth[j] === 1,
          meetsIncrementTarget: increment[j] === 1,
          meetsTwoTargets: two[j] === 1,
          incrementStrictlyHigher: wording?.strictlyHigher ?? null,
          problem: null,
          ...base,
        };
      });
    } catch (e) {
      // A quarter the encoded rules do not cover (before 2012-04-19): stored with the engine's reason, unchecked.
      for (const i of indices) {
        out[i] = {
          allLoanGrowthRate: null,
          smallMicroLoanGrowthRate: null,
          smallLinesShare: null,
          meetsGrowthTarget: null,
          meetsIncrementTarget: null,
          meetsTwoTargets: null,
          incrementStrictlyHigher: null,
          problem: message(e),
          ...base,
        };
      }
    }
  }
  return out;
}
