/**
 * What the offers, publicity and payment steps say, in the three languages: the reasons an offer closes and
 * the refusals of a step that does not apply to an offer's state.
 */
import type { Labels } from '@xiaowei/engine';

/** Why an offer was closed; the web shows `closedReasonLabel(code)`. */
export const CLOSED_REASONS = {
  no_longer_eligible: {
    'zh-CN': '最新数据显示企业已不再符合该措施的条件，要约已撤回',
    ko: '최신 데이터상 기업이 더 이상 이 조치의 요건을 충족하지 않아 제안이 철회되었습니다',
    en: 'The latest data no longer show the enterprise eligible for this measure; the offer was withdrawn',
  },
  objection_upheld: {
    'zh-CN': '公示期间的异议经核实成立，要约已撤回',
    ko: '공시 기간의 이의가 인정되어 제안이 철회되었습니다',
    en: 'An objection filed during publicity was upheld; the offer was withdrawn',
  },
  payment_cancelled: {
    'zh-CN': '支付失败后经办人员取消了该笔支付',
    ko: '지급 실패 후 담당자가 지급을 취소했습니다',
    en: 'The payment was cancelled by an officer after it failed',
  },
} as const satisfies Record<string, Labels>;

export type ClosedReason = keyof typeof CLOSED_REASONS;

export function closedReasonLabel(code: string): Labels | null {
  return code in CLOSED_REASONS ? CLOSED_REASONS[code as ClosedReason] : null;
}

export const OFFER_MESSAGES = {
  notOffered: {
    'zh-CN': '该要约当前不可确认（只能确认待确认的要约）',
    ko: '이 제안은 지금 확인할 수 없습니다(확인 대기 중인 제안만 확인할 수 있습니다)',
    en: 'This offer cannot be confirmed now (only an offer awaiting confirmation can be)',
  },
  accountName: {
    'zh-CN': '收款账户名称必填，最多 100 个字符',
    ko: '수취 계좌 명의는 필수이며 최대 100자입니다',
    en: 'The account name is required, at most 100 characters',
  },
  bankName: {
    'zh-CN': '开户银行必填，最多 100 个字符',
    ko: '개설 은행은 필수이며 최대 100자입니다',
    en: 'The bank is required, at most 100 characters',
  },
  accountNumber: {
    'zh-CN': '银行账号应为 8–30 位数字（可含空格）',
    ko: '은행 계좌번호는 8~30자리 숫자여야 합니다(공백 허용)',
    en: 'The account number must be 8–30 digits (spaces allowed)',
  },
  nothingToPublish: {
    'zh-CN': '没有已确认且待公示的要约',
    ko: '공시할 확인된 제안이 없습니다',
    en: 'There are no confirmed offers to publish',
  },
  notInPublicity: {
    'zh-CN': '该要约不在公示期内，不能提出异议',
    ko: '이 제안은 공시 기간 중이 아니므로 이의를 제기할 수 없습니다',
    en: 'This offer is not in its publicity period; no objection can be filed',
  },
  objectionReason: {
    'zh-CN': '异议理由必填，最多 1000 个字符',
    ko: '이의 사유는 필수이며 최대 1000자입니다',
    en: 'The reason is required, at most 1,000 characters',
  },
  objectionContact: {
    'zh-CN': '未登录提出异议时须留下联系方式（最多 200 个字符）',
    ko: '로그인하지 않고 이의를 제기하려면 연락처를 남겨야 합니다(최대 200자)',
    en: 'An objection filed without signing in needs a contact (at most 200 characters)',
  },
  objectionDecided: {
    'zh-CN': '该异议已处理',
    ko: '이 이의는 이미 처리되었습니다',
    en: 'This objection has already been decided',
  },
  nothingPayable: {
    'zh-CN': '没有可支付的要约（公示期满且无未决异议）',
    ko: '지급할 수 있는 제안이 없습니다(공시 기간 종료, 미결 이의 없음)',
    en: 'No offer is payable (publicity over and no open objection)',
  },
  batchNotDraft: {
    'zh-CN': '只有草稿状态的支付批次可以审批',
    ko: '초안 상태의 지급 배치만 승인할 수 있습니다',
    en: 'Only a draft payment batch can be approved',
  },
  approverIsCreator: {
    'zh-CN': '支付批次须由创建人以外的经办人员（或管理员）审批',
    ko: '지급 배치는 작성자가 아닌 다른 담당자(또는 관리자)가 승인해야 합니다',
    en: 'A payment batch must be approved by an officer other than its creator (or an admin)',
  },
  batchNotApproved: {
    'zh-CN': '支付批次尚未审批，不能导出或登记结果',
    ko: '지급 배치가 아직 승인되지 않아 내보내거나 결과를 기록할 수 없습니다',
    en: 'The payment batch is not approved: it cannot be exported nor its results recorded',
  },
  lineDecided: {
    'zh-CN': '该支付明细的结果已登记',
    ko: '이 지급 내역의 결과는 이미 기록되었습니다',
    en: 'This payment line already has its result',
  },
  failureReason: {
    'zh-CN': '支付失败须填写原因（最多 500 个字符）',
    ko: '지급 실패 시 사유를 입력해야 합니다(최대 500자)',
    en: 'A failed payment needs a reason (at most 500 characters)',
  },
  notFailed: {
    'zh-CN': '只有支付失败的要约可以取消',
    ko: '지급에 실패한 제안만 취소할 수 있습니다',
    en: 'Only an offer whose payment failed can be cancelled',
  },
  programmeName: {
    'zh-CN': '项目名称必填，最多 200 个字符',
    ko: '프로그램 이름은 필수이며 최대 200자입니다',
    en: 'The programme name is required, at most 200 characters',
  },
  programmeMeasure: {
    'zh-CN': '措施不存在：应为政策目录中有权益计算的措施编号',
    ko: '조치가 없습니다: 수혜가 계산되는 정책 목록의 조치 번호여야 합니다',
    en: 'Unknown measure: it must be a catalogue measure with a computed entitlement',
  },
  programmeDepartment: {
    'zh-CN': '部门代码无效',
    ko: '부서 코드가 올바르지 않습니다',
    en: 'Invalid department code',
  },
  programmeRegion: {
    'zh-CN': '地区应为您管辖范围内的行政区划代码前缀（2、4 或 6 位数字）',
    ko: '지역은 관할 범위 내 행정구역 코드 접두사(2, 4 또는 6자리 숫자)여야 합니다',
    en: 'The region must be an administrative code prefix (2, 4 or 6 digits) within your region',
  },
  programmeYear: {
    'zh-CN': '年度应在 2011–2100 之间',
    ko: '연도는 2011~2100 사이여야 합니다',
    en: 'The year must be between 2011 and 2100',
  },
  programmeBudget: {
    'zh-CN': '预算应为非负金额（元，最多两位小数）',
    ko: '예산은 0 이상의 금액(위안, 소수점 둘째 자리까지)이어야 합니다',
    en: 'The budget must be a non-negative amount (yuan, at most two decimals)',
  },
  programmeDays: {
    'zh-CN': '公示天数应为 0–60 的整数',
    ko: '공시 일수는 0~60의 정수여야 합니다',
    en: 'Publicity days must be a whole number from 0 to 60',
  },
} as const satisfies Record<string, Labels>;
