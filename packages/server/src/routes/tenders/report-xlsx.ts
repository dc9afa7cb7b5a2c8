import type { Lang } from '@xiaowei/engine';
import type { TenderEvaluation } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { REPORT_WORDS, reportText } from './report-table.ts';

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
  // Amounts, rates and scores are numbers (a spreadsheet can sum them) shown through a number format.
  for (const row of t.bidCells) {
    const r = sheet.addRow(row);
    t.bidFormats.forEach((f, i) => {
      if (f !== undefined && typeof row[i] === 'number') r.getCell(i + 1).numFmt = f;
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
