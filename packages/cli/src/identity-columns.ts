import type { DecodedRecords } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import { idCell, textCell } from './cells.ts';
import { message } from './messages.ts';
import type { Cell, OutputColumn } from './output-table.ts';

/** The columns that say which record a row is: `id`, and `name` when the records have names. */
export function identityColumns(input: DecodedRecords, lang: Lang): OutputColumn[] {
  const columns: OutputColumn[] = [{ key: 'id', header: message('header_id', lang) }];
  if (input.names) columns.push({ key: 'name', header: message('header_name', lang) });
  return columns;
}

/** The identity cells of record `i`. */
export function identityCells(input: DecodedRecords, i: number): Record<string, Cell> {
  const cells: Record<string, Cell> = { id: idCell(input.ids[i]) };
  if (input.names) cells.name = textCell(input.names[i]);
  return cells;
}
