import type { Labels } from '@xiaowei/engine';

/** Words of the service's own record checks (value checks come from the engine's INPUT_MESSAGES). */
export const RECORD_MESSAGES = {
  computed_field: {
    'zh-CN': '“{field}”是计算结果，不能作为输入',
    ko: '“{field}”은(는) 계산 결과이므로 입력할 수 없습니다',
    en: '"{field}" is computed, not an input',
  },
  duplicate_id: {
    'zh-CN': '编号“{id}”重复（首次出现在第 {first} 条）',
    ko: '번호 “{id}”이(가) 중복됩니다(처음 나온 항목: {first})',
    en: 'duplicate id "{id}" (first at record {first})',
  },
  bad_id: {
    'zh-CN': '编号必须是文本或数字',
    ko: '번호는 텍스트나 숫자여야 합니다',
    en: 'an id must be text or a number',
  },
  not_a_link: {
    'zh-CN': '关联对象必须是一个对象（例如 "borrower": { "industry": "C", … }）',
    ko: '연결 대상은 객체여야 합니다(예: "borrower": { "industry": "C", … })',
    en: 'a link must be an object (e.g. "borrower": { "industry": "C", … })',
  },
  formula_failed: {
    'zh-CN': '无法计算 {variable}：{detail}',
    ko: '{variable}을(를) 계산할 수 없습니다: {detail}',
    en: 'cannot compute {variable}: {detail}',
  },
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
} as const satisfies Record<string, Labels>;
