import { interpolate, type Labels } from '@xiaowei/engine';

/**
 * The one message catalogue of the use cases: every code a user can meet when records go to the policy,
 * with its template in every language. The CLI prints these messages; the service's error catalogue
 * (`server/src/errors/catalogue.ts`, docs/errors.md) takes the request-level ones by code, adding the
 * HTTP status. Values the engine rejects keep the engine's own codes and words (`INPUT_MESSAGES`,
 * reported as `XW_INPUT_<CODE>`); a period outside the encoded rules carries the engine's words in the
 * user's language (`PeriodError.labels`).
 */
export const MESSAGES = {
  // The request as a whole.
  XW_ERR_UNKNOWN_ENTITY: {
    'zh-CN': '未知实体“{name}”；可用：{known}',
    ko: '알 수 없는 엔터티 “{name}”; 사용 가능: {known}',
    en: 'unknown entity "{name}"; available: {known}',
  },
  XW_ERR_UNKNOWN_VARIABLE: {
    'zh-CN': '{entity} 没有变量“{name}”；最接近的有：{closest}',
    ko: '{entity}에는 변수 “{name}”이(가) 없습니다. 가장 가까운 변수: {closest}',
    en: 'unknown variable "{name}" of {entity}; the closest are: {closest}',
  },
  XW_ERR_WRONG_ENTITY: {
    'zh-CN': '变量“{name}”属于 {actual}，不属于 {entity}',
    ko: '변수 “{name}”은(는) {entity}가 아니라 {actual}의 변수입니다',
    en: 'variable "{name}" belongs to {actual}, not {entity}',
  },
  XW_ERR_PERIOD: {
    'zh-CN': '无法计算 {period} 期间的结果：{detail}',
    ko: '{period} 기간은 계산할 수 없습니다: {detail}',
    en: 'cannot evaluate for {period}: {detail}',
  },
  // One value or one record.
  XW_INPUT_COMPUTED_FIELD: {
    'zh-CN': '“{field}”是计算结果，不能作为输入',
    ko: '“{field}”은(는) 계산 결과이므로 입력할 수 없습니다',
    en: '"{field}" is computed, not an input',
  },
  XW_INPUT_MISSING_COLUMN: {
    'zh-CN': '缺少必填列“{field}”',
    ko: '필수 열 “{field}”이(가) 없습니다',
    en: 'the required column "{field}" is missing',
  },
  XW_INPUT_DUPLICATE_COLUMN: {
    'zh-CN': '列“{field}”出现了不止一次',
    ko: '열 “{field}”이(가) 두 번 이상 나옵니다',
    en: 'column "{field}" appears more than once',
  },
  // "编号", not "企业编号": the records may be loan contracts or bids as well as enterprises.
  XW_INPUT_DUPLICATE_ID: {
    'zh-CN': '编号“{id}”重复（首次出现在第 {first} 行）',
    ko: '번호 “{id}”이(가) 중복됩니다(처음 나온 행: {first})',
    en: 'duplicate id "{id}" (first at row {first})',
  },
  XW_INPUT_BAD_ID: {
    'zh-CN': '编号必须是文本或数字',
    ko: '번호는 텍스트나 숫자여야 합니다',
    en: 'an id must be text or a number',
  },
  XW_INPUT_NOT_A_LINK: {
    'zh-CN': '关联对象必须是一个对象（例如 "borrower": { "industry": "C", … }）',
    ko: '연결 대상은 객체여야 합니다(예: "borrower": { "industry": "C", … })',
    en: 'a link must be an object (e.g. "borrower": { "industry": "C", … })',
  },
  XW_INPUT_ETERNAL_BY_PERIOD: {
    'zh-CN': '“{field}”对所有期间只有一个值：请给出单个值，而不是按期间的值',
    ko: '“{field}”은(는) 모든 기간에 하나의 값만 가집니다: 기간별 값이 아닌 단일 값을 입력하세요',
    en: '"{field}" has one value for all time: give a single value, not values by period',
  },
  XW_INPUT_BAD_PERIOD_KEY_MONTH: {
    'zh-CN': '“{key}”不是“{field}”的期间：按月给出，例如 {example}',
    ko: '“{key}”은(는) “{field}”의 기간이 아닙니다: 월별로 입력하세요(예: {example})',
    en: '"{key}" is not a period of "{field}": give it by month, e.g. {example}',
  },
  XW_INPUT_BAD_PERIOD_KEY_YEAR: {
    'zh-CN': '“{key}”不是“{field}”的期间：按年给出，例如 {example}',
    ko: '“{key}”은(는) “{field}”의 기간이 아닙니다: 연도별로 입력하세요(예: {example})',
    en: '"{key}" is not a period of "{field}": give it by year, e.g. {example}',
  },
  XW_INPUT_BAD_PERIOD_KEY_DAY: {
    'zh-CN': '“{key}”不是“{field}”的期间：按日给出，例如 {example}',
    ko: '“{key}”은(는) “{field}”의 기간이 아닙니다: 일별로 입력하세요(예: {example})',
    en: '"{key}" is not a period of "{field}": give it by day, e.g. {example}',
  },
  XW_COMPUTE_FORMULA_FAILED: {
    'zh-CN': '无法计算 {variable}：{detail}',
    ko: '{variable}을(를) 계산할 수 없습니다: {detail}',
    en: 'cannot compute {variable}: {detail}',
  },
} as const satisfies Record<string, Labels>;

export type MessageCode = keyof typeof MESSAGES;

/** The codes of a request the rules cannot answer as a whole (`RequestError`). */
export type RequestCode = Extract<MessageCode, `XW_ERR_${string}`>;

/** The message `code` with `params` filled in, in every language (a parameter may itself be given in every language). */
export function messageOf(code: MessageCode, params: Readonly<Record<string, unknown>> = {}): Labels {
  const plain: Record<string, unknown> = {};
  const perLang: Record<string, Labels> = {};
  for (const [k, v] of Object.entries(params)) {
    if (isLabels(v)) perLang[k] = v;
    else plain[k] = v;
  }
  const base = interpolate(MESSAGES[code], plain);
  if (Object.keys(perLang).length === 0) return base;
  const inLang = (lang: keyof Labels) => Object.entries(perLang).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, v[lang]), base[lang]);
  return { 'zh-CN': inLang('zh-CN'), ko: inLang('ko'), en: inLang('en') };
}

/** A value given in every language. */
export const isLabels = (v: unknown): v is Labels =>
  v !== null && typeof v === 'object' && typeof (v as Labels).en === 'string' && typeof (v as Labels)['zh-CN'] === 'string';

/** The code of a value the engine's decoder rejected (`not_a_number` → `XW_INPUT_NOT_A_NUMBER`). */
export const inputCode = (engineCode: string): string => `XW_INPUT_${engineCode.toUpperCase()}`;
