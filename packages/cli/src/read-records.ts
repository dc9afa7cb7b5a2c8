import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import type { RecordSet } from '@xiaowei/app';
import { CliError } from './cli-error.ts';
import { messageLabels } from './messages.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new CliError(messageLabels('file_not_found', { file }));
    throw new CliError(messageLabels('cannot_read', { file, detail: err.message }));
  }
}

/**
 * Reads the records of `file`: a `.csv` file with a header line, a `.json` file holding an array of
 * objects, or `-` for a JSON array on standard input. Problems with the file as a whole (missing,
 * unreadable, not CSV / JSON) are {@link CliError}s; problems with single rows are left to decoding.
 * @example const set = await readRecords('examples/enterprises.csv');
 */
export async function readRecords(file: string): Promise<RecordSet> {
  if (file === '-') return readJson(file, await text(process.stdin));
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(file, await readBytes(file));
  if (lower.endsWith('.json')) return readJson(file, (await readBytes(file)).toString('utf8'));
  throw new CliError(messageLabels('unknown_format', { file }));
}
