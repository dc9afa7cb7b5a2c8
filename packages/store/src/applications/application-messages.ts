/** Messages of applications, attachments and complaints (issue 14), in the three languages of the platform. */
import type { Labels } from '@xiaowei/engine';

export const APPLICATION_MESSAGES = {
  file_empty: { 'zh-CN': '附件为空文件', ko: '첨부 파일이 비어 있습니다', en: 'the attachment is an empty file' },
  file_too_large: {
    'zh-CN': '附件 {size} 字节，超过上限 {max} 字节',
    ko: '첨부 파일이 {size}바이트로 한도 {max}바이트를 넘습니다',
    en: 'the attachment has {size} bytes, over the limit of {max} bytes',
  },
  file_type: {
    'zh-CN': '附件内容不是 PDF、JPEG 或 PNG 文件（按文件内容判断，与文件名无关）',
    ko: '첨부 파일 내용이 PDF, JPEG 또는 PNG가 아닙니다(파일 이름이 아니라 내용으로 판단)',
    en: 'the attachment is not a PDF, JPEG or PNG file (judged by its content, not its name)',
  },
  file_name: {
    'zh-CN': '文件名应为 1–255 个字符且不含控制字符',
    ko: '파일 이름은 제어 문자 없이 1~255자여야 합니다',
    en: 'the file name must be 1–255 characters without control characters',
  },
  too_many_files: {
    'zh-CN': '每件最多 {max} 个附件',
    ko: '건당 첨부 파일은 최대 {max}개입니다',
    en: 'at most {max} attachments each',
  },
  reason_required: {
    'zh-CN': '请说明理由（最多 2,000 个字符）',
    ko: '사유를 입력하십시오(최대 2,000자)',
    en: 'give a reason (at most 2,000 characters)',
  },
  text_required: {
    'zh-CN': '请填写内容（最多 {max} 个字符）',
    ko: '내용을 입력하십시오(최대 {max}자)',
    en: 'fill this in (at most {max} characters)',
  },
  bad_year: {
    'zh-CN': '年度应为 2012–2100 的整数',
    ko: '연도는 2012~2100의 정수여야 합니다',
    en: 'the year must be a whole number, 2012–2100',
  },
  bad_transition: {
    'zh-CN': '申请当前状态为“{status}”，不能执行“{action}”',
    ko: '신청이 현재 “{status}” 상태여서 “{action}”을(를) 할 수 없습니다',
    en: 'the application is {status}: it cannot be {action}',
  },
  not_editable: {
    'zh-CN': '只有草稿或被要求补充材料的申请可以修改或添加附件',
    ko: '초안이거나 보완 요청을 받은 신청만 수정하거나 파일을 첨부할 수 있습니다',
    en: 'only a draft, or an application asked for more information, can be changed or given attachments',
  },
  bad_amount: {
    'zh-CN': '金额应为不小于 0 的元金额，最多两位小数',
    ko: '금액은 0 이상의 위안 금액이어야 하며 소수점 둘째 자리까지입니다',
    en: 'the amount must be yuan, 0 or more, with at most two decimals',
  },
  bad_complaint_type: {
    'zh-CN': '投诉类型应为 fee（乱收费、超标准收费）或 bank（银行收费或服务行为）',
    ko: '민원 유형은 fee(불법·초과 수수료) 또는 bank(은행 수수료·행위)여야 합니다',
    en: 'the complaint type must be fee (illegal or excess fees) or bank (bank fees or conduct)',
  },
  already_replied: { 'zh-CN': '该投诉已答复', ko: '이 민원은 이미 답변되었습니다', en: 'this complaint has already been replied to' },
  not_replied: {
    'zh-CN': '投诉答复后才能评价',
    ko: '답변을 받은 후에 평가할 수 있습니다',
    en: 'a complaint can be rated only after it is replied to',
  },
  already_rated: { 'zh-CN': '该投诉已评价', ko: '이 민원은 이미 평가되었습니다', en: 'this complaint has already been rated' },
  bad_rating: { 'zh-CN': '满意度应为 1–5 的整数', ko: '만족도는 1~5의 정수여야 합니다', en: 'the rating must be a whole number, 1–5' },
  changed_meanwhile: {
    'zh-CN': '该申请已被他人处理，请刷新后再试',
    ko: '이 신청은 그사이 다른 사람이 처리했습니다. 새로 고친 뒤 다시 시도하십시오',
    en: 'the application was changed meanwhile: reload and try again',
  },
} as const satisfies Record<string, Labels>;

/** The states of an application, by name in three languages (for messages and pages). */
export const STATUS_LABELS = {
  draft: { 'zh-CN': '草稿', ko: '초안', en: 'draft' },
  submitted: { 'zh-CN': '已提交', ko: '제출됨', en: 'submitted' },
  under_review: { 'zh-CN': '审核中', ko: '심사 중', en: 'under review' },
  info_requested: { 'zh-CN': '待补充材料', ko: '보완 요청됨', en: 'asked for more information' },
  resubmitted: { 'zh-CN': '已补充材料', ko: '보완 제출됨', en: 'resubmitted' },
  approved: { 'zh-CN': '已批准', ko: '승인됨', en: 'approved' },
  rejected: { 'zh-CN': '未批准', ko: '반려됨', en: 'rejected' },
  paid: { 'zh-CN': '已拨付', ko: '지급됨', en: 'paid' },
  withdrawn: { 'zh-CN': '已撤回', ko: '철회됨', en: 'withdrawn' },
} as const satisfies Record<string, Labels>;

export const ACTION_LABELS = {
  update: { 'zh-CN': '修改', ko: '수정', en: 'changed' },
  submit: { 'zh-CN': '提交', ko: '제출', en: 'submitted' },
  withdraw: { 'zh-CN': '撤回', ko: '철회', en: 'withdrawn' },
  respond: { 'zh-CN': '补充材料', ko: '보완 제출', en: 'answered' },
  review: { 'zh-CN': '开始审核', ko: '심사 시작', en: 'taken into review' },
  request_info: { 'zh-CN': '要求补充材料', ko: '보완 요청', en: 'asked for more information' },
  approve: { 'zh-CN': '批准', ko: '승인', en: 'approved' },
  reject: { 'zh-CN': '不予批准', ko: '반려', en: 'rejected' },
  pay: { 'zh-CN': '标记已拨付', ko: '지급 표시', en: 'marked paid' },
} as const satisfies Record<string, Labels>;

export const COMPLAINT_TYPE_LABELS = {
  fee: { 'zh-CN': '乱收费、超标准收费', ko: '불법·초과 수수료', en: 'illegal or excess fees' },
  bank: { 'zh-CN': '银行收费或服务行为', ko: '은행 수수료·영업 행위', en: 'bank fees or conduct' },
} as const satisfies Record<string, Labels>;

/** The departments (users.department codes) by name. */
export const DEPARTMENT_LABELS: Readonly<Record<string, Labels>> = {
  market_regulation: { 'zh-CN': '市场监督管理部门', ko: '시장감독관리 부문', en: 'market regulation' },
  statistics: { 'zh-CN': '统计部门', ko: '통계 부문', en: 'statistics' },
  human_resources: { 'zh-CN': '人力资源和社会保障部门', ko: '인력자원·사회보장 부문', en: 'human resources and social security' },
  finance: { 'zh-CN': '财政部门', ko: '재정 부문', en: 'finance' },
  tax: { 'zh-CN': '税务部门', ko: '세무 부문', en: 'tax' },
  cluster_operator: { 'zh-CN': '产业集群运营机构', ko: '산업 클러스터 운영기관', en: 'cluster operator' },
  banking_regulator: { 'zh-CN': '银行业监督管理部门', ko: '은행업 감독관리 부문', en: 'banking regulator' },
  development_reform: { 'zh-CN': '发展改革（价格）部门', ko: '발전개혁(가격) 부문', en: 'development and reform (prices and fees)' },
};
