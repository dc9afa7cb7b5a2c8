import { type Column, explain, FormulaError, type Simulation, type TraceNode, type Variable } from '@xiaowei/engine';
import { formulaProblem } from '../evaluation/formula-failure.ts';
import { linkedSimulation } from '../evaluation/linked-simulation.ts';
import { periodError } from '../evaluation/period-error.ts';
import type { Rules } from '../evaluation/rules.ts';
import { RecordsError } from '../problems/records-error.ts';
import type { DecodedRecords } from '../records/decode-records.ts';
import { decodeWithLinks } from '../records/linked-records.ts';
import type { RecordSet } from '../records/record-set.ts';

export interface TraceRequest {
  readonly entity: string;
  readonly variable: string;
  /** The period as the user wrote it. */
  readonly period: string;
  /** The records; the first is traced (an adapter that takes one record gives one). */
  readonly records: RecordSet;
}

/** Why a record has its value: the tree of formulas, inputs and parameter values (with their documents). */
export interface Trace {
  readonly entity: string;
  readonly variable: Variable;
  /** The period the value is for (a yearly variable asked for a month answers for its year). */
  readonly period: string;
  readonly records: DecodedRecords;
  /** The variable's column (money in fen); the traced record is member 0. */
  readonly column: Column;
  readonly node: TraceNode;
  readonly simulation: Simulation;
}

/**
 * The trace of `variable` at `period` for the first record: a simulation with tracing on (the same
 * formulas as the plan, the record's values at the periods the rules read them), explained as a tree.
 * @example trace(new Rules(), { entity: 'enterprise', variable: 'corporate_income_tax', period: '2015', records }).node.children
 */
export function trace(rules: Rules, request: TraceRequest): Trace {
  const { entity } = request;
  rules.entity(entity);
  const variable = rules.variable(entity, request.variable);
  const period = rules.period(request.period);
  const data = decodeWithLinks(rules.system, entity, request.records);
  const simulation = linkedSimulation(rules.system, entity, period, data, true);
  let column: Column;
  let node: TraceNode;
  try {
    column = simulation.calculate(variable.id, period);
    node = explain(simulation, variable.id, period, 0);
  } catch (e) {
    if (e instanceof FormulaError) throw new RecordsError('cannot-compute', data.main.source, [formulaProblem(e, data.main.rows[0] ?? 1)]);
    throw periodError(e, request.period);
  }
  return { entity, variable, period: node.period, records: data.main, column, node, simulation };
}

/**
 * The trace of `id` for member `i` of a simulation kept by `evaluate` with `trace: true`.
 * @example traceOf(evaluation.simulation, 'corporate_income_tax', '2015', 0).children
 */
export function traceOf(simulation: Simulation, id: string, period: string, i: number): TraceNode {
  try {
    return explain(simulation, id, period, i);
  } catch (e) {
    throw periodError(e, period);
  }
}
