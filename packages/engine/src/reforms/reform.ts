import { DefinitionError } from '../errors.ts';
import { parseMoney } from '../money/money.ts';
import { buildEntries, Parameter, type ParameterEntry, type ParameterScalar } from '../parameters/parameter.ts';
import { addDays, type Instant, isInstant } from '../periods/instant.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import type { Reference } from '../text/reference.ts';
import { type DatedFormula, defineVariable, type Variable, type VariableDefinition } from '../variables/variable.ts';

/** A change of one parameter: `value` from `start` to `stop` inclusive (open-ended without `stop`). */
export interface ParameterUpdate {
  readonly start: Instant;
  readonly stop?: Instant;
  /** Money in yuan, as written in law; `null` ends the parameter. */
  readonly value: ParameterScalar | null;
}

/**
 * A what-if change of the law: new parameter values, replaced formulas, added or replaced variables.
 * The baseline system is never touched; the reform is a new system sharing what is unchanged.
 */
export interface ReformSpec {
  readonly name: string;
  readonly description?: string;
  readonly parameters?: Readonly<Record<string, readonly ParameterUpdate[]>>;
  readonly formulas?: Readonly<Record<string, readonly DatedFormula[]>>;
  readonly variables?: readonly VariableDefinition[];
}

/**
 * Applies a reform to a system.
 * @example
 * const reform = applyReform(system, { name: 'threshold 500k',
 *   parameters: { 'tax.cit.small_low_profit.halving_threshold': [{ start: '2013-01-01', value: 500000 }] } });
 */
export function applyReform(system: TaxBenefitSystem, spec: ReformSpec): TaxBenefitSystem {
  const reference: Reference = { document: `reform: ${spec.name}` };
  const leaves = new Map<string, Parameter>();
  for (const [path, updates] of Object.entries(spec.parameters ?? {})) {
    let param = system.parameter(path);
    for (const u of updates) param = updateParameter(param, u, reference);
    leaves.set(path, param);
  }
  const variables = new Map<string, Variable>(system.variables);
  for (const [id, formulas] of Object.entries(spec.formulas ?? {})) {
    const base = system.variable(id);
    variables.set(id, defineVariable({ ...base, formulas }));
  }
  for (const def of spec.variables ?? []) variables.set(def.id, defineVariable(def));
  return system.derive({
    name: `${system.name} + ${spec.name}`,
    variables,
    parameters: leaves.size > 0 ? system.parameters.withLeaves(leaves) : system.parameters,
  });
}

/** The parameter with `value` in force from `start` to `stop`, earlier and later values kept. */
export function updateParameter(param: Parameter, update: ParameterUpdate, reference: Reference): Parameter {
  if (!isInstant(update.start) || (update.stop !== undefined && (!isInstant(update.stop) || update.stop < update.start))) {
    throw new DefinitionError(`reform of ${param.path}: bad dates ${update.start} … ${update.stop ?? ''}`);
  }
  let value = update.value;
  if (param.metadata.unit === 'currency' && value !== null) {
    const fen = typeof value === 'number' || typeof value === 'string' ? parseMoney(value) : undefined;
    if (fen === undefined) throw new DefinitionError(`reform of ${param.path}: '${String(value)}' is not an amount`);
    value = fen;
  }
  const entries: Omit<ParameterEntry, 'end'>[] = param.entries.filter((e) => e.start < update.start);
  entries.push({ start: update.start, value, references: [reference], confidence: 'unconfirmed', note: reference.document });
  if (update.stop !== undefined) {
    const resume = addDays(update.stop, 1);
    const resumed = param.entryAt(resume);
    if (resumed) entries.push({ ...resumed, start: resume });
    else entries.push({ start: resume, value: null, references: [reference], confidence: 'unconfirmed' });
    entries.push(...param.entries.filter((e) => e.start > resume));
  }
  return new Parameter(param.path, param.metadata, buildEntries(param.path, entries));
}
