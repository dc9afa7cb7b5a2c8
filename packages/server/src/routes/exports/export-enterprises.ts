import { PassThrough, Readable } from 'node:stream';
import { formatMoney, type Lang } from '@xiaowei/engine';
import type { ExportRow, Store } from '@xiaowei/store';
import ExcelJS from 'exceljs';
import type { DataScope } from '../../context/scope.ts';
import { csvText, defuse } from '../../http/formula-injection.ts';
import type { ListQuery } from '../enterprises/enterprises.schema.ts';
import { filterOf } from '../enterprises/list-enterprises.ts';

type Kind = 'money' | 'number' | 'text' | 'boolean';

/**
 * The export's columns: headers in the user's language that the import reads back (the input columns),
 * then the stored results with the rule version that computed them.
 */
const COLUMNS: readonly { key: keyof ExportRow; kind: Kind; header: Record<Lang, string> }[] = [
  { key: 'id', kind: 'text', header: { 'zh-CN': '企业编号', ko: '기업 번호', en: 'id' } },
  { key: 'name', kind: 'text', header: { 'zh-CN': '企业名称', ko: '기업명', en: 'name' } },
  {
    key: 'creditCode',
    kind: 'text',
    header: { 'zh-CN': '统一社会信用代码（GB 32100）', ko: '통일사회신용코드(GB 32100)', en: 'unified social credit code (GB 32100)' },
  },
  { key: 'regionCode', kind: 'text', header: { 'zh-CN': '所属地区', ko: '지역', en: 'region' } },
  { key: 'industry', kind: 'text', header: { 'zh-CN': '行业', ko: '업종', en: 'industry' } },
  { key: 'founded', kind: 'text', header: { 'zh-CN': '成立日期', ko: '설립일', en: 'founded' } },
  { key: 'registeredCapitalFen', kind: 'money', header: { 'zh-CN': '注册资本', ko: '등록자본', en: 'registered_capital' } },
  { key: 'year', kind: 'number', header: { 'zh-CN': '年度', ko: '연도', en: 'year' } },
  // Korean headers are the policy variables' own Korean labels, which the import reads (column-names.ts).
  { key: 'employees', kind: 'number', header: { 'zh-CN': '从业人员', ko: '종업원 수', en: 'employees' } },
  { key: 'revenueFen', kind: 'money', header: { 'zh-CN': '营业收入', ko: '영업수입', en: 'revenue' } },
  { key: 'totalAssetsFen', kind: 'money', header: { 'zh-CN': '资产总额', ko: '자산총액', en: 'total_assets' } },
  { key: 'taxableIncomeFen', kind: 'money', header: { 'zh-CN': '应纳税所得额', ko: '과세소득', en: 'taxable_income' } },
  { key: 'totalProfitFen', kind: 'money', header: { 'zh-CN': '利润总额', ko: '연간 이윤총액', en: 'total_profit' } },
  { key: 'restrictedIndustry', kind: 'boolean', header: { 'zh-CN': '限制行业', ko: '제한·금지 업종 해당', en: 'restricted_industry' } },
  { key: 'industryGroup', kind: 'text', header: { 'zh-CN': '行业类别（计算）', ko: '업종 그룹(계산)', en: 'industry_group (computed)' } },
  { key: 'sizeClass', kind: 'text', header: { 'zh-CN': '企业规模（计算）', ko: '기업 규모(계산)', en: 'size_class (computed)' } },
  {
    key: 'isSmallOrMicro',
    kind: 'boolean',
    header: { 'zh-CN': '是否小微企业（计算）', ko: '소규모 기업 여부(계산)', en: 'is_small_or_micro (computed)' },
  },
  {
    key: 'totalSupportValueFen',
    kind: 'money',
    header: { 'zh-CN': '扶持政策总价值（计算）', ko: '지원정책 총가치(계산)', en: 'total_support_value (computed)' },
  },
  { key: 'policyVersion', kind: 'text', header: { 'zh-CN': '政策版本', ko: '정책 버전', en: 'policy_version' } },
  { key: 'parameterHash', kind: 'text', header: { 'zh-CN': '参数哈希', ko: '매개변수 해시', en: 'parameter_hash' } },
];

/**
 * A CSV field. Text is defused against formula injection and quoted as needed (formula-injection.ts);
 * money, counts and years are numbers as the import reads them (a negative amount stays a number).
 */
function csvField(kind: Kind, v: string): string {
  return kind === 'text' ? csvText(v) : v;
}

function text(kind: Kind, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (kind === 'money') return formatMoney(v as number);
  return String(v);
}

/**
 * The rows of the export, with the first one already read: a bad filter or an unreachable database
 * fails here, before the response starts, as a normal error response — not as a broken download.
 */
async function exportRows(store: Store, scope: DataScope, q: ListQuery): Promise<AsyncIterable<ExportRow>> {
  const it = store.enterprises.export({ scope, filter: filterOf(q) })[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
}

/** The filtered registry as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese), streamed row by row. */
export async function exportCsv(store: Store, scope: DataScope, q: ListQuery, lang: Lang): Promise<Readable> {
  const rows = await exportRows(store, scope, q);
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${COLUMNS.map((c) => csvText(c.header[lang])).join(',')}\r\n`;
    for await (const row of rows) yield `${COLUMNS.map((c) => csvField(c.kind, text(c.kind, row[c.key]))).join(',')}\r\n`;
  }
  return Readable.from(lines());
}

/** The filtered registry as an Excel workbook, written as a stream (rows committed as they come). */
export async function exportXlsx(store: Store, scope: DataScope, q: ListQuery, lang: Lang): Promise<Readable> {
  const rows = await exportRows(store, scope, q);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('enterprises');
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header[lang],
    key: c.key,
    width: c.kind === 'money' ? 18 : c.key === 'name' ? 30 : 14,
    ...(c.kind === 'money' ? { style: { numFmt: '#,##0.00' } } : {}),
  }));
  (async () => {
    for await (const row of rows) {
      const values: Record<string, unknown> = {};
      for (const c of COLUMNS) {
        const v = row[c.key];
        // Excel holds numbers as doubles: exact for every amount up to 10^13 yuan with fen (15 digits).
        values[c.key] =
          v === null || v === undefined
            ? null
            : c.kind === 'money'
              ? Number(formatMoney(v as number))
              : c.kind === 'text'
                ? defuse(String(v))
                : v;
      }
      sheet.addRow(values).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((e: unknown) => out.destroy(e as Error));
  return out;
}
