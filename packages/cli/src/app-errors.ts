import { RecordsError, RequestError } from '@xiaowei/app';
import { CliError, InputError } from './cli-error.ts';

/**
 * Runs a use case of @xiaowei/app and turns its errors into the CLI's: bad or uncomputable records are an
 * {@link InputError} (every problem printed `file:row: field: message`), a request the rules cannot answer
 * (unknown variable or entity, a period outside the encoded rules) a one-line {@link CliError}.
 * @example const outcome = fromApp(() => classify(rules, request));
 */
export function fromApp<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RecordsError)
      throw new InputError(
        e.source,
        e.problems.map((p) => ({ ...p, row: p.row ?? 0 })),
      );
    if (e instanceof RequestError) throw new CliError(e.labels);
    throw e;
  }
}
