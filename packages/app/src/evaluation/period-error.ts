import { ParameterNotFoundError, PeriodError } from '@xiaowei/engine';
import { RequestError } from '../problems/request-error.ts';

/**
 * An engine error about the period (not a period, or outside the encoded rules) as XW_ERR_PERIOD naming
 * the period as the user wrote it, with the engine's reason in every language; any other error unchanged.
 */
export function periodError(e: unknown, period: string): unknown {
  if (e instanceof PeriodError || e instanceof ParameterNotFoundError) {
    return new RequestError('XW_ERR_PERIOD', { period, detail: e.labels ?? e.message });
  }
  return e;
}
