import type { Lang } from '@xiaowei/engine';
import type { TenderEvaluation } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { REPORT_WORDS, reportText } from './report-table.ts';

/** A right-aligned cell that is an amount or a score, as an Excel number (exact: at most 15 significant digits). */
function cell(text: string, align: 'left' | 'right'): string | number {
  return align === 'right' && /^-?[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : text;
}

/** The evaluation report as an Excel workbook: the facts, the bids, the declaration checks. */
export async function reportXlsx(e: TenderEvaluation, lang: Lang): Promise<Buffer> {
  const t = reportText(e, lang);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(REPORT_WORDS.title[lang].slice(0, 31));
  sheet.addRow([t.title]).font = { bold: true, size: 14 };
  sheet.addRow([t.subtitle]);
  for (const [label, value] of t.meta) sheet.addRow([label, value]);
  sheet.addRow([]);
  sheet.addRow([REPORT_WORDS.bids[lang]]).font = { bold: true };
  sheet.addRow(t.bidColumns.map((c) => c.title)).font = { bold: true };
  for (const row of t.bidRows) {
    const r = sheet.addRow(row.map((v, i) => cell(v, t.bidColumns[i].align)));
    t.bidColumns.forEach((c, i) => {
      if (c.align === 'right' && typeof r.getCell(i + 1).value === 'number' && /\./.test(row[i])) r.getCell(i + 1).numFmt = '#,##0.00';
    });
  }
  sheet.addRow([]);
  sheet.addRow([REPORT_WORDS.flags[lang]]).font = { bold: true };
  if (t.flagRows.length > 0) {
    sheet.addRow(t.flagColumns.map((c) => c.title)).font = { bold: true };
    for (const row of t.flagRows) sheet.addRow(row);
  }
  sheet.addRow([]);
  for (const note of t.notes) sheet.addRow([note]);
  sheet.addRow([t.footer]);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 22 : i === 2 ? 34 : 18;
  });
  defuseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
