/**
 * What a caller gives to record budget units, their years and their projects, and the checks every
 * write goes through (messages in zh-CN / ko / en, with the field). Region codes are checked by the
 * policy's own `region` variable, as enterprises' are.
 */
import { interpolate, type Labels, MAX_MONEY_MAJOR, MINOR_PER_MAJOR } from '@xiaowei/engine';
import { getSystem, SIZE_CLASSES } from '@xiaowei/policy';
import { checkId, FIELD_MESSAGES, type FieldProblem, isYear } from '../enterprise-fields.ts';
import { ValidationError } from '../errors.ts';
import { textProblem } from '../text.ts';

export interface BudgetUnitInput {
  /** Text id, e.g. 'BU-370200-001'; generated when absent. */
  readonly id?: string;
  readonly name: string;
  /** GB/T 2260 code, 6 digits: the region whose officers oversee the unit. */
  readonly regionCode: string;
}

export type BudgetUnitPatch = Partial<Omit<BudgetUnitInput, 'id'>>;

export interface BudgetUnitYearInput {
  readonly year: number;
  /** The annual government procurement budget (年度政府采购项目预算总额), fen: the base of the 30% / 18%. */
  readonly procurementBudgetFen: number;
}

/** Reserved for SMEs (`sme`), for small and micro enterprises (`small_micro`, which also counts as SME), or open. */
export const RESERVED_FOR = ['none', 'sme', 'small_micro'] as const;
export type ReservedFor = (typeof RESERVED_FOR)[number];

/** The supplier's class when awarded: the size standard's classes (one list, the policy's). */
export const AWARD_SIZE_CLASSES = SIZE_CLASSES;
export type AwardSizeClass = (typeof AWARD_SIZE_CLASSES)[number];

/** A contract awarded: the supplier, its size class when awarded, the contract amount (the original price, fen). */
export interface AwardInput {
  readonly supplierId?: string | null;
  readonly supplierName: string;
  readonly sizeClass: AwardSizeClass;
  readonly amountFen: number;
}

export interface ProjectInput {
  readonly id?: string;
  readonly budgetUnitId: string;
  readonly year: number;
  readonly name: string;
  readonly budgetFen: number;
  readonly reservedFor: ReservedFor;
  /** Recorded by hand for projects without a tender in the system; null: not awarded (yet). */
  readonly award?: AwardInput | null;
}

export type ProjectPatch = Partial<Omit<ProjectInput, 'id' | 'budgetUnitId'>>;

const M = {
  ...FIELD_MESSAGES,
  one_of: { 'zh-CN': '应为以下之一：{values}', ko: '다음 중 하나여야 합니다: {values}', en: 'must be one of: {values}' },
  bad_region: {
    'zh-CN': '“{value}”不是 6 位行政区划代码',
    ko: '“{value}”은(는) 6자리 행정구역 코드가 아닙니다',
    en: '"{value}" is not a 6-digit region code',
  },
} as const satisfies Record<string, Labels>;

const MAX_FEN = MAX_MONEY_MAJOR * MINOR_PER_MAJOR;

function problem(field: string, code: keyof typeof M, params: Record<string, unknown> = {}): FieldProblem {
  return { field, code, message: interpolate(M[code], params) };
}

function text(value: unknown, field: string, max: number): FieldProblem | undefined {
  if (typeof value !== 'string' || value.trim() === '') return problem(field, 'required');
  return value.length > max ? problem(field, 'too_long', { max }) : textProblem(value, field);
}

function fen(value: unknown, field: string): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_FEN) return problem(field, 'bad_fen', { value });
  return value < 0 ? problem(field, 'negative', { value }) : undefined;
}

function region(value: unknown, field: string): FieldProblem | undefined {
  if (typeof value !== 'string' || value.trim() === '') return problem(field, 'required');
  if (!/^\d{6}$/.test(value.trim())) return problem(field, 'bad_region', { value });
  const found = getSystem().variable('region').validate?.(value.trim());
  return found ? { field, code: found.code, message: found.message } : undefined;
}

function oneOf(value: unknown, values: readonly string[], field: string): FieldProblem | undefined {
  return typeof value === 'string' && values.includes(value) ? undefined : problem(field, 'one_of', { values: values.join(', ') });
}

function year(value: unknown): FieldProblem | undefined {
  return isYear(value) ? undefined : problem('year', 'bad_year', { value });
}

/** Throws the first problem as a {@link ValidationError}. */
export function throwFirst(problems: readonly (FieldProblem | undefined)[]): void {
  const first = problems.find((p): p is FieldProblem => p !== undefined);
  if (first) throw new ValidationError(first.field, first.message);
}

export function budgetUnitProblems(input: BudgetUnitPatch & { id?: string }, complete: boolean): (FieldProblem | undefined)[] {
  return [
    input.id !== undefined ? checkId(input.id) : undefined,
    complete || input.name !== undefined ? text(input.name, 'name', 200) : undefined,
    complete || input.regionCode !== undefined ? region(input.regionCode, 'regionCode') : undefined,
  ];
}

export function yearInputProblems(input: BudgetUnitYearInput): (FieldProblem | undefined)[] {
  return [year(input.year), fen(input.procurementBudgetFen, 'procurementBudgetFen')];
}

export function awardProblems(award: AwardInput | null | undefined): (FieldProblem | undefined)[] {
  if (award === null || award === undefined) return [];
  if (typeof award !== 'object') return [problem('award', 'required')];
  return [
    award.supplierId !== undefined && award.supplierId !== null ? text(award.supplierId, 'award.supplierId', 64) : undefined,
    text(award.supplierName, 'award.supplierName', 200),
    oneOf(award.sizeClass, AWARD_SIZE_CLASSES, 'award.sizeClass'),
    fen(award.amountFen, 'award.amountFen'),
  ];
}

export function projectProblems(input: ProjectPatch & { id?: string }, complete: boolean): (FieldProblem | undefined)[] {
  return [
    input.id !== undefined ? checkId(input.id) : undefined,
    complete || input.year !== undefined ? year(input.year) : undefined,
    complete || input.name !== undefined ? text(input.name, 'name', 200) : undefined,
    complete || input.budgetFen !== undefined ? fen(input.budgetFen, 'budgetFen') : undefined,
    complete || input.reservedFor !== undefined ? oneOf(input.reservedFor, RESERVED_FOR, 'reservedFor') : undefined,
    ...awardProblems(input.award),
  ];
}

/** A reason for staying below the line: text of 1–2,000 characters. */
export function reasonProblems(reason: unknown): (FieldProblem | undefined)[] {
  return [text(reason, 'reason', 2000)];
}
