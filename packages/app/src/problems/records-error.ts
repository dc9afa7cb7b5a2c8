import type { Problem } from './problem.ts';

/**
 * Records the use case could not take, with every problem found, sorted by row (the problems of one
 * row in the order they were found); nothing was computed. `invalid`: values the variables reject
 * (the service answers XW_ERR_VALIDATION); `cannot-compute`: the values are valid but a formula cannot
 * answer from them, e.g. a figure it needs is not given (XW_ERR_CANNOT_COMPUTE).
 */
export class RecordsError extends Error {
  override readonly name = 'RecordsError';
  readonly problems: readonly Problem[];
  constructor(
    readonly kind: 'invalid' | 'cannot-compute',
    /** Where the records came from (a file name, or the request's batch key; '' for one record). */
    readonly source: string,
    problems: readonly Problem[],
  ) {
    super(`${problems.length} problem(s) in ${source || 'the record'}`);
    this.problems = problems
      .map((p, k) => [p, k] as const)
      .sort((a, b) => (a[0].row ?? 0) - (b[0].row ?? 0) || a[1] - b[1])
      .map(([p]) => p);
  }
}
