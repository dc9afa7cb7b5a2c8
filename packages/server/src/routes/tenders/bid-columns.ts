import { interpolate, type Labels, type Lang } from '@xiaowei/engine';
import type { DeclaredClass, MemberDeclaration, ProductDeclaration } from '@xiaowei/store';

/**
 * The columns of a bid import (one row per bid) with their headers in the three languages — a file is
 * read whatever language its headers are in — and the readers of the cells that are not plain text: the
 * declared size class, yes/no, and the declarations of products (制造商) and consortium members written
 * in one cell each: entries separated by `;`, fields by `|`.
 */

export type BidColumn =
  | 'id'
  | 'supplier_id'
  | 'supplier_name'
  | 'price'
  | 'technical_score'
  | 'compliant'
  | 'supplier_size_class'
  | 'products'
  | 'consortium';

export const BID_COLUMNS: readonly { key: BidColumn; header: Labels; required?: boolean; help: Labels; example: [string, string] }[] = [
  {
    key: 'id',
    header: { 'zh-CN': '投标编号', ko: '입찰 번호', en: 'bid_id' },
    required: true,
    help: { 'zh-CN': '本项目内唯一', ko: '입찰 안에서 고유', en: 'unique within the tender' },
    example: ['B11', 'B12'],
  },
  {
    key: 'supplier_id',
    header: { 'zh-CN': '供应商统一社会信用代码', ko: '공급자 통일사회신용코드', en: 'supplier_id' },
    help: {
      'zh-CN': '用于与企业名录核对声明',
      ko: '기업 명부와 신고를 대조하는 데 사용',
      en: 'used to check the declaration against the registry',
    },
    example: ['XW-DEMO-000013', ''],
  },
  {
    key: 'supplier_name',
    header: { 'zh-CN': '供应商名称', ko: '공급자명', en: 'supplier_name' },
    required: true,
    help: { 'zh-CN': '联合体写联合体名称', ko: '컨소시엄은 컨소시엄 이름', en: 'for a consortium, its name' },
    example: ['青岛恒信商贸有限公司', '青岛联创联合体'],
  },
  {
    key: 'price',
    header: { 'zh-CN': '投标报价（元）', ko: '입찰가(위안)', en: 'price (yuan)' },
    required: true,
    help: {
      'zh-CN': '最多两位小数；合同金额按此原价',
      ko: '소수 둘째 자리까지; 계약금액은 이 원가',
      en: 'at most two decimals; the contract amount is this original price',
    },
    example: ['1286000.00', '1302500'],
  },
  {
    key: 'technical_score',
    header: { 'zh-CN': '技术得分', ko: '기술 점수', en: 'technical_score' },
    help: { 'zh-CN': '0–100，综合评分法使用', ko: '0–100, 종합평가법에서 사용', en: '0–100, for comprehensive scoring' },
    example: ['61.5', '63'],
  },
  {
    key: 'compliant',
    header: { 'zh-CN': '是否有效投标', ko: '유효 입찰', en: 'compliant' },
    help: { 'zh-CN': '是 / 否，空为是', ko: '예 / 아니오, 비우면 예', en: 'yes / no; empty is yes' },
    example: ['是', '是'],
  },
  {
    key: 'supplier_size_class',
    header: { 'zh-CN': '声明企业规模', ko: '신고 기업 규모', en: 'supplier_size_class' },
    help: {
      'zh-CN': '大型 / 中型 / 小型 / 微型（或 large/medium/small/micro）；空为未提交声明函',
      ko: '대기업 / 중기업 / 소기업 / 영세기업(또는 large/medium/small/micro); 비우면 신고서 없음',
      en: 'large / medium / small / micro; empty: no SME declaration',
    },
    example: ['小型', ''],
  },
  {
    key: 'products',
    header: { 'zh-CN': '产品制造商声明', ko: '제품 제조사 신고', en: 'products' },
    help: {
      'zh-CN': '每项“制造商名称|统一社会信用代码|规模|是否大型企业商标”，多项用“;”分隔',
      ko: '항목마다 "제조사명|통일사회신용코드|규모|대기업 상표 여부", 여러 항목은 ";"로 구분',
      en: 'each "manufacturer name|credit code|class|large trademark (yes/no)", several separated by ";"',
    },
    example: ['青岛海纳制造有限公司|XW-DEMO-000021|小型|否', ''],
  },
  {
    key: 'consortium',
    header: { 'zh-CN': '联合体成员', ko: '컨소시엄 구성원', en: 'consortium' },
    help: {
      'zh-CN': '每项“成员名称|统一社会信用代码|规模|合同金额份额（如 0.4 或 40%）”，多项用“;”分隔',
      ko: '항목마다 "구성원명|통일사회신용코드|규모|계약금액 비중(예: 0.4 또는 40%)", 여러 항목은 ";"로 구분',
      en: 'each "member name|credit code|class|share of the contract (0.4 or 40%)", several separated by ";"',
    },
    example: ['', '青岛联创科技有限公司|XW-DEMO-000034|大型|0.6;青岛启明软件有限公司|XW-DEMO-000047|微型|0.4'],
  },
];

/** Headers of 0.1 files, read for one release: the declared class's column before it took the policy's name. */
const OLD_HEADERS: Readonly<Record<string, BidColumn>> = { size_class: 'supplier_size_class', declared_size_class: 'supplier_size_class' };

/** The column of a header as written, in any language (or the column key itself). */
export function columnOf(header: string): BidColumn | undefined {
  const h = header.trim().toLowerCase();
  return BID_COLUMNS.find((c) => c.key === h || Object.values(c.header).some((t) => t.toLowerCase() === h))?.key ?? OLD_HEADERS[h];
}

const CLASS_WORDS: Readonly<Record<string, DeclaredClass>> = {
  large: 'large',
  medium: 'medium',
  small: 'small',
  micro: 'micro',
  大型: 'large',
  中型: 'medium',
  小型: 'small',
  微型: 'micro',
  대기업: 'large',
  중기업: 'medium',
  소기업: 'small',
  영세기업: 'micro',
};
const YES = new Set(['是', 'yes', 'y', 'true', '1', '예', '네']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '아니오', '아니요']);

export const CELL_MESSAGES = {
  bad_class: {
    'zh-CN': '“{value}”不是企业规模（大型、中型、小型、微型）',
    ko: '“{value}”은(는) 기업 규모가 아닙니다(대기업, 중기업, 소기업, 영세기업)',
    en: '"{value}" is not a size class (large, medium, small, micro)',
  },
  bad_yes_no: {
    'zh-CN': '“{value}”应为“是”或“否”',
    ko: '“{value}”은(는) "예" 또는 "아니오"여야 합니다',
    en: '"{value}" must be yes or no',
  },
  bad_entry: {
    'zh-CN': '第 {n} 项“{value}”应写作 {format}',
    ko: '{n}번째 항목 “{value}”은(는) {format} 형식이어야 합니다',
    en: 'entry {n} "{value}" must be written {format}',
  },
  unknown_column: { 'zh-CN': '未知的列“{value}”', ko: '알 수 없는 열 “{value}”', en: 'unknown column "{value}"' },
  missing_column: {
    'zh-CN': '缺少必需的列“{value}”',
    ko: '필수 열 “{value}”이(가) 없습니다',
    en: 'the required column "{value}" is missing',
  },
  duplicate_bid: { 'zh-CN': '投标编号“{value}”重复', ko: '입찰 번호 “{value}”이(가) 중복됩니다', en: 'duplicate bid id "{value}"' },
  existing_bid: {
    'zh-CN': '本项目已有投标编号“{value}”',
    ko: '이 입찰에 이미 입찰 번호 “{value}”이(가) 있습니다',
    en: 'the tender already has a bid "{value}"',
  },
  no_rows: { 'zh-CN': '文件没有投标行', ko: '파일에 입찰 행이 없습니다', en: 'the file has no bid rows' },
} as const satisfies Record<string, Labels>;

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: Labels };
const bad = (key: keyof typeof CELL_MESSAGES, params: Record<string, unknown>): { ok: false; message: Labels } => ({
  ok: false,
  message: interpolate(CELL_MESSAGES[key], params),
});

/** Text of a cell ('' when empty). */
export const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export function readClass(v: unknown): CellResult<DeclaredClass | null> {
  const t = cellText(v);
  if (t === '') return { ok: true, value: null };
  const c = CLASS_WORDS[t.toLowerCase()] ?? CLASS_WORDS[t];
  return c ? { ok: true, value: c } : bad('bad_class', { value: t });
}

export function readYesNo(v: unknown, empty: boolean): CellResult<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = cellText(v).toLowerCase();
  if (t === '') return { ok: true, value: empty };
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return bad('bad_yes_no', { value: cellText(v) });
}

const entries = (v: unknown) =>
  cellText(v)
    .split(/[;；\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');

/** `name|id|class|trademark;…` → product declarations. */
export function readProducts(v: unknown, lang: Lang): CellResult<ProductDeclaration[]> {
  const out: ProductDeclaration[] = [];
  for (const [k, e] of entries(v).entries()) {
    const [name = '', id = '', cls = '', mark = '', ...rest] = e.split(/[|｜]/).map((s) => s.trim());
    const c = readClass(cls);
    const m = readYesNo(mark, false);
    if (rest.length > 0 || name === '' || !c.ok || c.value === null || !m.ok)
      return bad('bad_entry', { n: k + 1, value: e, format: BID_COLUMNS[7].help[lang] });
    out.push({ manufacturerName: name, manufacturerId: id || null, sizeClass: c.value, largeTrademark: m.value });
  }
  return { ok: true, value: out };
}

/** `name|id|class|share;…` → consortium members (a share as 0.4 or 40%, kept as exact decimal text). */
export function readMembers(v: unknown, lang: Lang): CellResult<MemberDeclaration[]> {
  const out: MemberDeclaration[] = [];
  for (const [k, e] of entries(v).entries()) {
    const [name = '', id = '', cls = '', shareText = '', ...rest] = e.split(/[|｜]/).map((s) => s.trim());
    const c = readClass(cls);
    const share = percentToDecimal(shareText);
    if (rest.length > 0 || name === '' || !c.ok || c.value === null || share === undefined)
      return bad('bad_entry', { n: k + 1, value: e, format: BID_COLUMNS[8].help[lang] });
    out.push({ name, memberId: id || null, sizeClass: c.value, share });
  }
  return { ok: true, value: out };
}

/**
 * '40%' → '0.4', '0.4' → '0.4', exactly (digits moved, never multiplied in binary); undefined when not a number.
 * @example percentToDecimal('12.5%') // '0.125'
 */
export function percentToDecimal(text: string): string | undefined {
  const m = /^(\d{1,3})(?:\.(\d{1,7}))?\s*%$/.exec(text);
  if (!m) return /^\d{1,3}(\.\d{1,9})?$/.test(text) ? text : undefined;
  // Dividing by 100 moves the decimal point two places left.
  const whole = m[1].padStart(3, '0');
  const frac = `${whole.slice(-2)}${m[2] ?? ''}`.replace(/0+$/, '');
  const intPart = String(Number(whole.slice(0, -2)));
  return frac === '' ? intPart : `${intPart}.${frac}`;
}
