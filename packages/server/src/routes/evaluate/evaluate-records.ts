import { evaluate, type RecordId } from '@xiaowei/app';
import type { EngineService } from '../../engine/engine-service.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { type JsonScalar, jsonValue } from '../../engine/values.ts';

export interface EvaluatedRecord {
  readonly id: RecordId | null;
  readonly name?: string;
  readonly values: Record<string, JsonScalar>;
}

export interface EvaluateResult {
  readonly entity: string;
  readonly period: string;
  readonly variables: readonly string[];
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly result?: EvaluatedRecord;
  readonly results?: EvaluatedRecord[];
}

/**
 * `variables` of `entity` at `period` for the records of `body` (one record or a batch), through the
 * app's `evaluate` (a compiled plan, or a simulation for links), as the CLI's `evaluate`.
 * @example evaluateRecords(engine, { entity: 'enterprise', period: '2015', variables: ['corporate_income_tax'], body: { industry: 'C', taxable_income: 100000 } })
 */
export function evaluateRecords(
  engine: EngineService,
  request: { entity: string; period: string; variables: readonly string[]; body: unknown },
): EvaluateResult {
  const { entity, variables } = request;
  // The names and the period are checked before the body is read.
  engine.plan(entity, request.period, variables);
  const { records, batchKey } = recordsOf(request.body, engine.entity(entity).plural);
  const outcome = evaluate(engine, { entity, period: request.period, variables, records, trace: false });
  const input = outcome.records;
  const rows: EvaluatedRecord[] = new Array(input.n);
  for (let i = 0; i < input.n; i++) {
    const values: Record<string, JsonScalar> = {};
    for (const v of outcome.variables) values[v.id] = jsonValue(v, outcome.outputs[v.id], i);
    const name = input.names?.[i];
    rows[i] = name ? { id: input.ids[i], name, values } : { id: input.ids[i], values };
  }
  // Written out, not spread: one object of a fixed shape per request.
  const { policy_version, parameter_hash } = engine.version;
  const period = outcome.period.key;
  return batchKey === undefined
    ? { entity, period, variables, policy_version, parameter_hash, result: rows[0] }
    : { entity, period, variables, policy_version, parameter_hash, results: rows };
}
