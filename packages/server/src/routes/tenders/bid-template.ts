import type { Lang } from '@xiaowei/engine';
import ExcelJS from 'exceljs';
import { defuseWorkbook } from '../../http/formula-injection.ts';
import { BID_COLUMNS } from './bid-columns.ts';

const SHEETS = {
  bids: { 'zh-CN': '投标', ko: '입찰', en: 'bids' },
  help: { 'zh-CN': '填写说明', ko: '작성 안내', en: 'instructions' },
  column: { 'zh-CN': '列', ko: '열', en: 'column' },
  required: { 'zh-CN': '必填', ko: '필수', en: 'required' },
  meaning: { 'zh-CN': '说明', ko: '설명', en: 'what to write' },
  note: {
    'zh-CN': '每行一个投标。表头可用中文、韩文或英文。任一行有错误时不导入任何投标，并列出每个错误的行和列。依据：财库〔2011〕181号。',
    ko: '한 행에 입찰 하나. 머리글은 중국어, 한국어 또는 영어. 한 행이라도 오류가 있으면 아무 입찰도 가져오지 않고 오류마다 행과 열을 보여 줍니다. 근거: 재고〔2011〕181호.',
    en: 'One bid per row. Headers in Chinese, Korean or English. If any row has a problem no bid is imported, and each problem is listed with its row and column. Basis: 财库〔2011〕181号.',
  },
} as const;

/** The bid import template in `lang`: the bid sheet with two example rows (a single supplier, a consortium) and the instructions. */
export async function bidTemplate(lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(SHEETS.bids[lang]);
  sheet.columns = BID_COLUMNS.map((c) => ({
    header: c.header[lang],
    key: c.key,
    width: c.key === 'products' || c.key === 'consortium' ? 48 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const i of [0, 1]) sheet.addRow(Object.fromEntries(BID_COLUMNS.map((c) => [c.key, c.example[i]])));
  const help = wb.addWorksheet(SHEETS.help[lang]);
  help.columns = [
    { header: SHEETS.column[lang], key: 'column', width: 26 },
    { header: SHEETS.required[lang], key: 'required', width: 8 },
    { header: SHEETS.meaning[lang], key: 'meaning', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of BID_COLUMNS) help.addRow({ column: c.header[lang], required: c.required ? '✓' : '', meaning: c.help[lang] });
  help.addRow({});
  help.addRow({ column: SHEETS.note[lang] });
  defuseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
