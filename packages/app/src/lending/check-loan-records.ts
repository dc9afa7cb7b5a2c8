/**
 * The policy's checks of loan records: one engine `Simulation` per fee year over its contracts, each
 * contract linked to its borrower, whose small/micro status for the year is the bank's classification.
 * The fee rules (银监发〔2011〕94号 art. 6: `loan_fee_violation`, `loan_fee_violation_amount`,
 * `loan_fee_review_flag`) and the stamp duty (财税〔2011〕105号 / 财税〔2014〕78号:
 * `loan_contract_stamp_duty_exempt`, `loan_contract_stamp_duty`) are the policy's variables. An output
 * the rules do not cover for some contracts (fees of a year that may predate 2012-04-19; a contract
 * signed after 2017-12-31) is computed contract by contract, so the others keep their result and the
 * uncovered ones carry the engine's reason.
 */
import { type Column, dayNumber, Period, Population, Simulation, type TaxBenefitSystem } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import type { LoanCheck, LoanRecordInput } from './loan-record.ts';

const OUTPUTS = [
  'loan_fee_violation',
  'loan_fee_review_flag',
  'loan_fee_violation_amount',
  'loan_contract_stamp_duty_exempt',
  'loan_contract_stamp_duty',
] as const;
type Output = (typeof OUTPUTS)[number];

function simulationOf(system: TaxBenefitSystem, period: Period, records: readonly LoanRecordInput[]): Simulation {
  const n = records.length;
  const pop = new Population(system);
  pop.addEntity(
    'enterprise',
    n,
    records.map((r) => r.borrowerCreditCode),
  );
  pop.addEntity('bank', 1, ['lender']);
  pop.addEntity(
    'loan_contract',
    n,
    records.map((r) => r.contractId),
  );
  pop.setLink(
    'loan_contract',
    'borrower',
    Int32Array.from(records, (_r, i) => i),
  );
  pop.setLink('loan_contract', 'lender', new Int32Array(n));
  // The bank's classification of the borrower for the fee year (300号), given rather than recomputed: the
  // bank does not report the borrower's figures.
  pop.setInput(
    'is_small_or_micro',
    period,
    Uint8Array.from(records, (r) => (r.borrowerSizeClass === 'small' || r.borrowerSizeClass === 'micro' ? 1 : 0)),
  );
  pop.setInput(
    'signed',
    period,
    Int32Array.from(records, (r) => dayNumber(r.signed)),
  );
  pop.setInput(
    'loan_contract_amount',
    period,
    Float64Array.from(records, (r) => r.amountFen),
  );
  pop.setInput(
    'is_syndicated',
    period,
    Uint8Array.from(records, (r) => (r.syndicated ? 1 : 0)),
  );
  pop.setInput(
    'commitment_fee',
    period,
    Float64Array.from(records, (r) => r.commitmentFeeFen),
  );
  pop.setInput(
    'fund_management_fee',
    period,
    Float64Array.from(records, (r) => r.fundManagementFeeFen),
  );
  pop.setInput(
    'advisory_fee',
    period,
    Float64Array.from(records, (r) => r.advisoryFeeFen),
  );
  pop.setInput(
    'consulting_fee',
    period,
    Float64Array.from(records, (r) => r.consultingFeeFen),
  );
  return new Simulation(system, pop);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Checks loan records with the policy, in the order given.
 * @example checkLoanRecords([record])[0].feeViolation
 */
export function checkLoanRecords(records: readonly LoanRecordInput[], system: TaxBenefitSystem = getSystem()): LoanCheck[] {
  const values = new Map<Output, (number | null)[]>(OUTPUTS.map((o) => [o, new Array(records.length).fill(null)]));
  const problems: (string | null)[] = new Array(records.length).fill(null);
  const byYear = new Map<number, number[]>();
  for (const [i, r] of records.entries()) byYear.set(r.year, [...(byYear.get(r.year) ?? []), i]);
  for (const [year, indices] of byYear) {
    const period = Period.parse(String(year));
    const members = indices.map((i) => records[i]);
    const sim = simulationOf(system, period, members);
    for (const output of OUTPUTS) {
      let column: Column | undefined;
      try {
        column = sim.calculate(output, period);
      } catch {
        column = undefined;
      }
      indices.forEach((i, j) => {
        if (column !== undefined) {
          (values.get(output) as (number | null)[])[i] = Number(column[j]);
          return;
        }
        try {
          const one = simulationOf(system, period, [records[i]]).calculate(output, period);
          (values.get(output) as (number | null)[])[i] = Number(one[0]);
        } catch (e) {
          problems[i] ??= message(e);
        }
      });
    }
  }
  const flag = (o: Output, i: number) => {
    const v = (values.get(o) as (number | null)[])[i];
    return v === null ? null : v === 1;
  };
  const fen = (o: Output, i: number) => (values.get(o) as (number | null)[])[i];
  return records.map((_r, i) => ({
    feeViolation: flag('loan_fee_violation', i),
    feeReviewFlag: flag('loan_fee_review_flag', i),
    violationAmountFen: fen('loan_fee_violation_amount', i),
    stampDutyExempt: flag('loan_contract_stamp_duty_exempt', i),
    stampDutyFen: fen('loan_contract_stamp_duty', i),
    problem: problems[i],
    policyVersion: POLICY_VERSION,
    parameterHash: system.parameterHash,
  }));
}
