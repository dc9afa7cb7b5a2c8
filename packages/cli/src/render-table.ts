import { displayWidth } from './display-width.ts';
import type { OutputTable } from './output-table.ts';

const GAP = '  ';

/**
 * The output as an aligned text table for people: a header line, one line per row (numbers
 * right-aligned), and each row's notes (a rendered trace) indented under it.
 * @example renderTable({ columns: [{ key: 'id', header: 'ID' }], rows: [] }) // 'ID\n'
 */
export function renderTable(table: OutputTable): string {
  const columns = table.columns.filter((c) => c.only !== 'csv');
  const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  const body = table.rows.map((row) => columns.map((c) => flat(row.cells[c.key]?.table ?? '')));
  const widths = columns.map((c, j) => Math.max(displayWidth(c.header), ...body.map((cells) => displayWidth(cells[j]))));
  const line = (cells: readonly string[], right: (j: number) => boolean) =>
    cells
      .map((text, j) => {
        const fill = ' '.repeat(widths[j] - displayWidth(text));
        return right(j) ? fill + text : text + fill;
      })
      .join(GAP)
      .trimEnd();
  const numeric = (j: number) => table.rows.length > 0 && table.rows.every((row) => row.cells[columns[j].key]?.numeric === true);
  const out = [
    line(
      columns.map((c) => c.header),
      numeric,
    ),
  ];
  table.rows.forEach((row, i) => {
    out.push(line(body[i], numeric));
    if (row.notes && row.notes.length > 0) {
      for (const note of row.notes) for (const text of note.split('\n')) out.push(`  ${text}`);
      if (i < table.rows.length - 1) out.push('');
    }
  });
  return `${out.join('\n')}\n`;
}
