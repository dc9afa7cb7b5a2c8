import type { Labels } from '@xiaowei/engine';
import { messageOf, type RequestCode } from '../messages/catalogue.ts';

/**
 * A request the use case cannot answer as a whole: an unknown entity or variable, a variable of another
 * entity, a period that is not one or lies outside the encoded rules. `code` is the catalogue's; the
 * message is in every language.
 */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  /** The message in every language. */
  readonly labels: Labels;
  constructor(
    readonly code: RequestCode,
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    const labels = messageOf(code, params);
    super(labels.en);
    this.labels = labels;
  }
}
