import { FormulaError, type Labels, MINOR_PER_MAJOR, type Period, Population, type ScalarValue, Simulation } from '@xiaowei/engine';
import { type Assessment, assessEntitlements as assessOne, ENTITLEMENTS, type PendingInput } from '@xiaowei/policy';
import { formulaProblem } from '../evaluation/formula-failure.ts';
import { periodError } from '../evaluation/period-error.ts';
import { periodInputs, setPeriodInputs } from '../evaluation/period-inputs.ts';
import type { Rules } from '../evaluation/rules.ts';
import type { Problem } from '../problems/problem.ts';
import { RecordsError } from '../problems/records-error.ts';
import { type DecodedRecords, decodeRecords } from '../records/decode-records.ts';
import type { RecordSet } from '../records/record-set.ts';

export interface EntitlementsRequest {
  /** The year to assess, as the user wrote it. */
  readonly period: string;
  readonly records: RecordSet;
  /** Further names of fields (an adapter's printed headers). */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** A condition's threshold: the record's value and the bound, money in fen. */
export interface ThresholdOutcome {
  readonly quantity: string;
  readonly op: '<=' | '<' | '>=' | '>';
  readonly money: boolean;
  readonly value: ScalarValue;
  readonly bound: ScalarValue;
}

/** One entitlement of one enterprise: money in fen. */
export interface EntitlementOutcome {
  readonly measure: string;
  /** The measure's title in the catalogue. */
  readonly title: Labels | undefined;
  readonly eligible: boolean;
  readonly value: number;
  readonly counted: boolean;
  readonly conditions: readonly {
    readonly variable: string;
    readonly label: Labels;
    readonly met: boolean;
    readonly threshold?: ThresholdOutcome;
    readonly advice?: Labels;
    readonly missing?: string;
  }[];
  /** The input not given that eligibility or the amount needs: the amount is not counted, the reader is told what to give. */
  readonly pending?: PendingInput;
}

/** The whole package of one enterprise: money in fen. */
export interface EnterpriseEntitlements {
  /** The counted values (schemes that cannot be combined counted once). */
  readonly total: number;
  readonly entitlements: readonly EntitlementOutcome[];
  /** Measures with entitlements whose rules are not encoded for this period. */
  readonly notEncoded: readonly string[];
  /** Measures the enterprise is eligible for whose amount is pending an input: not in `total`. */
  readonly totalExcludes: readonly string[];
}

export interface EntitlementsAssessment {
  readonly period: Period;
  readonly records: DecodedRecords;
  /** Per record, in record order. */
  readonly enterprises: readonly EnterpriseEntitlements[];
}

/** Yuan as the policy's assessment holds them (fen / 100, a float) back to exact fen. */
const fen = (yuan: number) => Math.round(yuan * MINOR_PER_MAJOR);

/**
 * Every entitlement of every enterprise for the year: eligible or not, its value, for those missed the
 * conditions that failed with the distance to meeting them, and the whole-package total. Each record
 * is its own simulation, so that a figure one record lacks does not stop the others' answers; every
 * record lacking a figure its answer needs is reported (`cannot-compute`), and nothing is returned then.
 * @example assessEntitlements(new Rules(), { period: '2015', records }).enterprises[0].total
 */
export function assessEntitlements(rules: Rules, request: EntitlementsRequest): EntitlementsAssessment {
  const { system } = rules;
  const period = rules.period(request.period);
  const records = decodeRecords(system, 'enterprise', request.records, {
    required: ['industry'],
    ...(request.aliases ? { aliases: request.aliases } : {}),
  });
  const given = periodInputs(system.variables.values(), records, period);
  const simulationOf = (i: number): Simulation => {
    const population = new Population(system);
    population.addEntity('enterprise', 1);
    setPeriodInputs(population, given, i);
    return new Simulation(system, population);
  };
  const problems: Problem[] = [];
  const enterprises: EnterpriseEntitlements[] = [];
  for (let i = 0; i < records.n; i++) {
    let a: Assessment;
    try {
      a = assessOne(system, simulationOf(i), 0, period, ENTITLEMENTS);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw periodError(e, request.period);
      problems.push(formulaProblem(e, records.rows[i]));
      continue;
    }
    enterprises.push(outcomeOf(rules, a));
  }
  if (problems.length > 0) throw new RecordsError('cannot-compute', records.source, problems);
  return { period, records, enterprises };
}

function outcomeOf(rules: Rules, a: Assessment): EnterpriseEntitlements {
  return {
    total: fen(a.total),
    notEncoded: [...a.notEncoded],
    totalExcludes: [...a.totalExcludes],
    entitlements: a.entitlements.map((e) => ({
      measure: e.measure,
      title: rules.titles.get(e.measure),
      eligible: e.eligible,
      value: fen(e.value),
      counted: e.counted,
      conditions: e.conditions.map((c) => {
        const money = c.threshold !== undefined && rules.system.variables.get(c.threshold.quantity)?.valueType === 'money';
        const amount = (v: ScalarValue) => (money && typeof v === 'number' ? fen(v) : v);
        return {
          variable: c.variable,
          label: c.label,
          met: c.met,
          ...(c.threshold
            ? {
                threshold: {
                  quantity: c.threshold.quantity,
                  op: c.threshold.op,
                  money,
                  value: amount(c.threshold.value),
                  bound: amount(c.threshold.bound),
                },
              }
            : {}),
          ...(c.advice ? { advice: c.advice } : {}),
          ...(c.missing ? { missing: c.missing } : {}),
        };
      }),
      ...(e.pending ? { pending: e.pending } : {}),
    })),
  };
}

/**
 * A condition as an adapter writes it, in `lang`: money of the threshold written by `amount` (the CLI's exact
 * JSON number, the service's `Yuan`), the missing input named when `withMissing`.
 */
export function conditionIn<T>(
  c: EntitlementOutcome['conditions'][number],
  lang: keyof Labels,
  amount: (fen: number) => T,
  withMissing: boolean,
): Record<string, T | ScalarValue | Record<string, T | ScalarValue>> {
  const show = (v: ScalarValue) => (c.threshold?.money && typeof v === 'number' ? amount(v) : v);
  return {
    variable: c.variable,
    label: c.label[lang],
    met: c.met,
    ...(c.threshold
      ? {
          threshold: { quantity: c.threshold.quantity, op: c.threshold.op, value: show(c.threshold.value), bound: show(c.threshold.bound) },
        }
      : {}),
    ...(c.advice ? { advice: c.advice[lang] } : {}),
    ...(withMissing && c.missing ? { missing: c.missing } : {}),
  };
}
