import type { Labels } from '../text/labels.ts';

/**
 * Messages of periods the rules cannot answer for, in every language: the engine raises them
 * (`PeriodError.labels`, `ParameterNotFoundError.labels`) so that no caller shows English inside a
 * translated sentence. The English text is the error's own message. `{…}` placeholders are filled by
 * `interpolate`.
 */
export const PERIOD_MESSAGES = {
  not_a_period: {
    'zh-CN': '“{text}”不是期间：请写作 YYYY、YYYY-MM、YYYY-MM-DD 或 unit:start:size（例如 month:2013-01:3）',
    ko: '“{text}”은(는) 기간이 아닙니다: YYYY, YYYY-MM, YYYY-MM-DD 또는 unit:start:size(예: month:2013-01:3)로 쓰십시오',
    en: "'{text}' is not a period: use YYYY, YYYY-MM, YYYY-MM-DD or unit:start:size (e.g. month:2013-01:3)",
  },
  range_boundary: {
    'zh-CN': '“{text}”：{unit} 区间必须从一个 {unit} 的起点开始',
    ko: '“{text}”: {unit} 범위는 {unit}의 시작에서 시작해야 합니다',
    en: "'{text}': a {unit} range must start at a {unit} boundary",
  },
  wrong_unit: {
    'zh-CN': '{variable} 按 {unit} 定义；“{period}”不是单个 {unit}',
    ko: '{variable}은(는) {unit} 단위로 정의됩니다. “{period}”은(는) 하나의 {unit}이(가) 아닙니다',
    en: "{variable} is defined per {unit}; '{period}' is not a single {unit}",
  },
  before_rules: {
    'zh-CN': '{variable} 在 {period} 没有定义：其规则自 {from} 起施行',
    ko: '{variable}은(는) {period}에 정의되지 않습니다: 규칙은 {from}부터 시행됩니다',
    en: '{variable} is not defined for {period}: its rules start on {from}',
  },
  after_rules: {
    'zh-CN': '{variable} 在 {period} 没有定义：已编码的规则涵盖 {from} 至 {to}{note}',
    ko: '{variable}은(는) {period}에 정의되지 않습니다: 인코딩된 규칙은 {from}부터 {to}까지입니다{note}',
    en: '{variable} is not defined for {period}: the encoded rules cover {from} to {to}{note}',
  },
  formula_changes: {
    'zh-CN': '{variable}：其公式在 {period} 之内的 {on} 发生变化',
    ko: '{variable}: 공식이 {period} 안의 {on}에 바뀝니다',
    en: '{variable}: its formula changes on {on}, inside {period}',
  },
  parameter_before: {
    'zh-CN': '参数 {path} 在 {instant} 没有取值：其历史自 {start} 开始',
    ko: '매개변수 {path}은(는) {instant}에 값이 없습니다: 이력은 {start}부터 시작합니다',
    en: 'parameter {path} has no value on {instant}: its history starts on {start}',
  },
  parameter_ended: {
    'zh-CN': '参数 {path} 在 {instant} 没有取值：已于 {end} 失效',
    ko: '매개변수 {path}은(는) {instant}에 값이 없습니다: {end}에 종료되었습니다',
    en: 'parameter {path} has no value on {instant}: it ended on {end}',
  },
} as const satisfies Record<string, Labels>;

/** Units of periods by name, for the messages above. */
export const UNIT_NAMES = {
  day: { 'zh-CN': '日', ko: '일', en: 'day' },
  month: { 'zh-CN': '月', ko: '월', en: 'month' },
  year: { 'zh-CN': '年', ko: '연도', en: 'year' },
  eternity: { 'zh-CN': '永久', ko: '영구', en: 'eternity' },
} as const satisfies Record<string, Labels>;

/** `template` filled with `params`, a parameter given in every language taken in each. */
export function periodMessage(template: Labels, params: Readonly<Record<string, unknown>>): Labels {
  const fill = (lang: keyof Labels) =>
    template[lang].replace(/\{(\w+)\}/g, (m, k: string) => {
      if (!(k in params)) return m;
      const v = params[k];
      return v !== null && typeof v === 'object' && lang in (v as object) ? String((v as Labels)[lang]) : String(v);
    });
  return { 'zh-CN': fill('zh-CN'), ko: fill('ko'), en: fill('en') };
}
