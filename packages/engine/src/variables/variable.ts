import { DefinitionError } from '../errors.ts';
import type { FormulaContext } from '../evaluation/formula-context.ts';
import type { Instant } from '../periods/instant.ts';
import type { Labels } from '../text/labels.ts';
import type { Reference } from '../text/reference.ts';
import type { Column } from './column.ts';

/** The value types of variables and their column representation. */
export type ValueType = 'number' | 'money' | 'boolean' | 'enum' | 'date' | 'string';

/** How often a variable can change: its value is defined per day, month, year, or once for all time. */
export type DefinitionPeriod = 'day' | 'month' | 'year' | 'eternity';

/** A vectorised formula: computes the variable for every member of its entity at once. */
export type Formula = (ctx: FormulaContext) => Column;

/**
 * A formula in force from a date. `formula: null` marks a date from which the variable is not
 * encoded (the law expired or changed in a way not yet written); asking for it then is an error
 * that shows `note`.
 */
export interface DatedFormula {
  readonly from: Instant;
  readonly formula: Formula | null;
  /**
   * The rule took effect inside a period and answers for that whole period, on the figures of the
   * period, with its parameters read on `from` (ADR 0004): the size standard of 2011-06-18 classifies
   * the year 2011. Without it a period that starts before `from` is outside the formula.
   */
  readonly fromInsidePeriod?: boolean;
  readonly note?: string;
  readonly reference?: readonly Reference[];
}

/** A problem with one input value, in every language. */
export interface ValueProblem {
  readonly code: string;
  readonly message: Labels;
}

export interface VariableDefinition {
  /** Public id, snake_case; the file defining it has the same name. Renaming one is a breaking change. */
  readonly id: string;
  readonly entity: string;
  readonly valueType: ValueType;
  /** Allowed values of an enum variable, in order; the column holds indices into this list. */
  readonly possibleValues?: readonly string[];
  readonly definitionPeriod: DefinitionPeriod;
  readonly label: Labels;
  readonly description?: Labels;
  /** Legal basis. Required: a code-health test fails on a variable without one. */
  readonly reference: readonly Reference[];
  /**
   * Value when an input is not given: a number (yuan for money), boolean, enum name, ISO date or string.
   * A number or money input declared without one is *absent* where not given (NaN in its column): a
   * formula reading it with `ctx.number` fails for that member naming the field, and a formula whose
   * answer does not always depend on it reads it with `ctx.optional` and `ctx.require` (ADR 0004).
   */
  readonly default?: number | boolean | string;
  /** An input with no meaningful default: callers must ask for it (records without it are rejected). */
  readonly required?: boolean;
  /** Unit shown to people: `person`, `yuan`, `month`… */
  readonly unit?: string;
  /** Input validation bounds for numbers and money (in yuan for money). */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Extra validation of a raw input value (after type parsing); a function of the value alone (decoders remember its answer for a text). */
  readonly validate?: (value: string | number | boolean) => ValueProblem | undefined;
  /** Dated formulas, in date order. None: the variable is an input. */
  readonly formulas?: readonly DatedFormula[];
  /**
   * A sentence for each value of an enum variable, shown with the value in traces (e.g. why a dated
   * event gets no relief). `{date}` is replaced by the member's value of {@link dateVariable}.
   */
  readonly valueLabels?: Readonly<Record<string, Labels>>;
  /** The date variable (same entity) whose value fills `{date}` in {@link valueLabels}: the event's own date. */
  readonly dateVariable?: string;
  /** Ids of the measures (catalogue entries) this variable implements. */
  readonly measures?: readonly string[];
  /**
   * Why the last formula has no end: the rule it encodes is standing law without an end date (a statute's
   * rate, a standard in force until replaced). A formula list that neither ends (`formula: null`) nor says
   * why it does not is an answer for years no rule covers; the policy's code-health test refuses it.
   */
  readonly permanent?: string;
}

/** A variable definition as the system holds it, with derived facts precomputed. */
export interface Variable extends VariableDefinition {
  readonly isInput: boolean;
  /** A number or money input without a default: absent (NaN) where not given. */
  readonly absentable: boolean;
  /** Enum name → index, for enum variables. */
  readonly enumIndex?: ReadonlyMap<string, number>;
}

/**
 * Declares a variable. Checks the definition's shape; the system checks entity and references.
 * @example
 * defineVariable({ id: 'employees', entity: 'enterprise', valueType: 'number', definitionPeriod: 'year',
 *   label, reference: [{ document: '…' }], default: 0, min: 0 })
 */
export function defineVariable(definition: VariableDefinition): Variable {
  const { id, valueType, possibleValues, formulas } = definition;
  if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new DefinitionError(`variable id '${id}' must be snake_case`);
  if (valueType === 'enum' && (!possibleValues || possibleValues.length === 0 || possibleValues.length > 255)) {
    throw new DefinitionError(`${id}: an enum needs 1 to 255 possible values`);
  }
  if (formulas) {
    for (let i = 1; i < formulas.length; i++) {
      if (formulas[i].from <= formulas[i - 1].from) throw new DefinitionError(`${id}: formula dates must increase`);
    }
  }
  if (definition.valueLabels) {
    for (const name of Object.keys(definition.valueLabels)) {
      if (!possibleValues?.includes(name)) throw new DefinitionError(`${id}: value label for '${name}', which is not a possible value`);
    }
  }
  const enumIndex = possibleValues ? new Map(possibleValues.map((v, i) => [v, i])) : undefined;
  if (valueType === 'enum' && definition.default !== undefined && !enumIndex?.has(String(definition.default))) {
    throw new DefinitionError(`${id}: default '${String(definition.default)}' is not a possible value`);
  }
  const isInput = !formulas || formulas.length === 0;
  const absentable = isInput && (valueType === 'number' || valueType === 'money') && definition.default === undefined;
  return { ...definition, isInput, absentable, ...(enumIndex ? { enumIndex } : {}) };
}
