import { type JsonValue, toJsonText } from './json-text.ts';
import type { OutputTable } from './output-table.ts';

/**
 * The output as one JSON array of objects, in row order: every column (except table-only ones) and the
 * row's JSON-only fields. Money stays exact (see json-text.ts).
 * @example renderJson({ columns: [{ key: 'id', header: 'ID' }], rows: [] }) // '[]\n'
 */
export function renderJson(table: OutputTable): string {
  const columns = table.columns.filter((c) => c.only !== 'table' && c.only !== 'csv');
  const objects = table.rows.map((row) => {
    const obj: Record<string, JsonValue> = {};
    for (const c of columns) obj[c.key] = row.cells[c.key]?.json ?? null;
    return { ...obj, ...row.extra };
  });
  return `${toJsonText(objects)}\n`;
}
