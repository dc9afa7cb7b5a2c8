/**
 * A bulletin as a PDF (the server's pdfkit module) and as an Excel workbook: the same tables (bulletin-tables.ts),
 * the PDF with amounts formatted exact to the fen, the workbook with amounts as numbers in yuan (exact: doubles
 * hold every amount below 10^13 yuan with its fen) and counts as integers.
 */
import { formatMoney, type Lang } from '@xiaowei/engine';
import { formatFen, formatNumber } from '@xiaowei/policy/format';
import type { Bulletin } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { renderPdfReport } from '../../reports/pdf-report.ts';
import { type BulletinTable, bulletinTables, type Cell, metaLines, WORDS } from './bulletin-tables.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

function cellText(cell: Cell, lang: Lang): string {
  if ('text' in cell) return cell.text;
  if ('count' in cell) return formatNumber(cell.count, lang);
  return formatFen(cell.fen, lang);
}

const meta = (b: Bulletin, lang: Lang) => metaLines(b.content, lang, b);

/** The file name: region, period and version (or status). */
export function bulletinFileName(b: Bulletin, ext: string): string {
  return `xiaowei-bulletin-${b.regionPrefix || 'all'}-${b.period}-${b.version !== null ? `v${b.version}` : b.status}.${ext}`;
}

/** The bulletin as PDF bytes. */
export function bulletinPdf(b: Bulletin, lang: Lang): Promise<Buffer> {
  const tables = bulletinTables(b.content, lang);
  return renderPdfReport({
    lang,
    title: WORDS.title[lang],
    subtitle: `${b.content.regionName[lang]} · ${b.period}`,
    meta: meta(b, lang),
    landscape: true,
    sections: [
      { heading: WORDS.summary[lang], paragraphs: b.content.text[lang] },
      ...tables.map((t: BulletinTable) =>
        t.noData
          ? { heading: t.heading, paragraphs: [WORDS.noData[lang]] }
          : {
              heading: t.heading,
              table: {
                columns: t.columns.map((c) => ({ title: c.title, align: c.kind === 'text' ? ('left' as const) : ('right' as const) })),
                rows: t.rows.map((r) => r.map((cell) => cellText(cell, lang))),
              },
            },
      ),
    ],
    footer: WORDS.footer[lang],
  });
}

const SHEET_NAME = /[\\/?*[\]:]/g;

/** The bulletin as .xlsx bytes: a sheet with the summary and facts, then one sheet per table. */
export async function bulletinXlsx(b: Bulletin, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaowei';
  const about = workbook.addWorksheet(WORDS.summary[lang]);
  about.columns = [{ width: 28 }, { width: 120 }];
  about.addRow([WORDS.title[lang]]).font = { bold: true, size: 14 };
  for (const [k, v] of meta(b, lang)) about.addRow([k, v]);
  about.addRow([]);
  for (const line of b.content.text[lang]) about.addRow(['', line]);
  bulletinTables(b.content, lang).forEach((t, i) => {
    // Sheet names: at most 31 characters, unique, none of \ / ? * [ ] :
    const sheet = workbook.addWorksheet(`${i + 1} ${t.heading.replace(SHEET_NAME, ' ')}`.slice(0, 31));
    sheet.addRow([t.heading]).font = { bold: true };
    if (t.noData) {
      sheet.addRow([WORDS.noData[lang]]);
      return;
    }
    sheet.addRow(t.columns.map((c) => c.title)).font = { bold: true };
    t.columns.forEach((c, j) => {
      const col = sheet.getColumn(j + 1);
      col.width = c.kind === 'text' ? 36 : 20;
      if (c.kind === 'money') col.numFmt = '#,##0.00';
      if (c.kind === 'count') col.numFmt = '#,##0';
    });
    for (const r of t.rows)
      sheet.addRow(r.map((cell) => ('text' in cell ? cell.text : 'count' in cell ? cell.count : Number(formatMoney(cell.fen)))));
  });
  defuseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
