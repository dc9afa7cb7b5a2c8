/**
 * The registry fields an enterprise may ask to correct, and how a proposed value (text as typed: money in yuan,
 * dates `YYYY-MM-DD`) is read and checked — by the same rules as the registry's own writes (`enterpriseProblems`,
 * `yearProblems`; the year figures decoded by the policy's variables, so limits and messages are the engine's).
 */
import { decodeValue, formatMoney, interpolate, type Labels, parseMoney } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import {
  type EnterprisePatch,
  type EnterpriseYearInput,
  enterpriseProblems,
  type FieldProblem,
  yearProblems,
} from '../enterprise-fields.ts';
import { ACCOUNT_MESSAGES } from './account-messages.ts';

/** Fields of the enterprise itself (no year). */
const ENTERPRISE_FIELDS = {
  name: 'name',
  industry: 'industry',
  founded: 'founded',
  registered_capital: 'registeredCapitalFen',
} as const;

/** Fields of a year's figures: the policy variable and the property of `EnterpriseYearInput`. */
const YEAR_FIELDS = {
  employees: 'employees',
  revenue: 'revenueFen',
  total_assets: 'totalAssetsFen',
  taxable_income: 'taxableIncomeFen',
  total_profit: 'totalProfitFen',
} as const;

export type CorrectionField = keyof typeof ENTERPRISE_FIELDS | keyof typeof YEAR_FIELDS;

export const CORRECTION_FIELDS: readonly CorrectionField[] = [
  ...(Object.keys(ENTERPRISE_FIELDS) as CorrectionField[]),
  ...(Object.keys(YEAR_FIELDS) as CorrectionField[]),
];

const OWN_LABELS: Record<string, Labels> = {
  name: { 'zh-CN': '企业名称', ko: '기업명', en: 'Name' },
  registered_capital: { 'zh-CN': '注册资本（元）', ko: '등록자본(위안)', en: 'Registered capital (yuan)' },
};

/** A field's label in three languages (the policy variable's label where the field is one). */
export function correctionFieldLabel(field: CorrectionField): Labels {
  return OWN_LABELS[field] ?? getSystem().variable(field).label;
}

export function isCorrectionField(field: string): field is CorrectionField {
  return (CORRECTION_FIELDS as readonly string[]).includes(field);
}

export function isYearField(field: CorrectionField): field is keyof typeof YEAR_FIELDS {
  return field in YEAR_FIELDS;
}

/** What applying a correction writes: a patch of the enterprise, or one year figure. */
export type CorrectionChange =
  | { readonly kind: 'enterprise'; readonly patch: EnterprisePatch }
  | { readonly kind: 'year'; readonly property: (typeof YEAR_FIELDS)[keyof typeof YEAR_FIELDS]; readonly value: number };

/**
 * Reads `proposed` for `field` (and `year` for a year field) → the change, or the problem at `proposedValue`
 * (or `field` / `year`) in three languages.
 */
export function readCorrection(field: string, year: number | null | undefined, proposed: unknown): CorrectionChange | FieldProblem {
  if (!isCorrectionField(field))
    return { field: 'field', code: 'unknown_field', message: interpolate(ACCOUNT_MESSAGES.unknown_field, { field }) };
  if (typeof proposed !== 'string' || proposed.trim() === '')
    return { field: 'proposedValue', code: 'required', message: ACCOUNT_MESSAGES.value_required };
  const text = proposed.trim();
  const at = (p: FieldProblem): FieldProblem => ({ ...p, field: 'proposedValue' });
  if (isYearField(field)) {
    if (typeof year !== 'number') return { field: 'year', code: 'year_needed', message: ACCOUNT_MESSAGES.year_needed };
    const decoded = decodeValue(getSystem().variable(field), text);
    if (typeof decoded === 'object') return { field: 'proposedValue', code: decoded.code, message: decoded.message };
    const property = YEAR_FIELDS[field];
    const [problem] = yearProblems({ year, [property]: decoded } as EnterpriseYearInput);
    return problem !== undefined ? at(problem) : { kind: 'year', property, value: decoded as number };
  }
  let patch: EnterprisePatch;
  if (field === 'registered_capital') {
    const fen = parseMoney(text);
    if (fen === undefined) {
      return { field: 'proposedValue', code: 'not_an_amount', message: decodeProblem('registered_capital', text) };
    }
    patch = { registeredCapitalFen: fen };
  } else patch = { [ENTERPRISE_FIELDS[field]]: text };
  const [problem] = enterpriseProblems(patch, false);
  return problem !== undefined ? at(problem) : { kind: 'enterprise', patch };
}

function decodeProblem(_field: string, value: string): Labels {
  // The engine's own wording for an amount it cannot read (money variables share it).
  const decoded = decodeValue(getSystem().variable('revenue'), value);
  return typeof decoded === 'object' ? decoded.message : { 'zh-CN': value, ko: value, en: value };
}

/** A stored value in the text form a request shows (money in yuan, exact). */
export function displayValue(field: CorrectionField, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (
    field === 'registered_capital' ||
    field === 'revenue' ||
    field === 'total_assets' ||
    field === 'taxable_income' ||
    field === 'total_profit'
  )
    return formatMoney(value as number);
  return String(value);
}
