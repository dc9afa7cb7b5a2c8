import { type Column, type Period, Population, Simulation, type Variable } from '@xiaowei/engine';
import { linkedSimulation, simulateOutputs } from '../evaluation/linked-simulation.ts';
import { inputColumnAt } from '../evaluation/period-inputs.ts';
import { type Rules, requiredInputs } from '../evaluation/rules.ts';
import { runPlan } from '../evaluation/run-plan.ts';
import type { DecodedRecords } from '../records/decode-records.ts';
import { decodeRecords } from '../records/decode-records.ts';
import { decodeWithLinks } from '../records/linked-records.ts';
import type { RecordSet } from '../records/record-set.ts';

export interface EvaluateRequest {
  readonly entity: string;
  /** The period as the user wrote it (a year, a month, …). */
  readonly period: string;
  /** Variable ids, each once. */
  readonly variables: readonly string[];
  readonly records: RecordSet;
  /** Keep a simulation with tracing on, so each value can be explained (see trace/trace.ts). */
  readonly trace: boolean;
  /** Further names of fields (an adapter's printed headers). */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** The requested variables for every record: one column per variable (money in fen), in record order. */
export interface Evaluation {
  readonly entity: string;
  readonly period: Period;
  readonly variables: readonly Variable[];
  readonly records: DecodedRecords;
  readonly outputs: Readonly<Record<string, Column>>;
  /** With `trace`: the simulation that explains every value. */
  readonly simulation?: Simulation;
}

/**
 * `variables` of `entity` at `period` for every record. A compiled plan is the fast path; outputs that
 * follow links or aggregate other entities, and entities whose records can carry linked members (a loan
 * contract's borrower), go through a simulation.
 * @example evaluate(new Rules(), { entity: 'enterprise', period: '2015', variables: ['corporate_income_tax'], records, trace: false })
 */
export function evaluate(rules: Rules, request: EvaluateRequest): Evaluation {
  const { entity } = request;
  const plan = rules.plan(entity, request.period, request.variables);
  const variables = request.variables.map((id) => rules.system.variable(id));
  const aliases = request.aliases ? { aliases: request.aliases } : {};
  if (plan === 'links' || rules.entity(entity).links !== undefined) {
    const period = rules.period(request.period);
    const data = decodeWithLinks(rules.system, entity, request.records, aliases);
    const sim = linkedSimulation(rules.system, entity, period, data, request.trace);
    const outputs = simulateOutputs(sim, entity, period, request.variables, data);
    return { entity, period, variables, records: data.main, outputs, ...(request.trace ? { simulation: sim } : {}) };
  }
  const records = decodeRecords(rules.system, entity, request.records, { required: requiredInputs(plan), ...aliases });
  const outputs = runPlan(plan, records);
  if (!request.trace) return { entity, period: plan.period, variables, records, outputs };
  // The same values at the same periods as the plan read (period-inputs.ts), so the trace explains that answer;
  // only inputs the records give are set, so the trace shows the others as defaults.
  const population = new Population(plan.system);
  population.addEntity(plan.entity, records.n);
  for (const { variable, period } of plan.inputs) {
    const col = inputColumnAt(records, variable, period, plan.period);
    if (col !== undefined) population.setInput(variable.id, period, col);
  }
  const simulation = new Simulation(plan.system, population, { trace: true });
  return { entity, period: plan.period, variables, records, outputs, simulation };
}
