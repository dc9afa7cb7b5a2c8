/** Messages of the lending reports and loan records, in zh-CN, ko and en. */
import type { Labels } from '@xiaowei/engine';

export const LENDING_MESSAGES = {
  bad_quarter: {
    'zh-CN': '“{value}”不是季度（1–4）',
    ko: '“{value}”은(는) 분기가 아닙니다(1~4)',
    en: '"{value}" is not a quarter (1–4)',
  },
  bad_year: {
    'zh-CN': '“{value}”不是报告年度（2012 年起的整数）',
    ko: '“{value}”은(는) 보고 연도가 아닙니다(2012년 이후의 정수)',
    en: '"{value}" is not a report year (a whole number from 2012)',
  },
  future_quarter: {
    'zh-CN': '{year} 年第 {quarter} 季度尚未结束，不能报送',
    ko: '{year}년 {quarter}분기가 아직 끝나지 않아 보고할 수 없습니다',
    en: 'quarter {quarter} of {year} has not ended yet and cannot be reported',
  },
  out_of_order: {
    'zh-CN': '期间顺序错误：{year} 年第 {quarter} 季度排在同一银行的 {prevYear} 年第 {prevQuarter} 季度（第 {prevRow} 行）之后',
    ko: '기간 순서 오류: {year}년 {quarter}분기가 같은 은행의 {prevYear}년 {prevQuarter}분기({prevRow}행) 뒤에 있습니다',
    en: 'periods out of order: {year} Q{quarter} comes after {prevYear} Q{prevQuarter} of the same bank (row {prevRow})',
  },
  duplicate_period: {
    'zh-CN': '银行 {bank} 的 {year} 年第 {quarter} 季度重复（首次出现在第 {first} 行）',
    ko: '은행 {bank}의 {year}년 {quarter}분기가 중복됩니다(처음 {first}행)',
    en: 'bank {bank}, {year} Q{quarter} appears twice (first on row {first})',
  },
  small_above_all: {
    'zh-CN': '小型微型企业贷款余额 {small} 元大于各项贷款余额 {all} 元',
    ko: '소규모 기업 대출 잔액 {small}위안이 전체 대출 잔액 {all}위안보다 큽니다',
    en: 'the small/micro loan balance {small} yuan is above the balance of all loans {all} yuan',
  },
  small_above_all_last_year: {
    'zh-CN': '上年同期小型微型企业贷款余额 {small} 元大于上年同期各项贷款余额 {all} 元',
    ko: '전년 동기 소규모 기업 대출 잔액 {small}위안이 전년 동기 전체 대출 잔액 {all}위안보다 큽니다',
    en: "last year's small/micro loan balance {small} yuan is above last year's balance of all loans {all} yuan",
  },
  lines_above_small: {
    'zh-CN': '单户授信500万元以下贷款余额 {lines} 元大于小型微型企业贷款余额 {small} 元',
    ko: '단일 여신한도 500만 위안 이하 대출 잔액 {lines}위안이 소규모 기업 대출 잔액 {small}위안보다 큽니다',
    en: 'the balance on credit lines up to 5,000,000 yuan ({lines} yuan) is above the small/micro loan balance {small} yuan',
  },
  count_without_balance: {
    'zh-CN': '有 {count} 户小型微型企业贷款，但余额为 0',
    ko: '소규모 기업 대출 차주가 {count}곳인데 잔액이 0입니다',
    en: '{count} small/micro borrowers reported but the balance is 0',
  },
  balance_without_count: {
    'zh-CN': '小型微型企业贷款余额为 {small} 元，但贷款户数为 0',
    ko: '소규모 기업 대출 잔액이 {small}위안인데 차주 수가 0입니다',
    en: 'a small/micro loan balance of {small} yuan but 0 borrowers',
  },
  unknown_bank: {
    'zh-CN': '银行“{bank}”不存在或不在您的权限范围内',
    ko: '은행 “{bank}”이(가) 없거나 권한 범위 밖입니다',
    en: 'bank "{bank}" does not exist or is outside what you may file for',
  },
  unknown_column: {
    'zh-CN': '未知的列“{column}”',
    ko: '알 수 없는 열 “{column}”',
    en: 'unknown column "{column}"',
  },
  no_rows: {
    'zh-CN': '文件中没有数据行',
    ko: '파일에 데이터 행이 없습니다',
    en: 'the file has no data rows',
  },
  too_long: {
    'zh-CN': '过长（最多 {max} 个字符）',
    ko: '너무 깁니다(최대 {max}자)',
    en: 'too long (at most {max} characters)',
  },
  bad_size_class: {
    'zh-CN': '“{value}”不是企业规模（大型、中型、小型、微型）',
    ko: '“{value}”은(는) 기업 규모가 아닙니다(대형, 중형, 소형, 영세)',
    en: '"{value}" is not a size class (large, medium, small, micro)',
  },
  duplicate_contract: {
    'zh-CN': '合同 {contract} 的 {year} 年度重复（首次出现在第 {first} 行）',
    ko: '계약 {contract}의 {year}년이 중복됩니다(처음 {first}행)',
    en: 'contract {contract}, year {year} appears twice (first on row {first})',
  },
  fee_year_before_signing: {
    'zh-CN': '收费年度 {year} 早于合同签订日期 {signed}',
    ko: '수수료 연도 {year}가 계약 체결일 {signed}보다 이릅니다',
    en: 'fee year {year} is before the contract was signed ({signed})',
  },
} as const satisfies Record<string, Labels>;
