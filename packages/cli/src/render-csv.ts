import type { OutputTable } from './output-table.ts';

/** A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The output as CSV: a header line of field names (the JSON keys), then one line per row.
 * @example renderCsv({ columns: [{ key: 'id', header: 'ID' }], rows: [] }) // 'id\n'
 */
export function renderCsv(table: OutputTable): string {
  const columns = table.columns.filter((c) => c.only !== 'table');
  const lines = [columns.map((c) => field(c.key)).join(',')];
  for (const row of table.rows) lines.push(columns.map((c) => field(row.cells[c.key]?.csv ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
