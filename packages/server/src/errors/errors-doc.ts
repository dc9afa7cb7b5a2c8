import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERRORS, type ErrorCode } from './catalogue.ts';

/** The page documenting the catalogue (repository root `docs/errors.md`). */
export const ERRORS_DOC = fileURLToPath(new URL('../../../../docs/errors.md', import.meta.url));

export const START = '<!-- catalogue:start (generated from packages/server/src/errors/catalogue.ts) -->';
export const END = '<!-- catalogue:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The catalogue as the markdown table of docs/errors.md: code, status, when, and the message in each language. */
export function catalogueTable(): string {
  const rows = (Object.entries(ERRORS) as [ErrorCode, (typeof ERRORS)[ErrorCode]][]).map(
    ([code, e]) =>
      `| \`${code}\` | ${e.status} | ${cell(e.when)} | ${cell(e.message['zh-CN'])} | ${cell(e.message.ko)} | ${cell(e.message.en)} |`,
  );
  return ['| code | HTTP | when | zh-CN | ko | en |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The generated part of the page as it stands (between the markers), or undefined when the markers are missing. */
export function documentedTable(page: string): string | undefined {
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) return undefined;
  return page.slice(a + START.length, b).trim();
}

/** Rewrites the generated part of docs/errors.md from the catalogue. */
export function writeErrorsDoc(path = ERRORS_DOC): void {
  const page = readFileSync(path, 'utf8');
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path}: the catalogue markers are missing`);
  writeFileSync(path, `${page.slice(0, a + START.length)}\n${catalogueTable()}\n${page.slice(b)}`);
}

// `node --import tsx packages/server/src/errors/errors-doc.ts` rewrites the page's table.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeErrorsDoc();
