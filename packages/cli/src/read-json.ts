import { parseJsonExact, type RecordSet } from '@xiaowei/app';
import { CliError } from './cli-error.ts';
import { messageLabels } from './messages.ts';

/**
 * Reads a JSON array of records into a {@link RecordSet}; rows are 1-based positions in the array.
 * Numbers keep their source text (see @xiaowei/app's exact-json.ts).
 * @example readJson('-', '[{"id": "E1"}]').rows // [1]
 */
export function readJson(source: string, text: string): RecordSet {
  let data: unknown;
  try {
    data = parseJsonExact(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(messageLabels('bad_json', { file: source, detail: (e as Error).message }));
  }
  if (!Array.isArray(data)) throw new CliError(messageLabels('not_an_array', { file: source }));
  return { kind: 'json', source, records: data, rows: data.map((_, i) => i + 1), problems: [] };
}
