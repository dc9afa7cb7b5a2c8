import { interpolate, type Labels, type Lang } from '@xiaowei/engine';

/**
 * Every text the CLI itself prints (headers, summaries, errors), in every language. Input-value
 * messages come from the engine and the policy; this table holds only the CLI's own words.
 * `{name}` placeholders are filled by {@link message}.
 */
export const MESSAGES = {
  header_id: { 'zh-CN': '企业编号', ko: '기업 번호', en: 'ID' },
  header_name: { 'zh-CN': '企业名称', ko: '기업명', en: 'Name' },
  header_explanation: { 'zh-CN': '划型依据', ko: '규모 판정 근거', en: 'Why' },
  header_measure: { 'zh-CN': '措施', ko: '조치', en: 'Measure' },
  header_chapter: { 'zh-CN': '章', ko: '장', en: 'Chapter' },
  header_kind: { 'zh-CN': '类型', ko: '유형', en: 'Kind' },
  header_title: { 'zh-CN': '标题', ko: '제목', en: 'Title' },
  header_variables: { 'zh-CN': '实现变量', ko: '구현 변수', en: 'Variables' },
  header_eligible: { 'zh-CN': '是否符合', ko: '해당 여부', en: 'Eligible' },
  header_value: { 'zh-CN': '金额（元）', ko: '금액(위안)', en: 'Value (yuan)' },
  header_why_not: { 'zh-CN': '未符合的条件及改变方法', ko: '미충족 조건과 달라질 점', en: 'Why not / what would change' },
  header_total: { 'zh-CN': '扶持政策总价值（元）', ko: '지원정책 총가치(위안)', en: 'Total support value (yuan)' },
  not_counted: {
    'zh-CN': '（不得与其他措施叠加，未计入合计）',
    ko: '(다른 조치와 중복 적용 불가, 합계 미포함)',
    en: '(cannot be combined with another measure; not counted in the total)',
  },
  simulate_incomplete: {
    'zh-CN': '{count} 家企业缺少计算所需数据，未计入（见 JSON 输出的 problems）',
    ko: '기업 {count}곳은 계산에 필요한 자료가 없어 제외되었습니다(JSON 출력의 problems 참조)',
    en: '{count} enterprises lack a figure the rules need and are left out (see problems in the JSON output)',
  },
  reform_unreadable: {
    'zh-CN': '无法读取改革方案文件 {file}：{detail}',
    ko: '개정안 파일 {file}을(를) 읽을 수 없습니다: {detail}',
    en: 'Cannot read the reform file {file}: {detail}',
  },
  yes: { 'zh-CN': '是', ko: '예', en: 'yes' },
  no: { 'zh-CN': '否', ko: '아니요', en: 'no' },

  input_summary: {
    'zh-CN': '{file}：{rows} 行有误（共 {problems} 个问题），未输出任何结果',
    ko: '{file}: {rows}개 행에 오류({problems}건)가 있어 결과를 출력하지 않았습니다',
    en: '{file}: {problems} problem(s) in {rows} row(s); nothing was output',
  },
  field_count: {
    'zh-CN': '该行有 {actual} 个字段，表头有 {expected} 个',
    ko: '이 행의 필드는 {actual}개이고 머리글은 {expected}개입니다',
    en: 'this row has {actual} fields, the header has {expected}',
  },
  duplicate_id: {
    'zh-CN': '企业编号“{id}”重复（首次出现在第 {first} 行）',
    ko: '기업 번호 “{id}”이(가) 중복됩니다(처음 나온 행: {first})',
    en: 'duplicate id "{id}" (first at row {first})',
  },
  bad_id: {
    'zh-CN': '企业编号必须是文本或数字',
    ko: '기업 번호는 텍스트나 숫자여야 합니다',
    en: 'an id must be text or a number',
  },

  no_variables: {
    'zh-CN': '--variables 至少需要一个变量名',
    ko: '--variables에 변수 이름이 하나 이상 필요합니다',
    en: '--variables needs at least one variable name',
  },

  file_not_found: {
    'zh-CN': '找不到文件“{file}”',
    ko: '파일 “{file}”을(를) 찾을 수 없습니다',
    en: 'file "{file}" not found',
  },
  cannot_read: {
    'zh-CN': '无法读取“{file}”：{detail}',
    ko: '“{file}”을(를) 읽을 수 없습니다: {detail}',
    en: 'cannot read "{file}": {detail}',
  },
  unknown_format: {
    'zh-CN': '无法识别“{file}”的格式：请使用 .csv、.json，或用 - 从标准输入读取 JSON',
    ko: '“{file}”의 형식을 알 수 없습니다: .csv, .json 파일을 쓰거나 -로 표준 입력에서 JSON을 읽으십시오',
    en: 'cannot tell the format of "{file}": use a .csv or .json file, or - for JSON on standard input',
  },
  bad_json: {
    'zh-CN': '“{file}”不是有效的 JSON：{detail}',
    ko: '“{file}”은(는) 올바른 JSON이 아닙니다: {detail}',
    en: '"{file}" is not valid JSON: {detail}',
  },
  not_an_array: {
    'zh-CN': '“{file}”必须是由对象组成的 JSON 数组',
    ko: '“{file}”은(는) 객체의 JSON 배열이어야 합니다',
    en: '"{file}" must be a JSON array of objects',
  },
  bad_csv: {
    'zh-CN': '“{file}”第 {line} 行不是有效的 CSV：{detail}',
    ko: '“{file}” {line}행이 올바른 CSV가 아닙니다: {detail}',
    en: '"{file}" line {line} is not valid CSV: {detail}',
  },
  no_header: {
    'zh-CN': '“{file}”没有表头行',
    ko: '“{file}”에 머리글 행이 없습니다',
    en: '"{file}" has no header line',
  },
  internal_error: {
    'zh-CN': '内部错误：{detail}',
    ko: '내부 오류: {detail}',
    en: 'internal error: {detail}',
  },

  test_failed: { 'zh-CN': '失败', ko: '실패', en: 'FAIL' },
  cannot_load_tests: {
    'zh-CN': '无法载入测试“{path}”：{detail}',
    ko: '테스트 “{path}”을(를) 불러올 수 없습니다: {detail}',
    en: 'cannot load tests "{path}": {detail}',
  },
  // A stable, machine-readable last line (CI scripts read it), so it is the same in every language.
  test_summary: {
    'zh-CN': '{passed} passed, {failed} failed',
    ko: '{passed} passed, {failed} failed',
    en: '{passed} passed, {failed} failed',
  },
  bad_date: {
    'zh-CN': '“{value}”不是日期（格式 YYYY-MM-DD）',
    ko: '“{value}”은(는) 날짜가 아닙니다(형식 YYYY-MM-DD)',
    en: '"{value}" is not a date (YYYY-MM-DD)',
  },
} as const satisfies Record<string, Labels>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * The message `key` with its placeholders filled, in every language.
 * @example messageLabels('no_header', { file: 'a.csv' }).en // '"a.csv" has no header line'
 */
export function messageLabels(key: MessageKey, params: Readonly<Record<string, unknown>> = {}): Labels {
  return interpolate(MESSAGES[key], params);
}

/**
 * The message `key` in `lang`, placeholders filled.
 * @example message('yes', 'ko') // '예'
 */
export function message(key: MessageKey, lang: Lang, params: Readonly<Record<string, unknown>> = {}): string {
  return messageLabels(key, params)[lang];
}
