import type { Labels } from '../text/labels.ts';

/** Messages of input validation, in every language. `{…}` placeholders are filled by `interpolate`. */
export const INPUT_MESSAGES = {
  not_a_number: {
    'zh-CN': '“{value}”不是数字',
    ko: '“{value}”은(는) 숫자가 아닙니다',
    en: '"{value}" is not a number',
  },
  not_an_amount: {
    'zh-CN': '“{value}”不是金额（元，最多两位小数）',
    ko: '“{value}”은(는) 금액(위안, 소수점 둘째 자리까지)이 아닙니다',
    en: '"{value}" is not an amount (yuan, at most two decimals)',
  },
  not_an_integer: {
    'zh-CN': '“{value}”必须是整数',
    ko: '“{value}”은(는) 정수여야 합니다',
    en: '"{value}" must be a whole number',
  },
  below_min: {
    'zh-CN': '{value} 小于允许的最小值 {min}',
    ko: '{value}은(는) 허용 최솟값 {min}보다 작습니다',
    en: '{value} is below the minimum {min}',
  },
  above_max: {
    'zh-CN': '{value} 大于允许的最大值 {max}',
    ko: '{value}은(는) 허용 최댓값 {max}보다 큽니다',
    en: '{value} is above the maximum {max}',
  },
  not_a_boolean: {
    'zh-CN': '“{value}”不是是/否值（可用 true/false、是/否、1/0）',
    ko: '“{value}”은(는) 예/아니요 값이 아닙니다(true/false, 예/아니요, 1/0)',
    en: '"{value}" is not a yes/no value (use true/false, yes/no, 1/0)',
  },
  not_a_choice: {
    'zh-CN': '“{value}”不是可选值之一：{choices}',
    ko: '“{value}”은(는) 허용 값이 아닙니다: {choices}',
    en: '"{value}" is not one of: {choices}',
  },
  not_a_date: {
    'zh-CN': '“{value}”不是日期（格式 YYYY-MM-DD）',
    ko: '“{value}”은(는) 날짜가 아닙니다(형식 YYYY-MM-DD)',
    en: '"{value}" is not a date (YYYY-MM-DD)',
  },
  not_a_text: {
    'zh-CN': '应为文本',
    ko: '텍스트여야 합니다',
    en: 'must be text',
  },
  not_a_single_value: {
    'zh-CN': '应为单个值，而不是对象或列表',
    ko: '객체나 목록이 아닌 단일 값이어야 합니다',
    en: 'must be a single value, not an object or a list',
  },
  unknown_field: {
    'zh-CN': '未知字段“{field}”',
    ko: '알 수 없는 필드 “{field}”',
    en: 'unknown field "{field}"',
  },
  not_an_object: {
    'zh-CN': '每一行必须是一个对象',
    ko: '각 행은 객체여야 합니다',
    en: 'each row must be an object',
  },
  missing_input: {
    'zh-CN': '缺少“{field}”：计算“{variable}”需要该值',
    ko: '“{field}” 값이 없습니다: “{variable}” 계산에 필요합니다',
    en: '"{field}" is not given: {variable} depends on it',
  },
  missing_value: {
    'zh-CN': '缺少必填值',
    ko: '필수 값이 없습니다',
    en: 'a value is required',
  },
} as const satisfies Record<string, Labels>;

export type InputMessageCode = keyof typeof INPUT_MESSAGES;
