import { interpolate } from '@xiaowei/engine';
import { AppError } from '../errors/app-error.ts';
import type { JsonSchema } from '../http/json.ts';
import { LANG_PARAM } from '../http/schemas.ts';

/** The schema {@link querySchema} returns, with the literal types TypeBox's `Static` reads `request.query`'s type from. */
export interface QuerySchema<P, R> {
  readonly type: 'object';
  readonly properties: P & { readonly lang: typeof LANG_PARAM };
  readonly required: R;
}

/**
 * A query-string schema: the given parameters plus `lang`. Written as JSON Schema literals, the route's
 * `request.query` is typed from it (the parameters in `required` are required, the others optional).
 * @example querySchema({ date: { type: 'string', maxLength: 10 }, version: { type: 'integer' } }, ['date']) // request.query: { date: string; version?: number; lang?: Lang }
 */
export function querySchema<const P extends Record<string, JsonSchema>, const R extends readonly (keyof P & string)[] = []>(
  properties: P,
  required?: R,
): QuerySchema<P, R> {
  // `required: []` when none is required: the same to the validator and the OpenAPI document as no `required`.
  return { type: 'object', properties: { ...properties, lang: LANG_PARAM }, required: required ?? ([] as readonly string[] as R) };
}

/** Words of the `variables` parameter's own checks. */
const VARIABLES_MESSAGES = {
  no_variables: {
    'zh-CN': '至少需要一个变量名',
    ko: '변수 이름이 하나 이상 필요합니다',
    en: 'at least one variable name is needed',
  },
  too_many_variables: {
    'zh-CN': '最多可请求 {max} 个变量',
    ko: '변수는 최대 {max}개까지 요청할 수 있습니다',
    en: 'at most {max} variables can be asked for',
  },
} as const;

/** Most variables one request may ask for. */
export const MAX_VARIABLES = 200;

export const VARIABLES_PARAM = {
  type: 'array',
  items: { type: 'string', maxLength: 2000 },
  maxItems: MAX_VARIABLES,
  description: 'Variable ids, comma-separated (`size_class,corporate_income_tax`) or repeated (`variables=a&variables=b`).',
} as const;

export const ENTITY_PARAM = {
  type: 'string',
  maxLength: 100,
  default: 'enterprise',
  description: 'Entity of the records (default enterprise; e.g. loan_contract with a nested borrower).',
} as const;

/**
 * The variable ids of `variables=a,b&variables=c`: trimmed, each once, in order.
 * @example variableList(['a, b', 'a']) // ['a', 'b']
 */
export function variableList(raw: readonly string[] | string | undefined): string[] {
  // Clients ask for the same lists again and again: the common one-string form is remembered.
  const key = typeof raw === 'string' ? raw : Array.isArray(raw) && raw.length === 1 ? (raw[0] as string) : undefined;
  const known = key === undefined ? undefined : lists.get(key);
  if (known !== undefined) return known;
  const ids = parse(raw);
  if (key !== undefined && key.length <= 2000) {
    if (lists.size >= 1000) lists.clear();
    lists.set(key, ids);
  }
  return ids;
}

const lists = new Map<string, string[]>();

function parse(raw: readonly string[] | string | undefined): string[] {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((s: string) => s.split(','));
  const ids = [...new Set(parts.map((s) => s.trim()).filter((s) => s !== ''))];
  if (ids.length === 0)
    throw AppError.validation([{ path: 'query.variables', field: 'variables', message: VARIABLES_MESSAGES.no_variables }]);
  if (ids.length > MAX_VARIABLES) {
    throw AppError.validation([
      { path: 'query.variables', field: 'variables', message: interpolate(VARIABLES_MESSAGES.too_many_variables, { max: MAX_VARIABLES }) },
    ]);
  }
  return ids;
}
