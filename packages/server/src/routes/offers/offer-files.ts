/**
 * The files of proactive delivery: the treasury payment file of an approved batch (xlsx and csv: payee, credit
 * code, account, bank, amount in yuan with two decimals, reference) and the take-up report (xlsx and PDF through
 * the service's pdfkit module). Headers in the reader's language; text cells defused against formula injection.
 */
import { formatMoney, type Lang } from '@xiaowei/engine';
import type { PaymentBatch, TakeUpRow } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import { csvText, defuseWorkbook } from '../../http/formula-injection.ts';
import { renderPdfReport } from '../../reports/pdf-report.ts';

type L = Readonly<Record<Lang, string>>;

const PAYMENT_HEADERS: readonly L[] = [
  { 'zh-CN': '收款人', ko: '수취인', en: 'Payee' },
  { 'zh-CN': '统一社会信用代码', ko: '통일사회신용코드', en: 'Credit code' },
  { 'zh-CN': '收款账号', ko: '수취 계좌번호', en: 'Account number' },
  { 'zh-CN': '账户名称', ko: '계좌 명의', en: 'Account name' },
  { 'zh-CN': '开户银行', ko: '개설 은행', en: 'Bank' },
  { 'zh-CN': '金额（元）', ko: '금액(위안)', en: 'Amount (yuan)' },
  { 'zh-CN': '业务参考号', ko: '참조 번호', en: 'Reference' },
];

/** Yuan with exactly two decimals, from integer fen ('1234.50'). */
export function yuan2(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

function paymentRow(l: PaymentBatch['lines'][number]): string[] {
  return [l.enterpriseName, l.creditCode ?? '', l.accountNumber, l.accountName, l.bankName, yuan2(l.amountFen), l.reference];
}

export function paymentCsv(batch: PaymentBatch, lang: Lang): Buffer {
  const lines = [PAYMENT_HEADERS.map((h) => csvText(h[lang])).join(',')];
  for (const l of batch.lines)
    lines.push(
      paymentRow(l)
        .map((v, i) => (i === 5 ? v : csvText(v)))
        .join(','),
    );
  // A byte-order mark so that spreadsheet programs read the UTF-8 names.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function paymentXlsx(batch: PaymentBatch, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaowei';
  const sheet = workbook.addWorksheet({ 'zh-CN': '支付明细', ko: '지급 내역', en: 'payments' }[lang]);
  sheet.columns = PAYMENT_HEADERS.map((h, i) => ({
    header: h[lang],
    key: `c${i}`,
    width: i === 0 || i === 3 || i === 4 ? 32 : 24,
    ...(i === 5 ? { style: { numFmt: '#,##0.00' } } : i === 2 ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const l of batch.lines) {
    const row = paymentRow(l);
    // Excel holds the amount as a double: exact for every amount up to 10^13 yuan with fen.
    sheet.addRow(Object.fromEntries(row.map((v, i) => [`c${i}`, i === 5 ? Number(formatMoney(l.amountFen)) : v])));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  defuseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const TAKE_UP_TITLE: L = { 'zh-CN': '免申即享兑现情况', ko: '신청 없는 지원 수령 현황', en: 'Take-up of proactive support' };

const TAKE_UP_COLUMNS: readonly {
  readonly title: L;
  readonly value: (r: TakeUpRow, t: ReadonlyMap<string, string>) => string | number | null;
  readonly money?: boolean;
}[] = [
  { title: { 'zh-CN': '项目', ko: '프로그램', en: 'Programme' }, value: (r) => r.programme.name },
  { title: { 'zh-CN': '措施', ko: '조치', en: 'Measure' }, value: (r, t) => t.get(r.programme.measure) ?? r.programme.measure },
  { title: { 'zh-CN': '地区', ko: '지역', en: 'Region' }, value: (r) => r.programme.regionCode },
  { title: { 'zh-CN': '年度', ko: '연도', en: 'Year' }, value: (r) => r.programme.year },
  { title: { 'zh-CN': '符合条件', ko: '요건 충족', en: 'Eligible' }, value: (r) => r.eligible },
  { title: { 'zh-CN': '应享金额（元）', ko: '약속 금액(위안)', en: 'Promised (yuan)' }, value: (r) => r.promisedFen, money: true },
  { title: { 'zh-CN': '已推送', ko: '제안', en: 'Offered' }, value: (r) => r.offered },
  { title: { 'zh-CN': '已确认', ko: '확인', en: 'Confirmed' }, value: (r) => r.confirmed },
  { title: { 'zh-CN': '已公示', ko: '공시', en: 'Published' }, value: (r) => r.published },
  { title: { 'zh-CN': '已支付', ko: '지급', en: 'Paid' }, value: (r) => r.paid },
  { title: { 'zh-CN': '已支付金额（元）', ko: '지급 금액(위안)', en: 'Paid (yuan)' }, value: (r) => r.paidFen, money: true },
  { title: { 'zh-CN': '未领取', ko: '미수령', en: 'Unclaimed' }, value: (r) => r.unclaimed },
  {
    title: { 'zh-CN': '到账天数中位数', ko: '지급까지 일수(중앙값)', en: 'Days to payment (median)' },
    value: (r) => r.daysToPaymentMedian,
  },
  { title: { 'zh-CN': '到账天数均值', ko: '지급까지 일수(평균)', en: 'Days to payment (mean)' }, value: (r) => r.daysToPaymentMean },
];

export async function takeUpXlsx(rows: readonly TakeUpRow[], titles: ReadonlyMap<string, string>, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Xiaowei';
  const sheet = workbook.addWorksheet(TAKE_UP_TITLE[lang].slice(0, 31));
  sheet.columns = TAKE_UP_COLUMNS.map((c, i) => ({
    header: c.title[lang],
    key: `c${i}`,
    width: i < 2 ? 36 : 16,
    ...(c.money ? { style: { numFmt: '#,##0.00' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow(
      Object.fromEntries(
        TAKE_UP_COLUMNS.map((c, i) => {
          const v = c.value(r, titles);
          return [`c${i}`, c.money ? Number(formatMoney(v as number)) : v];
        }),
      ),
    );
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  defuseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function takeUpPdf(
  rows: readonly TakeUpRow[],
  titles: ReadonlyMap<string, string>,
  lang: Lang,
  money: (fen: number) => string,
): Promise<Buffer> {
  return renderPdfReport({
    lang,
    title: TAKE_UP_TITLE[lang],
    landscape: true,
    footer: { 'zh-CN': '国发〔2012〕14号', ko: '国发〔2012〕14号', en: 'Guofa [2012] No. 14' }[lang],
    sections: [
      {
        chart: {
          series: [
            { name: { 'zh-CN': '已推送', ko: '제안', en: 'Offered' }[lang], colour: '#5b8ff9' },
            { name: { 'zh-CN': '已确认', ko: '확인', en: 'Confirmed' }[lang], colour: '#5ad8a6' },
            { name: { 'zh-CN': '已支付', ko: '지급', en: 'Paid' }[lang], colour: '#f6bd16' },
          ],
          rows: rows.map((r) => ({ label: r.programme.name, values: [r.offered, r.confirmed, r.paid] })),
        },
        table: {
          columns: TAKE_UP_COLUMNS.map((c, i) => ({ title: c.title[lang], align: i >= 3 ? ('right' as const) : ('left' as const) })),
          rows: rows.map((r) =>
            TAKE_UP_COLUMNS.map((c) => {
              const v = c.value(r, titles);
              return v === null ? '—' : c.money ? money(v as number) : String(v);
            }),
          ),
        },
      },
    ],
  });
}
