import { INPUT_MESSAGES } from './records/messages.ts';
import { interpolate, type Labels } from './text/labels.ts';

/**
 * Errors of the engine. Each carries the context needed to act on it (variable, period, path, row),
 * so callers can show a precise message instead of a stack trace.
 */
export class EngineError extends Error {
  override readonly name: string = 'EngineError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A variable id that the tax-benefit system does not define. */
export class UnknownVariableError extends EngineError {
  override readonly name = 'UnknownVariableError';
  constructor(readonly variable: string) {
    super(`unknown variable '${variable}'`, 'unknown_variable');
  }
}

/** A period that does not fit the variable (wrong unit, or outside the dated formulas). */
export class PeriodError extends EngineError {
  override readonly name = 'PeriodError';
  constructor(
    message: string,
    readonly variable: string | undefined,
    readonly period: string,
    /** The message in every language (periods/messages.ts), for errors a user can meet. */
    readonly labels?: Labels,
  ) {
    super(message, 'period');
  }
}

/** A parameter looked up at an instant where it has no value (before its history or after its end). */
export class ParameterNotFoundError extends EngineError {
  override readonly name = 'ParameterNotFoundError';
  constructor(
    message: string,
    readonly parameter: string,
    readonly instant: string,
    /** The message in every language (periods/messages.ts). */
    readonly labels?: Labels,
  ) {
    super(message, 'parameter_not_found');
  }
}

/** Variables that depend on themselves. `cycle` lists the chain, first element repeated at the end. */
export class CycleError extends EngineError {
  override readonly name = 'CycleError';
  constructor(readonly cycle: readonly string[]) {
    super(`circular definition: ${cycle.join(' → ')}`, 'cycle');
  }
}

/**
 * Every row that fails the same check of a formula, in order (the error's own `row` first), and the
 * error of each: a caller evaluating many independent members (a registry) sets them all aside at once
 * instead of searching for them one by one.
 */
export interface FailingRows {
  readonly rows: readonly number[];
  readonly errorAt: (row: number) => FormulaError;
}

/**
 * A formula that failed for a given entity row (e.g. a value it cannot map). `field` names the input at
 * fault and `labels` says what is wrong in every language, when the formula knows them; `failing`, when
 * the check knows them, every row that fails it.
 */
export class FormulaError extends EngineError {
  override readonly name: string = 'FormulaError';
  constructor(
    message: string,
    readonly variable: string,
    readonly period: string,
    readonly row?: number,
    code = 'formula',
    readonly labels?: Labels,
    readonly field?: string,
    readonly failing?: FailingRows,
  ) {
    super(message, code);
  }

  /** The same error for the member `offset` places further on (a chunk's row in the whole input). */
  shifted(offset: number): FormulaError {
    if (this.row === undefined) return this;
    const message = this.message.replace(`member ${this.row}:`, `member ${this.row + offset}:`);
    return new FormulaError(message, this.variable, this.period, this.row + offset, this.code, this.labels, this.field);
  }
}

/**
 * An input that a formula needs for member `row` and that was not given (an input declared without a
 * default is absent, never 0). `field` names the input, `labels` says so in every language.
 */
export class MissingValueError extends FormulaError {
  override readonly name = 'MissingValueError';
  declare readonly labels: Labels;
  declare readonly field: string;
  constructor(variable: string, field: string, period: string, row: number, failing?: FailingRows) {
    super(
      `${variable} (${period}), member ${row}: ${field} is not given and ${variable} depends on it`,
      variable,
      period,
      row,
      'missing_value',
      interpolate(INPUT_MESSAGES.missing_input, { field, variable }),
      field,
      failing,
    );
  }

  override shifted(offset: number): MissingValueError {
    return new MissingValueError(this.variable, this.field, this.period, (this.row ?? 0) + offset);
  }
}

/** A definition (variable, parameter file, entity) that is malformed. Raised while loading, never at run time. */
export class DefinitionError extends EngineError {
  override readonly name = 'DefinitionError';
  constructor(message: string) {
    super(message, 'definition');
  }
}
