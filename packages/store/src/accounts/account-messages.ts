/** Messages of enterprise accounts and correction requests, in the three languages of the platform. */
import type { Labels } from '@xiaowei/engine';

export const ACCOUNT_MESSAGES = {
  activation_invalid: {
    'zh-CN': '统一社会信用代码与激活码不匹配，或激活码已作废：请核对，或向主管部门申领新的激活码',
    ko: '통일사회신용코드와 활성화 코드가 맞지 않거나 코드가 폐기되었습니다. 확인하거나 담당 부서에 새 코드를 요청하십시오',
    en: 'the credit code and activation code do not match, or the code was replaced: check them, or ask the authority for a new code',
  },
  activation_expired: {
    'zh-CN': '激活码已过期：请向主管部门申领新的激活码',
    ko: '활성화 코드가 만료되었습니다. 담당 부서에 새 코드를 요청하십시오',
    en: 'the activation code has expired: ask the authority for a new one',
  },
  activation_used: {
    'zh-CN': '激活码已使用过：请用统一社会信用代码和密码登录；忘记密码请申领新的激活码',
    ko: '이미 사용된 활성화 코드입니다. 통일사회신용코드와 비밀번호로 로그인하십시오. 비밀번호를 잊었다면 새 코드를 요청하십시오',
    en: 'the activation code was already used: sign in with the credit code and password; if the password is forgotten, ask for a new code',
  },
  bad_days: {
    'zh-CN': '有效天数应为 1–366 的整数',
    ko: '유효 일수는 1~366의 정수여야 합니다',
    en: 'the validity must be a whole number of days, 1–366',
  },
  no_enterprises: {
    'zh-CN': '没有可签发激活码的企业（须有统一社会信用代码且尚未开通账户）',
    ko: '활성화 코드를 발급할 기업이 없습니다(통일사회신용코드가 있고 계정이 없는 기업)',
    en: 'no enterprise to issue a code for (it needs a credit code and no account yet)',
  },
  too_many: {
    'zh-CN': '一次最多签发 10,000 个激活码：请缩小地区范围',
    ko: '한 번에 최대 10,000개까지 발급할 수 있습니다. 지역을 좁히십시오',
    en: 'at most 10,000 codes at a time: narrow the region',
  },
  no_credit_code: {
    'zh-CN': '企业 {id} 没有登记统一社会信用代码，不能签发激活码',
    ko: '기업 {id}에 통일사회신용코드가 등록되어 있지 않아 활성화 코드를 발급할 수 없습니다',
    en: 'enterprise {id} has no credit code recorded: no activation code can be issued',
  },
  unknown_field: {
    'zh-CN': '“{field}”不是可申请更正的字段',
    ko: '“{field}”은(는) 정정을 요청할 수 있는 항목이 아닙니다',
    en: '"{field}" is not a field a correction can be requested for',
  },
  year_needed: {
    'zh-CN': '该字段按年度登记：请选择已登记的年度',
    ko: '이 항목은 연도별로 등록됩니다. 등록된 연도를 선택하십시오',
    en: 'this field is recorded by year: choose a recorded year',
  },
  year_not_recorded: {
    'zh-CN': '{year} 年度没有登记数据：只能更正已登记年度的数据',
    ko: '{year}년 데이터가 등록되어 있지 않습니다. 등록된 연도만 정정할 수 있습니다',
    en: 'no figures are recorded for {year}: only recorded years can be corrected',
  },
  value_required: {
    'zh-CN': '请填写建议的新值',
    ko: '제안하는 새 값을 입력하십시오',
    en: 'enter the proposed value',
  },
  same_value: {
    'zh-CN': '建议值与登记值相同',
    ko: '제안 값이 등록된 값과 같습니다',
    en: 'the proposed value is the value recorded',
  },
  reason_required: {
    'zh-CN': '请说明理由（最多 1,000 个字符）',
    ko: '사유를 입력하십시오(최대 1,000자)',
    en: 'give a reason (at most 1,000 characters)',
  },
  already_decided: {
    'zh-CN': '该更正申请已处理',
    ko: '이 정정 요청은 이미 처리되었습니다',
    en: 'this correction request has already been decided',
  },
} as const satisfies Record<string, Labels>;
