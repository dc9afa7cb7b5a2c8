/**
 * The tender data the store keeps (item 05, 财库〔2011〕181号) and the checks every write goes through.
 * Rates, the price weight, technical scores and consortium shares are exact decimal text; prices are
 * integer fen. The rules of the evaluation itself (a rate inside the legal range of the tender's date,
 * shares adding up to 1) are the policy's and are checked when the tender is evaluated.
 */
import { interpolate, isInstant, type Labels } from '@xiaowei/engine';
import { SIZE_CLASSES } from '@xiaowei/policy';
import type { FieldProblem } from '../enterprise-fields.ts';
import { textProblem } from '../text.ts';

export const TENDER_METHODS = ['lowest_price', 'comprehensive'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];
export const TENDER_STATUSES = ['draft', 'evaluated', 'published'] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];
/** The classes an SME declaration may state: the size standard's (one list, the policy's). */
export const DECLARED_CLASSES = SIZE_CLASSES;
export type DeclaredClass = (typeof DECLARED_CLASSES)[number];

/** A product of a bid as the SME declaration states it. */
export interface ProductDeclaration {
  /** The manufacturer's registry id (unified social credit code), when given: its class is then checked. */
  readonly manufacturerId?: string | null;
  readonly manufacturerName: string;
  readonly sizeClass: DeclaredClass;
  /** The product carries a large enterprise's registered trademark (181号 art. 2: no SME preference). */
  readonly largeTrademark?: boolean;
}

/** A consortium member as the joint declaration states it: its class and its share of the contract amount. */
export interface MemberDeclaration {
  readonly memberId?: string | null;
  readonly name: string;
  readonly sizeClass: DeclaredClass;
  /** Decimal text, e.g. '0.3' (30%). */
  readonly share: string;
}

/** One bid and its declaration. */
export interface BidInput {
  /** The bid's id within the tender. */
  readonly bidId: string;
  /** The supplier's registry id (unified social credit code); a consortium names its members instead. */
  readonly supplierId?: string | null;
  readonly supplierName: string;
  /** The bid price in fen: the contract amount if it wins (the deduction only enters the evaluation). */
  readonly priceFen: number;
  /** Decimal text, 0–100 (comprehensive scoring). */
  readonly technicalScore?: string | null;
  readonly compliant?: boolean;
  /** The class the supplier declares; null: no SME declaration. */
  readonly declaredSizeClass?: DeclaredClass | null;
  readonly products?: readonly ProductDeclaration[];
  readonly consortium?: readonly MemberDeclaration[];
}

/** What a caller gives to create a tender. */
export interface TenderInput {
  readonly id?: string;
  /** Defaults to the caller's budget unit (a procurement user's scope). */
  readonly budgetUnitId?: string;
  readonly projectId?: string | null;
  readonly name: string;
  /** `YYYY-MM-DD`: the rules and the legal range in force on this date apply. */
  readonly tenderDate: string;
  readonly method: TenderMethod;
  /** Decimal text, points out of 100 (comprehensive scoring). */
  readonly priceWeight?: string | null;
  /** Decimal text, e.g. '0.08'. */
  readonly deductionRate?: string | null;
  readonly consortiumDeductionRate?: string | null;
  readonly reservedForSme?: boolean;
}

export type TenderPatch = Partial<Omit<TenderInput, 'id' | 'budgetUnitId'>>;

const M = {
  required: { 'zh-CN': '缺少必填值', ko: '필수 값이 없습니다', en: 'a value is required' },
  too_long: { 'zh-CN': '过长（最多 {max} 个字符）', ko: '너무 깁니다(최대 {max}자)', en: 'too long (at most {max} characters)' },
  bad_id: {
    'zh-CN': '编号只能包含字母、数字、“-”“_”“.”，最多 64 个字符',
    ko: 'ID에는 문자, 숫자, "-", "_", "."만 사용할 수 있으며 최대 64자입니다',
    en: 'an id is letters, digits, "-", "_" or "." (at most 64)',
  },
  bad_date: {
    'zh-CN': '“{value}”不是日期（格式 YYYY-MM-DD）',
    ko: '“{value}”은(는) 날짜가 아닙니다(형식 YYYY-MM-DD)',
    en: '"{value}" is not a date (YYYY-MM-DD)',
  },
  bad_method: {
    'zh-CN': '评标方法应为 lowest_price（最低评标价法）或 comprehensive（综合评分法）',
    ko: '평가 방법은 lowest_price(최저가) 또는 comprehensive(종합평가)여야 합니다',
    en: 'the method is lowest_price or comprehensive',
  },
  bad_decimal: {
    'zh-CN': '“{value}”不是 {min} 至 {max} 之间的数（最多 9 位小数）',
    ko: '“{value}”은(는) {min}~{max} 사이의 수가 아닙니다(소수 9자리까지)',
    en: '"{value}" is not a number from {min} to {max} (at most 9 decimals)',
  },
  bad_price: {
    'zh-CN': '价格应为非负的整数分',
    ko: '가격은 음수가 아닌 정수 펀(分)이어야 합니다',
    en: 'a price is a non-negative whole number of fen',
  },
  bad_class: {
    'zh-CN': '“{value}”不是企业规模（large、medium、small、micro）',
    ko: '“{value}”은(는) 기업 규모가 아닙니다(large, medium, small, micro)',
    en: '"{value}" is not a size class (large, medium, small, micro)',
  },
  bad_list: { 'zh-CN': '应为列表', ko: '목록이어야 합니다', en: 'must be a list' },
  too_many: { 'zh-CN': '最多 {max} 项', ko: '최대 {max}개', en: 'at most {max} items' },
  duplicate_bid: {
    'zh-CN': '投标编号“{id}”重复',
    ko: '입찰 번호 “{id}”이(가) 중복됩니다',
    en: 'duplicate bid id "{id}"',
  },
} as const satisfies Record<string, Labels>;

const problem = (field: string, code: keyof typeof M, params: Record<string, unknown> = {}): FieldProblem => ({
  field,
  code,
  message: interpolate(M[code], params),
});

/** At most 9 decimals: the precision the policy's rate and share inputs accept. */
const DECIMAL = /^\d{1,3}(\.\d{1,9})?$/;

/** Whether `text` is decimal text within [min, max] (decimal strings parse monotonically, so the bounds compare exactly). */
export function isDecimalIn(text: unknown, min: number, max: number): text is string {
  return typeof text === 'string' && DECIMAL.test(text) && Number(text) >= min && Number(text) <= max;
}

/** A decimal text field: absent or null is fine, else within [min, max]. */
function decimal(out: FieldProblem[], field: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) return;
  if (!isDecimalIn(value, min, max)) out.push(problem(field, 'bad_decimal', { value: String(value), min, max }));
}

function text(out: FieldProblem[], field: string, value: unknown, required: boolean, max = 200): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) out.push(problem(field, 'required'));
    return;
  }
  if (typeof value !== 'string') out.push(problem(field, 'required'));
  else if (value.length > max) out.push(problem(field, 'too_long', { max }));
  else {
    const unsafe = textProblem(value, field);
    if (unsafe) out.push(unsafe);
  }
}

function id(out: FieldProblem[], field: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null || value === '') {
    if (required) out.push(problem(field, 'required'));
    return;
  }
  if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(value)) out.push(problem(field, 'bad_id'));
}

function sizeClass(out: FieldProblem[], field: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) out.push(problem(field, 'required'));
    return;
  }
  if (!DECLARED_CLASSES.includes(value as DeclaredClass)) out.push(problem(field, 'bad_class', { value: String(value) }));
}

/** Problems of a tender's fields (`full`: creating, every required field present). */
export function tenderProblems(input: TenderPatch & { id?: string }, full: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  id(out, 'id', input.id, false);
  id(out, 'projectId', input.projectId, false);
  if (full || input.name !== undefined) text(out, 'name', input.name, true);
  if (full || input.tenderDate !== undefined) {
    if (typeof input.tenderDate !== 'string' || !isInstant(input.tenderDate))
      out.push(problem('tenderDate', input.tenderDate ? 'bad_date' : 'required', { value: String(input.tenderDate) }));
  }
  if (full || input.method !== undefined) {
    if (!TENDER_METHODS.includes(input.method as TenderMethod)) out.push(problem('method', 'bad_method'));
  }
  decimal(out, 'priceWeight', input.priceWeight, 0, 100);
  decimal(out, 'deductionRate', input.deductionRate, 0, 1);
  decimal(out, 'consortiumDeductionRate', input.consortiumDeductionRate, 0, 1);
  return out;
}

/** Most products and members one bid declares. */
const MAX_PARTS = 1000;

/** Problems of one bid (fields named `bids.<bidId>.…` by the caller when it adds the bid's place). */
export function bidProblems(bid: BidInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  id(out, 'bidId', bid.bidId, true);
  id(out, 'supplierId', bid.supplierId, false);
  text(out, 'supplierName', bid.supplierName, true);
  if (!Number.isSafeInteger(bid.priceFen) || bid.priceFen < 0) out.push(problem('priceFen', 'bad_price'));
  decimal(out, 'technicalScore', bid.technicalScore, 0, 100);
  sizeClass(out, 'declaredSizeClass', bid.declaredSizeClass, false);
  const list = <T>(field: string, value: readonly T[] | undefined, check: (item: T, path: string) => void) => {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) out.push(problem(field, 'bad_list'));
    else if (value.length > MAX_PARTS) out.push(problem(field, 'too_many', { max: MAX_PARTS }));
    else
      value.forEach((item, k) => {
        check(item ?? ({} as T), `${field}.${k}`);
      });
  };
  list('products', bid.products, (p, path) => {
    id(out, `${path}.manufacturerId`, p.manufacturerId, false);
    text(out, `${path}.manufacturerName`, p.manufacturerName, true);
    sizeClass(out, `${path}.sizeClass`, p.sizeClass, true);
  });
  list('consortium', bid.consortium, (m, path) => {
    id(out, `${path}.memberId`, m.memberId, false);
    text(out, `${path}.name`, m.name, true);
    sizeClass(out, `${path}.sizeClass`, m.sizeClass, true);
    if (m.share === undefined || m.share === null) out.push(problem(`${path}.share`, 'required'));
    else decimal(out, `${path}.share`, m.share, 0, 1);
  });
  return out;
}

/** A problem for a bid id given twice. */
export function duplicateBidProblem(field: string, bidId: string): FieldProblem {
  return problem(field, 'duplicate_bid', { id: bidId });
}
