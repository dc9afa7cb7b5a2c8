import type { Labels } from '@xiaowei/engine';

/** One bad value of the input: its row as the user sees it (CSV line or JSON position), field and message (see @xiaowei/app's Problem). */
export interface InputProblem {
  readonly row: number;
  readonly field: string;
  readonly message: Labels;
  /** The catalogue code, when the problem came from @xiaowei/app. */
  readonly code?: string;
}

/** A user error with a one-line message in every language. The command prints it and exits with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly labels: Labels,
    readonly exitCode = 2,
  ) {
    super(labels.en);
  }
}

/** Bad rows in an input file: every problem of the whole file, reported together; nothing is output. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly source: string,
    readonly problems: readonly InputProblem[],
  ) {
    super(`${problems.length} problem(s) in ${source}`);
  }
}
