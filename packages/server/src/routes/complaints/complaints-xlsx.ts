/** The monthly complaint counts as an Excel workbook: headers in the reader's language, counts as numbers. */
import type { Lang } from '@xiaowei/engine';
import { COMPLAINT_TYPE_LABELS, type ComplaintCount, DEPARTMENT_LABELS } from '@xiaowei/store';
import ExcelJS from 'exceljs';

const HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['月份', '类型', '承办部门', '地区代码', '受理件数', '已答复', '逾期', '已评价', '平均满意度'],
  ko: ['월', '유형', '담당 부문', '지역 코드', '접수', '답변', '기한 초과', '평가', '평균 만족도'],
  en: ['Month', 'Type', 'Department', 'Region code', 'Filed', 'Replied', 'Late', 'Rated', 'Mean rating'],
};
const SHEET: Record<Lang, string> = { 'zh-CN': '投诉统计', ko: '민원 통계', en: 'Complaints' };

export async function complaintsXlsx(counts: readonly ComplaintCount[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET[lang]);
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  for (const c of counts)
    sheet.addRow([
      c.month,
      COMPLAINT_TYPE_LABELS[c.type][lang],
      DEPARTMENT_LABELS[c.department]?.[lang] ?? c.department,
      c.regionCode,
      c.filed,
      c.replied,
      c.late,
      c.rated,
      c.rated === 0 ? null : Math.round((c.ratingSum / c.rated) * 100) / 100,
    ]);
  sheet.getColumn(9).numFmt = '0.00';
  sheet.columns.forEach((col, i) => {
    col.width = [10, 22, 28, 12, 10, 10, 10, 10, 12][i];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
