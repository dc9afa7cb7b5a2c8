/**
 * The yearly set-aside report as an Excel workbook: one row per budget unit (money in yuan, exact to
 * the fen; shares as percentages), the region's totals, rows below the line highlighted (red without a
 * reason, amber with one), and a sheet with the region, year, rule and rule version.
 */
import { formatMoney, type Lang } from '@xiaowei/engine';
import type { SetAsideReport, SetAsideStatus } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { metaLines, REPORT_COLUMNS, stateText, TITLE, totalsStateText, totalsStatus } from './report-table.ts';

const FILL = {
  below_without_reason: 'FFFDE2E2',
  below_with_reason: 'FFFFF4D6',
} as const;

const SHEET = { 'zh-CN': '预留份额', ko: '유보 비중', en: 'set-aside' } as const;
const ABOUT = { 'zh-CN': '说明', ko: '설명', en: 'about' } as const;

/** The report as .xlsx bytes. */
export async function setAsideXlsx(report: SetAsideReport, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaowei';
  const sheet = workbook.addWorksheet(SHEET[lang]);
  sheet.columns = REPORT_COLUMNS.map((c, i) => ({
    header: c.header[lang],
    key: `c${i}`,
    width: c.kind === 'money' ? 20 : c.kind === 'share' ? 14 : i === 1 || i === REPORT_COLUMNS.length - 1 ? 36 : 16,
    ...(c.kind === 'money' ? { style: { numFmt: '#,##0.00' } } : c.kind === 'share' ? { style: { numFmt: '0.0000%' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const stateColumn = REPORT_COLUMNS.length - 2;
  const add = (u: SetAsideStatus, state = stateText(u, lang)) => {
    const values: Record<string, unknown> = {};
    REPORT_COLUMNS.forEach((c, i) => {
      const v = i === stateColumn ? state : c.value(u);
      // Excel holds numbers as doubles: exact for every amount up to 10^13 yuan with fen, and for 6-place shares.
      values[`c${i}`] = v === null ? null : c.kind === 'money' ? Number(formatMoney(v as number)) : c.kind === 'share' ? Number(v) : v;
    });
    return sheet.addRow(values);
  };
  for (const u of report.units) {
    const row = add(u);
    const fill = u.state === 'below_without_reason' || u.state === 'below_with_reason' ? FILL[u.state] : undefined;
    if (fill) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } }));
  }
  add(totalsStatus(report, lang), totalsStateText(report, lang)).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const about = workbook.addWorksheet(ABOUT[lang]);
  about.columns = [{ width: 28 }, { width: 100 }];
  about.addRow([TITLE[lang]]).font = { bold: true, size: 14 };
  for (const [k, v] of metaLines(report, lang)) about.addRow([k, v]);
  defuseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
