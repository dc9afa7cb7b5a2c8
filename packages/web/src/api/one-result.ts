/** The answer of an engine route (classify, entitlements) to one record rather than a batch. */

/** An answer to one record with its `result` there (the batch's `results` taken out). */
export type OneResult<A extends { readonly result?: unknown; readonly results?: unknown }> = Omit<A, 'result' | 'results'> & {
  readonly result: NonNullable<A['result']>;
};

/**
 * The answer to one record, checked: the service gives `result` for a single record and `results` for a
 * batch, so a single record's answer without `result` is refused rather than drawn half.
 */
export function oneResult<A extends { readonly result?: unknown; readonly results?: unknown }>(answer: A): OneResult<A> {
  const { result, results: _, ...rest } = answer;
  if (result === undefined || result === null) throw new Error('the service answered a single record without its result');
  return { ...rest, result };
}
