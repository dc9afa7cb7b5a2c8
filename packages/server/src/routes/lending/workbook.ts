import { EXCEL_FORMAT } from '@xiaowei/policy/format';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { defuseWorkbook } from '../../http/formula-injection.ts';

export type CellKind = 'money' | 'rate' | 'number' | 'text' | 'boolean';

/** A column of an exported sheet: its header (in the caller's language) and how its cells are written. */
export interface SheetColumn {
  readonly header: string;
  readonly kind: CellKind;
}

/**
 * A cell: money given in integer fen, written as the yuan number (fen ÷ 100: exact to the fen within
 * Excel's 15 digits) with a money format; rates as numbers with a % format; flags as ✓ / ✗.
 */
function cell(kind: CellKind, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (kind === 'boolean') return v === true ? '✓' : '✗';
  if (kind === 'text') return String(v);
  if (kind === 'money') return (v as number) / 100;
  return v as number;
}

/** One-sheet .xlsx of `rows`, sent as a download named `fileName`. */
export async function sendWorkbook(
  reply: FastifyReply,
  fileName: string,
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<FastifyReply> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c, i) => cell(c.kind, r[i])));
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(10, Math.min(40, c.header.length * 2 + 2));
    if (c.kind === 'rate') col.numFmt = EXCEL_FORMAT.percent;
    if (c.kind === 'money') col.numFmt = EXCEL_FORMAT.money;
  });
  defuseWorkbook(wb);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(buffer);
}
