/** The words of feed problems, in three languages ({…} filled from the problem's parameters). */
import type { Labels } from '@xiaowei/engine';

const MESSAGES = {
  unknown_column: {
    'zh-CN': '“{column}”不是本类数据的列',
    ko: '“{column}”은(는) 이 데이터 종류의 열이 아닙니다',
    en: '"{column}" is not a column of this kind of feed',
  },
  required: { 'zh-CN': '缺少必填值', ko: '필수 값이 없습니다', en: 'a value is required' },
  bad_year: {
    'zh-CN': '年度应为 1990–2100 之间的整数',
    ko: '연도는 1990~2100 사이의 정수여야 합니다',
    en: 'the year is a whole number from 1990 to 2100',
  },
  bad_key: {
    'zh-CN': '编号应为 1–100 个字符',
    ko: '번호는 1~100자여야 합니다',
    en: 'an id is 1 to 100 characters',
  },
  duplicate: {
    'zh-CN': '与第 {first} 行重复（同一企业、编号和年度）',
    ko: '{first}행과 중복됩니다(같은 기업, 번호, 연도)',
    en: 'repeats row {first} (same enterprise, id and year)',
  },
  unknown_enterprise: {
    'zh-CN': '您的地区内没有企业“{id}”',
    ko: '담당 지역에 기업 “{id}”이(가) 없습니다',
    en: 'no enterprise "{id}" in your region',
  },
  no_year: {
    'zh-CN': '企业“{id}”没有 {year} 年度的登记数据',
    ko: '기업 “{id}”의 {year}년 등록 데이터가 없습니다',
    en: 'enterprise "{id}" has no registry figures for {year}',
  },
  empty: { 'zh-CN': '批次中没有数据行', ko: '배치에 데이터 행이 없습니다', en: 'the batch has no rows' },
  too_many: {
    'zh-CN': '一个批次最多 {max} 行',
    ko: '한 배치는 최대 {max}행입니다',
    en: 'a batch has at most {max} rows',
  },
} as const satisfies Record<string, Labels>;

export type FeedMessage = keyof typeof MESSAGES;

export function feedMessage(code: FeedMessage, params: Record<string, unknown> = {}): Labels {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  const m = MESSAGES[code];
  return { 'zh-CN': fill(m['zh-CN']), ko: fill(m.ko), en: fill(m.en) };
}
