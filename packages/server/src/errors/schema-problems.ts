import { interpolate, type Labels } from '@xiaowei/engine';
import type { Problem } from './app-error.ts';

/** The part of an Ajv error the service reads. */
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly data?: unknown;
}

const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  string: { 'zh-CN': '文本', ko: '텍스트', en: 'text' },
  number: { 'zh-CN': '数字', ko: '숫자', en: 'a number' },
  integer: { 'zh-CN': '整数', ko: '정수', en: 'a whole number' },
  boolean: { 'zh-CN': '是/否值', ko: '예/아니요 값', en: 'true or false' },
  object: { 'zh-CN': 'JSON 对象', ko: 'JSON 객체', en: 'a JSON object' },
  array: { 'zh-CN': 'JSON 数组', ko: 'JSON 배열', en: 'a JSON array' },
  null: { 'zh-CN': 'null', ko: 'null', en: 'null' },
};

const OR: Labels = { 'zh-CN': '或', ko: ' 또는 ', en: ' or ' };

/** Messages by JSON-schema keyword, in every language; `{…}` filled from the error's parameters. */
const KEYWORD_MESSAGES: Readonly<Record<string, Labels>> = {
  type: { 'zh-CN': '应为{type}', ko: '{type}이어야 합니다', en: 'must be {type}' },
  required: { 'zh-CN': '缺少必填字段', ko: '필수 항목이 없습니다', en: 'is required' },
  additionalProperties: { 'zh-CN': '未知字段“{field}”', ko: '알 수 없는 필드 “{field}”', en: 'unknown field "{field}"' },
  enum: { 'zh-CN': '应为以下之一：{values}', ko: '다음 중 하나여야 합니다: {values}', en: 'must be one of: {values}' },
  const: { 'zh-CN': '应为 {value}', ko: '{value}이어야 합니다', en: 'must be {value}' },
  minimum: { 'zh-CN': '不能小于 {limit}', ko: '{limit} 이상이어야 합니다', en: 'must be at least {limit}' },
  maximum: { 'zh-CN': '不能大于 {limit}', ko: '{limit} 이하여야 합니다', en: 'must be at most {limit}' },
  exclusiveMinimum: { 'zh-CN': '应大于 {limit}', ko: '{limit}보다 커야 합니다', en: 'must be greater than {limit}' },
  exclusiveMaximum: { 'zh-CN': '应小于 {limit}', ko: '{limit}보다 작아야 합니다', en: 'must be less than {limit}' },
  minLength: { 'zh-CN': '至少需要 {limit} 个字符', ko: '{limit}자 이상이어야 합니다', en: 'must have at least {limit} characters' },
  maxLength: { 'zh-CN': '最多 {limit} 个字符', ko: '{limit}자 이하여야 합니다', en: 'must have at most {limit} characters' },
  minItems: { 'zh-CN': '至少需要 {limit} 项', ko: '항목이 {limit}개 이상이어야 합니다', en: 'must have at least {limit} item(s)' },
  maxItems: { 'zh-CN': '最多 {limit} 项', ko: '항목은 {limit}개 이하여야 합니다', en: 'must have at most {limit} items' },
  minProperties: {
    'zh-CN': '至少需要 {limit} 个字段',
    ko: '필드가 {limit}개 이상이어야 합니다',
    en: 'must have at least {limit} field(s)',
  },
  maxProperties: { 'zh-CN': '最多 {limit} 个字段', ko: '필드는 {limit}개 이하여야 합니다', en: 'must have at most {limit} fields' },
  pattern: {
    'zh-CN': '格式不正确（应符合 {pattern}）',
    ko: '형식이 올바르지 않습니다({pattern})',
    en: 'is not in the expected form ({pattern})',
  },
  format: { 'zh-CN': '不是有效的 {format}', ko: '올바른 {format}이(가) 아닙니다', en: 'is not a valid {format}' },
  uniqueItems: { 'zh-CN': '不能有重复项', ko: '중복 항목이 없어야 합니다', en: 'must not repeat items' },
  multipleOf: { 'zh-CN': '应为 {multipleOf} 的倍数', ko: '{multipleOf}의 배수여야 합니다', en: 'must be a multiple of {multipleOf}' },
  anyOf: { 'zh-CN': '不符合任何允许的形式', ko: '허용되는 형식과 맞지 않습니다', en: 'matches none of the allowed forms' },
  oneOf: { 'zh-CN': '不符合任何允许的形式', ko: '허용되는 형식과 맞지 않습니다', en: 'matches none of the allowed forms' },
};
const FALLBACK: Labels = { 'zh-CN': '值无效（{keyword}）', ko: '값이 올바르지 않습니다({keyword})', en: 'is invalid ({keyword})' };

/** Decodes one JSON-pointer token (`~1` → `/`, `~0` → `~`). */
const token = (t: string) => t.replace(/~1/g, '/').replace(/~0/g, '~');

function typeLabels(type: unknown): Labels {
  const all = String(type).split(',');
  // "or null" says nothing useful: null means "not given", which every optional field allows.
  const shown = all.length > 1 ? all.filter((t) => t !== 'null') : all;
  const names = shown.map((t) => TYPE_NAMES[t] ?? { 'zh-CN': t, ko: t, en: t });
  const join = (lang: keyof Labels) => names.map((n) => n[lang]).join(OR[lang]);
  return { 'zh-CN': join('zh-CN'), ko: join('ko'), en: join('en') };
}

/**
 * Where the records of a route's body are, for row numbers: `'root'` for a body that may be an array
 * of records (`/2/…` is row 3), `'batch'` for a batch object (`/enterprises/2/…` is row 3).
 */
export type RowsAt = 'root' | 'batch';

/** The row (from 1) of a body path, or undefined when the path is not inside a record of a batch. */
export function rowOf(tokens: readonly string[], rows: RowsAt | undefined): number | undefined {
  if (rows === undefined) return undefined;
  const at = rows === 'root' ? 0 : 1;
  return at >= 0 && /^\d+$/.test(tokens[at] ?? '') ? Number(tokens[at]) + 1 : undefined;
}

/**
 * One schema error as a {@link Problem} in every language. `part` is `body`, `querystring`, `params`
 * or `headers`; body paths stay JSON pointers (`/enterprises/2/revenue`), the others are named
 * `query.period`. A record's position in a batch (`/enterprises/2/…`) becomes `row: 3`.
 */
export function schemaProblem(error: SchemaError, part: string, rows?: RowsAt): Problem {
  const tokens = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(token);
  let field = tokens.length > 0 ? tokens[tokens.length - 1] : '';
  const params: Record<string, unknown> = { ...error.params };
  if (error.keyword === 'required') {
    field = String(error.params.missingProperty);
    tokens.push(field);
  } else if (error.keyword === 'additionalProperties') {
    field = String(error.params.additionalProperty);
    tokens.push(field);
    params.field = field;
  }
  let message: Labels;
  if (error.keyword === 'type') {
    const t = typeLabels(error.params.type);
    const template = KEYWORD_MESSAGES.type;
    message = {
      'zh-CN': template['zh-CN'].replace('{type}', t['zh-CN']),
      ko: template.ko.replace('{type}', t.ko),
      en: template.en.replace('{type}', t.en),
    };
  } else {
    if (error.keyword === 'enum') params.values = ((error.params.allowedValues as unknown[]) ?? []).join(', ');
    if (error.keyword === 'const') params.value = JSON.stringify(error.params.allowedValue);
    message = interpolate(KEYWORD_MESSAGES[error.keyword] ?? FALLBACK, { ...params, keyword: error.keyword });
  }
  const row = part === 'body' ? rowOf(tokens, rows) : undefined;
  const prefix = part === 'body' ? '' : part === 'querystring' ? 'query' : part;
  const path = part === 'body' ? (tokens.length === 0 ? '' : `/${tokens.join('/')}`) : [prefix, ...tokens].join('.');
  if (part !== 'body' && field === '') field = prefix;
  return { path, ...(row !== undefined ? { row } : {}), field, message };
}
