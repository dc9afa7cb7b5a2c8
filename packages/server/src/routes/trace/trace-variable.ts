import { explain, FormulaError, type Lang, renderTrace } from '@xiaowei/engine';
import type { RecordId } from '../../engine/decode-records.ts';
import { type EngineService, periodError } from '../../engine/engine-service.ts';
import { cannotCompute, decodeWithLinks, failureOf, linkedSimulation } from '../../engine/linked-records.ts';
import { recordsOf } from '../../engine/records-body.ts';
import { type JsonScalar, jsonValue } from '../../engine/values.ts';
import { AppError } from '../../errors/app-error.ts';
import { traceJson } from './trace-json.ts';

const ONE_RECORD = {
  'zh-CN': '追踪只针对一条记录：请直接发送该记录',
  ko: '추적은 레코드 하나에 대해서만 합니다: 레코드를 그대로 보내십시오',
  en: 'a trace is for one record: send the record itself',
} as const;

export interface TraceResult {
  readonly entity: string;
  readonly variable: string;
  readonly period: string;
  readonly policy_version: string;
  readonly parameter_hash: string;
  readonly id: RecordId | null;
  readonly value: JsonScalar;
  readonly trace: Record<string, unknown>;
  readonly text: string;
}

/**
 * The trace of `variable` at `period` for the one record of `body`: a simulation with tracing on
 * (the same formulas as the plan), explained as a tree and as text in `lang`.
 */
export function traceVariable(
  engine: EngineService,
  request: { entity: string; variable: string; period: string; lang: Lang; body: unknown },
): TraceResult {
  const { entity, lang } = request;
  const def = engine.entity(entity);
  const variable = engine.variable(entity, request.variable);
  const period = engine.period(request.period);
  const { records, batchKey, places } = recordsOf(request.body, def.plural);
  if (batchKey !== undefined) throw AppError.validation([{ path: `/${batchKey}`, field: batchKey, message: ONE_RECORD }]);
  const data = decodeWithLinks(engine, entity, records, places);
  const sim = linkedSimulation(engine, period, data, true);
  let node: ReturnType<typeof explain>;
  let column: ReturnType<typeof sim.calculate>;
  try {
    column = sim.calculate(variable.id, period);
    node = explain(sim, variable.id, period, 0);
  } catch (e) {
    if (e instanceof FormulaError) throw cannotCompute([failureOf(0, e)], places);
    throw periodError(e, request.period);
  }
  return {
    entity,
    variable: variable.id,
    period: node.period,
    ...engine.version,
    id: data.main.ids[0],
    value: jsonValue(variable, column, 0),
    trace: traceJson(engine.system, node, lang),
    text: renderTrace(node, lang),
  };
}
