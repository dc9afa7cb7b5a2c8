/**
 * The form of an application: the enterprise input variables of the measure's sub-measures (label, type, unit,
 * limits and choices in three languages, as the policy declares them), then the two fields every request has:
 * the amount applied for and what it is for. Values are checked by the engine's own decoder, so the form says
 * exactly what the registry and the evaluation would say of the same value.
 */
import { decodeValue, INPUT_MESSAGES, interpolate, type Labels, parseMoney, type Variable } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { type ApplicationMeasure, applicationMeasure } from './application-measures.ts';

export type FieldType = 'money' | 'number' | 'boolean' | 'enum' | 'date' | 'text';

export interface FormField {
  readonly name: string;
  readonly label: Labels;
  readonly type: FieldType;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly options?: readonly { readonly value: string; readonly label: Labels }[];
  readonly required: boolean;
  /** `variable`: a policy input (prefilled from the registry, read by the engine); `request`: the request's own. */
  readonly source: 'variable' | 'request';
}

/** The most a text field of the form holds. */
export const MAX_TEXT = 2000;

const REQUEST_FIELDS: readonly FormField[] = [
  {
    name: 'requested_amount',
    label: { 'zh-CN': '申请金额', ko: '신청 금액', en: 'Amount applied for' },
    type: 'money',
    unit: 'yuan',
    min: 0,
    required: false,
    source: 'request',
  },
  {
    name: 'purpose',
    label: { 'zh-CN': '申请事由', ko: '신청 사유', en: 'Purpose of the application' },
    type: 'text',
    max: MAX_TEXT,
    required: true,
    source: 'request',
  },
];

const FORM_MESSAGES = {
  required: { 'zh-CN': '请填写“{label}”', ko: '“{label}”을(를) 입력하십시오', en: 'fill in "{label}"' },
  unknown: {
    'zh-CN': '“{field}”不是本申请表的字段',
    ko: '“{field}”은(는) 이 신청서의 항목이 아닙니다',
    en: '"{field}" is not a field of this form',
  },
  too_long: {
    'zh-CN': '“{label}”最多 {max} 个字符',
    ko: '“{label}”은(는) 최대 {max}자입니다',
    en: '"{label}" holds at most {max} characters',
  },
  not_a_measure: {
    'zh-CN': '“{measure}”不是可申请的政策措施',
    ko: '“{measure}”은(는) 신청할 수 있는 조치가 아닙니다',
    en: '"{measure}" is not a measure open to applications',
  },
} as const satisfies Record<string, Labels>;

export { FORM_MESSAGES };

/** A message naming a field by its label in each language. */
function withLabel(template: Labels, label: Labels, params: Readonly<Record<string, unknown>> = {}): Labels {
  const out = { 'zh-CN': '', ko: '', en: '' };
  for (const lang of ['zh-CN', 'ko', 'en'] as const) out[lang] = interpolate(template, { ...params, label: label[lang] })[lang];
  return out;
}

function typeOf(v: Variable): FieldType {
  return v.valueType === 'string' ? 'text' : v.valueType;
}

function fieldOf(v: Variable): FormField {
  return {
    name: v.id,
    label: v.label,
    type: typeOf(v),
    ...(v.unit !== undefined ? { unit: v.unit } : {}),
    ...(v.min !== undefined ? { min: v.min } : {}),
    ...(v.max !== undefined ? { max: v.max } : {}),
    ...(v.integer ? { integer: true } : {}),
    ...(v.possibleValues
      ? { options: v.possibleValues.map((value) => ({ value, label: v.valueLabels?.[value] ?? { 'zh-CN': value, ko: value, en: value } })) }
      : {}),
    required: false,
    source: 'variable',
  };
}

const forms = new Map<string, readonly FormField[]>();

/**
 * The fields of the form for `measure` (the policy's enterprise inputs of its sub-measures, yearly ones only:
 * a monthly figure is the registry's business), or undefined for a measure not open to applications.
 * @example applicationForm('gf2012-14/26')?.map((f) => f.name) // ['rents_premises', 'premises_rent', …, 'requested_amount', 'purpose']
 */
export function applicationForm(measure: string): readonly FormField[] | undefined {
  const m = applicationMeasure(measure);
  if (m === undefined) return undefined;
  let form = forms.get(measure);
  if (form === undefined) {
    form = [...variablesOf(m).map(fieldOf), ...REQUEST_FIELDS];
    forms.set(measure, form);
  }
  return form;
}

function variablesOf(m: ApplicationMeasure): Variable[] {
  const subs = new Set(m.subMeasures);
  return [...getSystem().variables.values()].filter(
    (v) => v.entity === 'enterprise' && v.isInput && v.definitionPeriod === 'year' && (v.measures ?? []).some((s) => subs.has(s)),
  );
}

/** A problem with a value of the form: the field and why, in every language. */
export interface FormProblem {
  readonly field: string;
  readonly message: Labels;
}

/**
 * Checks the values of a form: every field known, required ones given, each value read as the engine reads
 * it (money exact, in yuan, within the variable's limits). Returns the values in their stored form (money as
 * the yuan text typed, trimmed) or every problem.
 */
export function readApplicationValues(
  measure: string,
  raw: Readonly<Record<string, unknown>>,
  options: { readonly complete: boolean },
): { values: Record<string, string | boolean | number> } | { problems: FormProblem[] } {
  const form = applicationForm(measure);
  if (form === undefined) return { problems: [{ field: 'measure', message: interpolate(FORM_MESSAGES.not_a_measure, { measure }) }] };
  const problems: FormProblem[] = [];
  const values: Record<string, string | boolean | number> = {};
  const byName = new Map(form.map((f) => [f.name, f]));
  for (const key of Object.keys(raw))
    if (!byName.has(key)) problems.push({ field: key, message: interpolate(FORM_MESSAGES.unknown, { field: key }) });
  const system = getSystem();
  for (const f of form) {
    const value = raw[f.name];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (f.required && options.complete) problems.push({ field: f.name, message: withLabel(FORM_MESSAGES.required, f.label) });
      continue;
    }
    if (f.source === 'variable') {
      const decoded = decodeValue(system.variable(f.name), value);
      if (typeof decoded === 'object') {
        problems.push({ field: f.name, message: decoded.message });
        continue;
      }
    } else if (f.type === 'money') {
      const fen = typeof value === 'string' || typeof value === 'number' ? parseMoney(value) : undefined;
      if (fen === undefined || fen < 0) {
        problems.push({ field: f.name, message: interpolate(INPUT_MESSAGES.not_an_amount, { value: String(value) }) });
        continue;
      }
    } else if (typeof value !== 'string' || value.length > (f.max ?? MAX_TEXT)) {
      problems.push({ field: f.name, message: withLabel(FORM_MESSAGES.too_long, f.label, { max: f.max ?? MAX_TEXT }) });
      continue;
    }
    values[f.name] = typeof value === 'string' ? value.trim() : (value as number | boolean);
  }
  return problems.length > 0 ? { problems } : { values };
}
