import type { Problem, RecordSet } from '@xiaowei/app';
import { parse } from 'csv-parse/sync';
import { CliError } from './cli-error.ts';
import { messageLabels } from './messages.ts';

/**
 * Text of a CSV file: UTF-8 (a BOM is dropped by the parser), or GB18030 when the bytes are not valid
 * UTF-8 — what Excel on a Chinese system writes by default for "CSV".
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Reads a CSV file with a header line into a {@link RecordSet}. Blank lines, and lines whose fields are
 * all empty (spreadsheets leave them at the end), are skipped; each record keeps its own line number,
 * also when a quoted field spans several lines.
 * @example readCsv('a.csv', Buffer.from('id,industry\nE1,C3311\n')).rows // [2]
 */
export function readCsv(source: string, bytes: Uint8Array): RecordSet {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(decodeText(bytes), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new CliError(messageLabels('bad_csv', { file: source, line: err.lines ?? '?', detail: err.message }));
  }
  if (parsed.length === 0) throw new CliError(messageLabels('no_header', { file: source }));
  const header = parsed[0].record.map((name) => name.trim());
  const records: string[][] = [];
  const rows: number[] = [];
  const problems: Problem[] = [];
  for (const { record, info } of parsed.slice(1)) {
    if (record.every((field) => field.trim() === '')) continue;
    // csv-parse counts lines up to the end of the record; a quoted field may span lines.
    const row = info.lines - record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.push({
        row,
        field: '',
        code: 'XW_INPUT_FIELD_COUNT',
        message: messageLabels('field_count', { actual: record.length, expected: header.length }),
      });
    }
    records.push(record);
    rows.push(row);
  }
  return { kind: 'csv', source, header, records, rows, problems };
}
