import { EngineError } from '../errors.ts';
import { formulaFor, periodFor } from '../evaluation/formula-selection.ts';
import type { Simulation } from '../evaluation/simulation.ts';
import { formatMoney } from '../money/money.ts';
import type { ParameterUnit } from '../parameters/parameter.ts';
import { Period } from '../periods/period.ts';
import { interpolate, type Labels } from '../text/labels.ts';
import type { Confidence, Reference } from '../text/reference.ts';
import { cellValue, type ScalarValue } from '../variables/column.ts';
import type { Variable } from '../variables/variable.ts';
import type { ParameterAccess } from './recorder.ts';

/** A parameter value used for a result: its value, the window it was in force, and its source. */
export interface TraceParameter {
  readonly path: string;
  readonly label?: Labels;
  /** Value as written in law (money in yuan). */
  readonly value: ScalarValue | null;
  readonly unit?: ParameterUnit;
  readonly start: string;
  readonly end: string | null;
  readonly references: readonly Reference[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Why a variable has its value for one member: the formula, its inputs and parameters, recursively. */
export interface TraceNode {
  readonly variable: string;
  readonly entity: string;
  readonly period: string;
  readonly label: Labels;
  /** The member's value; null for an absent input (declared without a default, not given). */
  readonly value: ScalarValue | null;
  /** The sentence for an enum value (the variable's `valueLabels`, its `{date}` filled in). */
  readonly valueLabel?: Labels;
  readonly kind: 'formula' | 'input' | 'default';
  /** Start of the dated formula used. */
  readonly formulaFrom?: string;
  readonly references: readonly Reference[];
  readonly parameters: readonly TraceParameter[];
  readonly children: readonly TraceNode[];
}

/** The parameter value as written in law: money back in yuan. */
export function displayParameterValue(value: ScalarValue | null, unit?: ParameterUnit): ScalarValue | null {
  if (unit === 'currency' && typeof value === 'number') return Number(formatMoney(value));
  return value;
}

function traceParameter(a: ParameterAccess): TraceParameter {
  return {
    path: a.path,
    ...(a.label ? { label: a.label } : {}),
    value: displayParameterValue(a.entry.value, a.unit),
    ...(a.unit ? { unit: a.unit } : {}),
    start: a.entry.start,
    end: a.entry.end,
    references: a.entry.references,
    confidence: a.entry.confidence,
    ...(a.entry.note ? { note: a.entry.note } : {}),
  };
}

/**
 * The trace of `id` for `period` and member `index` of a simulation run with `trace: true`.
 * Only parameter values that apply to that member are listed (per-category look-ups keep its own).
 * Members of linked entities appear at the index the link points to.
 */
export function explain(sim: Simulation, id: string, period: Period | string | number, index: number): TraceNode {
  const recorder = sim.recorder;
  if (!recorder) throw new EngineError('explain needs a simulation created with { trace: true }', 'no_trace');
  const variable = sim.system.variable(id);
  const p = periodFor(variable, Period.parse(period));
  sim.compute(variable, p);
  const count = sim.population.entity(variable.entity).count;
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new EngineError(`no ${variable.entity} member ${index}`, 'no_member');
  }
  const build = (key: string, i: number, seen: Set<string>): TraceNode => {
    const node = recorder.nodes.get(key);
    if (!node) throw new EngineError(`no trace recorded for ${key}`, 'no_trace');
    const v = sim.system.variable(node.variable);
    const column = sim.compute(v, node.period);
    const own = new Set([...seen, key]);
    const children = node.deps
      .filter((d) => !own.has(d))
      .map((d) => {
        const dep = recorder.nodes.get(d);
        // A dependency on another entity is explained at the member the link points to.
        const j = dep && dep.entity !== node.entity ? linkedIndex(sim, node.entity, dep.entity, i) : i;
        return j < 0 ? undefined : build(d, j, own);
      })
      .filter((c): c is TraceNode => c !== undefined);
    const dated = node.kind === 'formula' ? formulaFor(v, node.period) : undefined;
    const valueLabel = labelOfValue(sim, v, cellValue(v, column, i), node.period, i);
    return {
      variable: v.id,
      entity: v.entity,
      period: node.period.key,
      label: v.label,
      value: (v.valueType === 'money' || v.valueType === 'number') && Number.isNaN(column[i]) ? null : cellValue(v, column, i),
      ...(valueLabel ? { valueLabel } : {}),
      kind: node.kind,
      ...(node.formulaFrom ? { formulaFrom: node.formulaFrom } : {}),
      references: dated?.reference ?? v.reference,
      parameters: node.params.filter((a) => applies(a, i)).map(traceParameter),
      children,
    };
  };
  return build(`${variable.id}@${p.key}`, index, new Set());
}

/** The sentence for member `i`'s enum value, `{date}` filled with its date variable's value. */
function labelOfValue(sim: Simulation, v: Variable, value: ScalarValue, period: Period, i: number): Labels | undefined {
  const labels = typeof value === 'string' ? v.valueLabels?.[value] : undefined;
  if (!labels) return undefined;
  if (!v.dateVariable) return labels;
  const dv = sim.system.variable(v.dateVariable);
  return interpolate(labels, { date: cellValue(dv, sim.compute(dv, periodFor(dv, period)), i) });
}

function applies(a: ParameterAccess, i: number): boolean {
  return a.where === undefined || a.where.column[i] === a.where.value;
}

/** Index of the member of `to` that member `i` of `from` links to (first link found), or -1. */
function linkedIndex(sim: Simulation, from: string, to: string, i: number): number {
  const def = sim.system.entity(from);
  for (const [name, link] of Object.entries(def.links ?? {})) {
    if (link.entity === to) return sim.population.entity(from).links.get(name)?.[i] ?? -1;
  }
  // Aggregation from members: explained at the first member that links here.
  const memberDef = sim.system.entity(to);
  for (const [name, link] of Object.entries(memberDef.links ?? {})) {
    if (link.entity === from) return sim.population.entity(to).links.get(name)?.indexOf(i) ?? -1;
  }
  return -1;
}
