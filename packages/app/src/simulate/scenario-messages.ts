import type { Labels } from '@xiaowei/engine';

/** Messages about scenarios and their runs, in every language. `{…}` placeholders are filled by `interpolate`. */
export const SCENARIO_MESSAGES = {
  not_an_object: { 'zh-CN': '情景必须是一个对象', ko: '시나리오는 객체여야 합니다', en: 'A scenario must be an object' },
  name_required: { 'zh-CN': '请填写情景名称', ko: '시나리오 이름을 입력하세요', en: 'Give the scenario a name' },
  name_too_long: {
    'zh-CN': '名称不能超过 {max} 个字符',
    ko: '이름은 {max}자를 넘을 수 없습니다',
    en: 'The name may have at most {max} characters',
  },
  name_control: {
    'zh-CN': '名称含有控制字符',
    ko: '이름에 제어 문자가 있습니다',
    en: 'The name contains control characters',
  },
  bad_year: {
    'zh-CN': '“{value}”不是 {min}–{max} 之间的年份',
    ko: '“{value}”은(는) {min}–{max} 사이의 연도가 아닙니다',
    en: '"{value}" is not a year between {min} and {max}',
  },
  no_changes: {
    'zh-CN': '情景至少需要一项修改',
    ko: '시나리오에는 변경이 하나 이상 있어야 합니다',
    en: 'A scenario needs at least one change',
  },
  too_many_changes: {
    'zh-CN': '情景最多 {max} 项修改',
    ko: '시나리오의 변경은 최대 {max}개입니다',
    en: 'A scenario has at most {max} changes',
  },
  bad_kind: {
    'zh-CN': '“{value}”不是修改类型（{kinds}）',
    ko: '“{value}”은(는) 변경 유형({kinds})이 아닙니다',
    en: '"{value}" is not a kind of change ({kinds})',
  },
  unknown_parameter: {
    'zh-CN': '参数树中没有“{value}”',
    ko: '매개변수 트리에 “{value}”이(가) 없습니다',
    en: 'There is no "{value}" in the parameter tree',
  },
  not_a_leaf: {
    'zh-CN': '“{value}”是一组参数，不是单个有日期的参数',
    ko: '“{value}”은(는) 매개변수 묶음이며 날짜가 있는 단일 매개변수가 아닙니다',
    en: '"{value}" is a group of parameters, not one dated parameter',
  },
  bad_date: {
    'zh-CN': '“{value}”不是日期（YYYY-MM-DD）',
    ko: '“{value}”은(는) 날짜(YYYY-MM-DD)가 아닙니다',
    en: '"{value}" is not a date (YYYY-MM-DD)',
  },
  until_before_from: {
    'zh-CN': '截止日 {value} 早于起始日 {from}',
    ko: '종료일 {value}이(가) 시작일 {from}보다 앞섭니다',
    en: 'The end date {value} is before the start date {from}',
  },
  value_required: { 'zh-CN': '请填写新值', ko: '새 값을 입력하세요', en: 'Give the new value' },
  not_an_amount: {
    'zh-CN': '“{value}”不是金额（元，非负，最多两位小数）',
    ko: '“{value}”은(는) 금액(위안, 0 이상, 소수점 둘째 자리까지)이 아닙니다',
    en: '"{value}" is not an amount (yuan, not negative, at most two decimals)',
  },
  not_a_rate: {
    'zh-CN': '“{value}”不是 0 到 {max} 之间的比率',
    ko: '“{value}”은(는) 0과 {max} 사이의 비율이 아닙니다',
    en: '"{value}" is not a rate between 0 and {max}',
  },
  not_a_count: {
    'zh-CN': '“{value}”不是非负整数（单位：{unit}）',
    ko: '“{value}”은(는) 0 이상의 정수가 아닙니다(단위: {unit})',
    en: '"{value}" is not a whole number of zero or more ({unit})',
  },
  not_a_boolean: {
    'zh-CN': '“{value}”不是是/否',
    ko: '“{value}”은(는) 예/아니요가 아닙니다',
    en: '"{value}" is not true or false',
  },
  not_text: { 'zh-CN': '“{value}”不是文字', ko: '“{value}”은(는) 텍스트가 아닙니다', en: '"{value}" is not text' },
  not_a_number: { 'zh-CN': '“{value}”不是数字', ko: '“{value}”은(는) 숫자가 아닙니다', en: '"{value}" is not a number' },
  unknown_measure: {
    'zh-CN': '“{value}”不是有享受资格计算的措施（{known}）',
    ko: '“{value}”은(는) 수혜 계산이 있는 조치가 아닙니다({known})',
    en: '"{value}" is not a measure with computed entitlements ({known})',
  },
  no_value_on_source: {
    'zh-CN': '“{path}”在 {value} 没有任何参数值',
    ko: '“{path}”에는 {value}에 유효한 매개변수 값이 없습니다',
    en: 'Nothing under "{path}" has a value on {value}',
  },
} as const satisfies Record<string, Labels>;

export type ScenarioMessageCode = keyof typeof SCENARIO_MESSAGES;
