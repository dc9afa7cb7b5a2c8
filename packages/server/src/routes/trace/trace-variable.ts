import { type RecordId, trace } from '@xiaowei/app';
import { type Lang, renderTrace } from '@xiaowei/engine';
import type { EngineService } from '../../engine/engine-service.ts';
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
 * The trace of `variable` at `period` for the one record of `body` (the app's `trace`: a simulation with
 * tracing on, the same formulas as the plan), as a tree and as text in `lang`.
 */
export function traceVariable(
  engine: EngineService,
  request: { entity: string; variable: string; period: string; lang: Lang; body: unknown },
): TraceResult {
  const { entity, lang } = request;
  const def = engine.entity(entity);
  engine.variable(entity, request.variable);
  engine.period(request.period);
  const { records, batchKey } = recordsOf(request.body, def.plural);
  if (batchKey !== undefined) throw AppError.validation([{ path: `/${batchKey}`, field: batchKey, message: ONE_RECORD }]);
  const outcome = trace(engine, { entity, variable: request.variable, period: request.period, records });
  return {
    entity,
    variable: outcome.variable.id,
    period: outcome.period,
    ...engine.version,
    id: outcome.records.ids[0],
    value: jsonValue(outcome.variable, outcome.column, 0),
    trace: traceJson(engine.system, outcome.node, lang),
    text: renderTrace(outcome.node, lang),
  };
}
