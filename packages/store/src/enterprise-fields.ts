/**
 * The enterprise data the store keeps, and the checks every write goes through (repositories and the
 * bulk import alike). Region and industry are checked by the policy's own variables, so the store
 * accepts exactly what the engine can evaluate.
 */

import { REGISTRY_FIGURES } from '@xiaowei/app';
import {
  decodeValue,
  formatMoney,
  interpolate,
  isInstant,
  type Labels,
  MAX_MONEY_MAJOR,
  MINOR_PER_MAJOR,
  type Variable,
} from '@xiaowei/engine';
import { getSystem, readIndustry } from '@xiaowei/policy';
import { readCreditCode } from '@xiaowei/policy/identifiers';
import { textProblem } from './text.ts';

/** What a caller gives to create an enterprise. */
export interface EnterpriseInput {
  /** Text id, e.g. the 18-character unified social credit code (统一社会信用代码); generated when absent. */
  readonly id?: string;
  readonly name: string;
  /** GB/T 2260 code, 6 digits. */
  readonly regionCode: string;
  /** A size-standard industry group code or a GB/T 4754-2011 code. */
  readonly industry: string;
  /** `YYYY-MM-DD`. */
  readonly founded?: string | null;
  readonly registeredCapitalFen?: number | null;
  /**
   * The unified social credit code (GB 32100-2015), as typed: stored in capitals, unique whatever the case;
   * needed for the enterprise's account. Null or absent: none recorded (on update: absent keeps it).
   */
  readonly creditCode?: string | null;
}

export type EnterprisePatch = Partial<Omit<EnterpriseInput, 'id'>>;

/** The figures of one enterprise for one year (money in integer fen). */
export interface EnterpriseYearInput {
  readonly year: number;
  readonly employees?: number | null;
  readonly revenueFen?: number | null;
  readonly totalAssetsFen?: number | null;
  readonly taxableIncomeFen?: number | null;
  readonly totalProfitFen?: number | null;
  readonly restrictedIndustry?: boolean | null;
  /**
   * Other inputs of the policy's enterprise variables, keyed by variable id, in input form (money as
   * yuan decimal text, booleans, enum names, dates as `YYYY-MM-DD`); a monthly variable takes one value
   * for every month or an object keyed by `YYYY-MM`. E.g. `{ premises_rent: '120000', vat_sales: { '2013-09': '18000' } }`.
   */
  readonly inputs?: Readonly<Record<string, unknown>> | null;
}

/**
 * Policy input variables kept in their own columns; every other enterprise input goes in `inputs`. The app's
 * registry use case reads the same list (REGISTRY_FIGURES), so the two cannot drift.
 */
export const COLUMN_VARIABLES = REGISTRY_FIGURES;

/** One problem with a value: the field (input name) and why, in every language. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: Labels;
}

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
  bad_year: {
    'zh-CN': '“{value}”不是年度（1949–2100 的整数）',
    ko: '“{value}”은(는) 연도가 아닙니다(1949~2100의 정수)',
    en: '"{value}" is not a year (a whole number 1949–2100)',
  },
  bad_count: {
    'zh-CN': '“{value}”应为不小于 0 的数',
    ko: '“{value}”은(는) 0 이상의 수여야 합니다',
    en: '"{value}" must be a number ≥ 0',
  },
  bad_fen: {
    'zh-CN': '“{value}”不是以分计的金额（整数，绝对值不超过 10^13 元）',
    ko: '“{value}”은(는) 펀 단위 금액이 아닙니다(정수, 절댓값 10^13위안 이하)',
    en: '"{value}" is not an amount in fen (an integer, at most 10^13 yuan)',
  },
  negative: { 'zh-CN': '{value} 不能为负数', ko: '{value}은(는) 음수일 수 없습니다', en: '{value} cannot be negative' },
  negative_amount: {
    'zh-CN': '{value} 元：金额不能为负数',
    ko: '{value}위안: 금액은 음수일 수 없습니다',
    en: '{value} yuan: the amount cannot be negative',
  },
  not_an_input: {
    'zh-CN': '“{field}”不是企业的输入变量',
    ko: '“{field}”은(는) 기업의 입력 변수가 아닙니다',
    en: '"{field}" is not an input variable of an enterprise',
  },
  own_column: {
    'zh-CN': '“{field}”有专门的字段，不能放在其他输入中',
    ko: '“{field}”은(는) 전용 필드가 있어 기타 입력에 넣을 수 없습니다',
    en: '"{field}" has its own field and cannot go in the other inputs',
  },
  bad_month: {
    'zh-CN': '“{value}”不是该年度的月份（YYYY-MM）',
    ko: '“{value}”은(는) 해당 연도의 월(YYYY-MM)이 아닙니다',
    en: '"{value}" is not a month of the year (YYYY-MM)',
  },
  bad_bool: { 'zh-CN': '应为是/否值', ko: '예/아니요 값이어야 합니다', en: 'must be true or false' },
} as const satisfies Record<string, Labels>;

export const FIELD_MESSAGES = M;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_FEN = MAX_MONEY_MAJOR * MINOR_PER_MAJOR;

function problem(field: string, code: keyof typeof M, params: Record<string, unknown> = {}): FieldProblem {
  return { field, code, message: interpolate(M[code], params) };
}

/** Checks an enterprise id. */
export function checkId(id: unknown, field = 'id'): FieldProblem | undefined {
  return typeof id === 'string' && ID.test(id) ? undefined : problem(field, 'bad_id');
}

function checkText(value: unknown, field: string, max: number): FieldProblem | undefined {
  if (typeof value !== 'string' || value.trim() === '') return problem(field, 'required');
  return value.length > max ? problem(field, 'too_long', { max }) : textProblem(value, field);
}

/** The policy's check of a variable's value (region codes, industry codes). */
function checkByVariable(id: string, value: unknown, field: string): FieldProblem | undefined {
  if (typeof value !== 'string' || value.trim() === '') return problem(field, 'required');
  const found = getSystem().variable(id).validate?.(value);
  return found ? { field, code: found.code, message: found.message } : undefined;
}

/**
 * The head count by the variable's own rule (`employees`: any finite number ≥ 0, the annual average being
 * fractional — 财税〔2009〕69号 art. 7), so the store keeps what /evaluate takes. A store input is a number,
 * never text to parse.
 */
function checkEmployees(value: unknown): FieldProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number') return problem('employees', 'bad_count', { value });
  const decoded = decodeValue(getSystem().variable('employees'), value);
  return typeof decoded === 'object' ? { field: 'employees', code: decoded.code, message: decoded.message } : undefined;
}

function checkFen(value: unknown, field: string, nonNegative: boolean): FieldProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_FEN) return problem(field, 'bad_fen', { value });
  // In yuan, as the user wrote it (a body or a file says yuan; fen are the store's own unit).
  return nonNegative && value < 0 ? problem(field, 'negative_amount', { value: formatMoney(value) }) : undefined;
}

/** Every problem of the enterprise fields present in `input` (all of them when `complete`). */
export function enterpriseProblems(input: EnterprisePatch & { id?: string }, complete: boolean): FieldProblem[] {
  const out: (FieldProblem | undefined)[] = [];
  if (input.id !== undefined) out.push(checkId(input.id));
  if (complete || input.name !== undefined) out.push(checkText(input.name, 'name', 200));
  if (complete || input.regionCode !== undefined) out.push(checkByVariable('region', input.regionCode, 'regionCode'));
  if (complete || input.industry !== undefined)
    out.push(checkByVariable('industry', input.industry, 'industry') ?? registryIndustry(input.industry));
  if (input.founded !== undefined && input.founded !== null && !isInstant(input.founded)) {
    out.push(problem('founded', 'bad_date', { value: input.founded }));
  }
  out.push(checkFen(input.registeredCapitalFen, 'registeredCapitalFen', true));
  out.push(checkCreditCode(input.creditCode));
  return out.filter((p): p is FieldProblem => p !== undefined);
}

/** Checks a credit code when one is given (GB 32100-2015: length, character set, check character). */
export function checkCreditCode(value: unknown, field = 'creditCode'): FieldProblem | undefined {
  if (value === undefined || value === null) return undefined;
  const reading = readCreditCode(value);
  return reading.ok ? undefined : { field, code: reading.problem.code, message: reading.problem.message };
}

/** The stored form of a valid credit code (capitals), null for none. */
export function creditCodeOf(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const reading = readCreditCode(value);
  if (!reading.ok) throw new TypeError(`invalid credit code '${value}'`);
  return reading.code;
}

/**
 * The registry holds enterprises of the size standard's industries: the policy's `industry` input takes any
 * GB/T 4754-2011 code (the tax rules cover every industry), the registry's a code of 工信部联企业〔2011〕300号.
 */
export function registryIndustry(value: unknown): FieldProblem | undefined {
  if (typeof value !== 'string') return undefined;
  const reading = readIndustry(value);
  return reading.ok ? undefined : { field: 'industry', code: reading.problem.code, message: reading.problem.message };
}

/** The size-standard group of a (valid) industry code. */
export function industryGroupOf(industry: string): string {
  const reading = readIndustry(industry);
  if (!reading.ok) throw new TypeError(`invalid industry '${industry}'`);
  return reading.group;
}

export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1949 && value <= 2100;
}

/** Every problem of a year's figures. */
export function yearProblems(input: EnterpriseYearInput): FieldProblem[] {
  const out: (FieldProblem | undefined)[] = [];
  if (!isYear(input.year)) out.push(problem('year', 'bad_year', { value: input.year }));
  out.push(checkEmployees(input.employees));
  out.push(checkFen(input.revenueFen, 'revenueFen', true));
  out.push(checkFen(input.totalAssetsFen, 'totalAssetsFen', true));
  out.push(checkFen(input.taxableIncomeFen, 'taxableIncomeFen', false));
  out.push(checkFen(input.totalProfitFen, 'totalProfitFen', false));
  const r = input.restrictedIndustry;
  if (r !== null && r !== undefined && typeof r !== 'boolean') out.push(problem('restrictedIndustry', 'bad_bool'));
  if (input.inputs !== null && input.inputs !== undefined)
    out.push(...inputsProblems(input.inputs, isYear(input.year) ? input.year : undefined));
  return out.filter((p): p is FieldProblem => p !== undefined);
}

/** The enterprise input variables that go in the `inputs` JSON, by id. */
export function otherInputVariables(): ReadonlyMap<string, Variable> {
  otherInputs ??= new Map(
    [...getSystem().variables.values()]
      .filter((v) => v.entity === 'enterprise' && v.isInput && !(COLUMN_VARIABLES as readonly string[]).includes(v.id))
      .map((v) => [v.id, v]),
  );
  return otherInputs;
}
let otherInputs: ReadonlyMap<string, Variable> | undefined;

/** Checks the `inputs` JSON: known variables only, each value decodable (per month for monthly ones). */
export function inputsProblems(inputs: Readonly<Record<string, unknown>>, year: number | undefined): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (typeof inputs !== 'object' || Array.isArray(inputs)) return [problem('inputs', 'not_an_input', { field: 'inputs' })];
  const variables = otherInputVariables();
  for (const [id, raw] of Object.entries(inputs)) {
    const field = `inputs.${id}`;
    const variable = variables.get(id);
    if (variable === undefined) {
      out.push(problem(field, (COLUMN_VARIABLES as readonly string[]).includes(id) ? 'own_column' : 'not_an_input', { field: id }));
      continue;
    }
    if (raw === null || raw === undefined) continue;
    const values: [string, unknown][] =
      variable.definitionPeriod === 'month' && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.entries(raw as Record<string, unknown>)
        : [['', raw]];
    for (const [month, value] of values) {
      if (month !== '' && !(year !== undefined && new RegExp(`^${year}-(0[1-9]|1[0-2])$`).test(month))) {
        out.push(problem(`${field}.${month}`, 'bad_month', { value: month }));
        continue;
      }
      const decoded = decodeValue(variable, value);
      if (typeof decoded === 'object')
        out.push({ field: month === '' ? field : `${field}.${month}`, code: decoded.code, message: decoded.message });
    }
  }
  return out;
}
