import type { Format } from './options.ts';
import type { OutputTable } from './output-table.ts';
import { renderCsv } from './render-csv.ts';
import { renderJson } from './render-json.ts';
import { renderTable } from './render-table.ts';

/** The output in `format`. */
export function renderOutput(table: OutputTable, format: Format): string {
  return format === 'json' ? renderJson(table) : format === 'csv' ? renderCsv(table) : renderTable(table);
}
