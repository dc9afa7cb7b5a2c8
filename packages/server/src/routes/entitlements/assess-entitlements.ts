import { FormulaError, type Lang, MINOR_PER_MAJOR, Population, type ScalarValue, Simulation } from '@xiaowei/engine';
import { type Assessment, assessEntitlements as assess, ENTITLEMENTS } from '@xiaowei/policy';
import { decodeRecords, type RecordId } from '../../engine/decode-records.ts';
import { type EngineService, periodError } from '../../engine/engine-service.ts';
import { cannotCompute, failureOf } from '../../engine/linked-records.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { Yuan } from '../../http/json.ts';

type Out = number | string | boolean | Yuan;

export interface AssessedEnterprise {
  readonly id: RecordId | null;
  readonly name?: string;
  readonly total_support_value: Yuan;
  readonly entitlements: readonly {
    measure: string;
    title: string | null;
    eligible: boolean;
    value: Yuan;
    counted: boolean;
    conditions: readonly Record<string, unknown>[];
    pending?: { for: 'eligibility' | 'amount'; input: string; label: string; message: string };
  }[];
  readonly not_encoded: readonly string[];
  readonly total_excludes: readonly string[];
}

export interface EntitlementsResult {
  readonly period: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: AssessedEnterprise;
  readonly results?: AssessedEnterprise[];
}

/** Yuan as the policy's assessment holds them (fen / 100, a float) back to exact fen. */
const fen = (yuan: number) => Math.round(yuan * MINOR_PER_MAJOR);

/**
 * The entitlement assessment of every enterprise of `body` for the year `period` (as
 * `xiaowei entitlements`): every entitlement in force, its value, the conditions with why-not and
 * what-would-change in `lang`, and the whole-package total.
 */
export function assessEntitlements(engine: EngineService, request: { period: string; lang: Lang; body: unknown }): EntitlementsResult {
  const { lang } = request;
  const period = engine.period(request.period);
  const system = engine.system;
  const { records, batchKey, places } = recordsOf(request.body, 'enterprises');
  const input = decodeRecords(engine, 'enterprise', records, places);
  // One simulation per record: a figure one record lacks must not stop the others' answers.
  const simulationOf = (i: number): Simulation => {
    const population = new Population(system);
    population.addEntity('enterprise', 1);
    for (const id of input.present) {
      const col = input.columns[id];
      population.setInput(id, period, Array.isArray(col) ? col.slice(i, i + 1) : col.subarray(i, i + 1));
    }
    return new Simulation(system, population);
  };
  const failures: ReturnType<typeof failureOf>[] = [];
  const titles = new Map(
    engine.catalogue.measures.flatMap((m) => [[m.id, m.title] as const, ...m.subMeasures.map((s) => [s.id, s.title] as const)]),
  );
  const rows: AssessedEnterprise[] = [];
  for (let i = 0; i < input.n; i++) {
    let a: Assessment;
    try {
      a = assess(system, simulationOf(i), 0, period, ENTITLEMENTS);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw periodError(e, request.period);
      failures.push(failureOf(i, e));
      continue;
    }
    const name = input.names?.[i];
    rows.push({
      id: input.ids[i],
      ...(name ? { name } : {}),
      total_support_value: new Yuan(fen(a.total)),
      entitlements: a.entitlements.map((e) => ({
        measure: e.measure,
        title: titles.get(e.measure)?.[lang] ?? null,
        eligible: e.eligible,
        value: new Yuan(fen(e.value)),
        counted: e.counted,
        conditions: e.conditions.map((c) => {
          const money = c.threshold !== undefined && system.variables.get(c.threshold.quantity)?.valueType === 'money';
          const show = (v: ScalarValue): Out => (money && typeof v === 'number' ? new Yuan(fen(v)) : v);
          return {
            variable: c.variable,
            label: c.label[lang],
            met: c.met,
            ...(c.threshold
              ? {
                  threshold: {
                    quantity: c.threshold.quantity,
                    op: c.threshold.op,
                    value: show(c.threshold.value),
                    bound: show(c.threshold.bound),
                  },
                }
              : {}),
            ...(c.advice ? { advice: c.advice[lang] } : {}),
          };
        }),
        ...(e.pending
          ? { pending: { for: e.pending.for, input: e.pending.input, label: e.pending.label[lang], message: e.pending.message[lang] } }
          : {}),
      })),
      not_encoded: [...a.notEncoded],
      total_excludes: [...a.totalExcludes],
    });
  }
  if (failures.length > 0) throw cannotCompute(failures, places);
  const head = { period: period.key, ...engine.version };
  return batchKey === undefined ? { ...head, result: rows[0] } : { ...head, results: rows };
}
