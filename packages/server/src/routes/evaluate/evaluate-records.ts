import type { Column } from '@xiaowei/engine';
import { type DecodedRecords, decodeRecords, type RecordId } from '../../engine/decode-records.ts';
import type { EngineService } from '../../engine/engine-service.ts';
import { decodeWithLinks, linkedSimulation, simulateOutputs } from '../../engine/linked-records.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { runPlan } from '../../engine/run-plan.ts';
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
 * `variables` of `entity` at `period` for the records of `body` (one record or a batch). A compiled
 * plan is the fast path; outputs that follow links, and entities whose records can carry linked
 * records, go through a simulation (as the CLI's `evaluate`).
 * @example evaluateRecords(engine, { entity: 'enterprise', period: '2015', variables: ['corporate_income_tax'], body: { industry: 'C', taxable_income: 100000 } })
 */
export function evaluateRecords(
  engine: EngineService,
  request: { entity: string; period: string; variables: readonly string[]; body: unknown },
): EvaluateResult {
  const { entity, variables } = request;
  const plan = engine.plan(entity, request.period, variables);
  const def = engine.entity(entity);
  const { records, batchKey, places } = recordsOf(request.body, def.plural);
  let input: DecodedRecords;
  let outputs: Record<string, Column>;
  let period: string;
  if (plan === 'links' || def.links !== undefined) {
    const p = engine.period(request.period);
    const data = decodeWithLinks(engine, entity, records, places);
    const sim = linkedSimulation(engine, p, data, false);
    outputs = simulateOutputs(sim, p, variables, data, places);
    input = data.main;
    period = p.key;
  } else {
    input = decodeRecords(engine, entity, records, places);
    outputs = runPlan(plan, input, places);
    period = plan.period.key;
  }
  const vars = variables.map((id) => engine.system.variable(id));
  const rows: EvaluatedRecord[] = new Array(input.n);
  for (let i = 0; i < input.n; i++) {
    const values: Record<string, JsonScalar> = {};
    for (const v of vars) values[v.id] = jsonValue(v, outputs[v.id], i);
    const name = input.names?.[i];
    rows[i] = name ? { id: input.ids[i], name, values } : { id: input.ids[i], values };
  }
  const head = { entity, period, variables, ...engine.version };
  return batchKey === undefined ? { ...head, result: rows[0] } : { ...head, results: rows };
}
