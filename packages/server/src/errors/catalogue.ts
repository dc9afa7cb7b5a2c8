import { MESSAGES } from '@xiaowei/app';
import type { Labels } from '@xiaowei/engine';

/** One entry of the error catalogue: a stable code, its HTTP status and its message template in every language. */
export interface ErrorEntry {
  readonly status: number;
  /** When it happens, for docs/errors.md. */
  readonly when: string;
  /** `{name}` placeholders are filled from the error's parameters. */
  readonly message: Labels;
}

/**
 * Every error the service returns. Codes are public API: a client may branch on them, so a code is
 * never renamed or reused for something else (add a new one instead). docs/errors.md documents this
 * table and a test keeps the two in step. The messages of a request the rules cannot answer (unknown
 * entity or variable, period) are the use cases' own (@xiaowei/app's catalogue), under the same codes.
 */
export const ERRORS = {
  XW_ERR_VALIDATION: {
    status: 400,
    when: 'The request does not match its schema or a value is invalid; `problems` lists each one with its path, row and field.',
    message: {
      'zh-CN': '请求有 {count} 个问题，未执行任何操作',
      ko: '요청에 문제가 {count}건 있어 아무것도 처리하지 않았습니다',
      en: 'the request has {count} problem(s); nothing was done',
    },
  },
  XW_ERR_MALFORMED_JSON: {
    status: 400,
    when: 'The body is not valid JSON.',
    message: {
      'zh-CN': '请求体不是有效的 JSON：{detail}',
      ko: '요청 본문이 올바른 JSON이 아닙니다: {detail}',
      en: 'the request body is not valid JSON: {detail}',
    },
  },
  XW_ERR_BAD_ENCODING: {
    status: 400,
    when: 'The body is not UTF-8 text.',
    message: {
      'zh-CN': '请求体必须是 UTF-8 编码的文本',
      ko: '요청 본문은 UTF-8 텍스트여야 합니다',
      en: 'the request body must be UTF-8 text',
    },
  },
  XW_ERR_EMPTY_BODY: {
    status: 400,
    when: 'A route that needs a body received none.',
    message: {
      'zh-CN': '请求体为空：此接口需要 JSON 请求体',
      ko: '요청 본문이 비어 있습니다: 이 경로에는 JSON 본문이 필요합니다',
      en: 'the request body is empty: this route needs a JSON body',
    },
  },
  XW_ERR_BAD_REQUEST: {
    status: 400,
    when: 'The HTTP request itself is malformed (a bad URL, a wrong Content-Length, a broken upload).',
    message: {
      'zh-CN': '请求格式错误：{detail}',
      ko: '요청 형식이 잘못되었습니다: {detail}',
      en: 'malformed request: {detail}',
    },
  },
  XW_ERR_UPLOAD_LIMIT: {
    status: 413,
    when: 'An uploaded workbook would unpack past a limit, checked as it is unpacked and before it is read: 256 MiB unpacked in all, 1,000,000 shared strings (64 MiB), 32,767 characters in one cell or run of text between tags (Excel’s own cell limit), 10,000 parts. The message names the limit; nothing was read or written.',
    message: {
      'zh-CN': '上传的文件超出上限：{what}，未读取任何内容',
      ko: '올린 파일이 한도를 넘습니다: {what}. 아무것도 읽지 않았습니다',
      en: 'the uploaded file exceeds a limit: {what}; nothing was read',
    },
  },
  XW_ERR_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    when: 'The body has a content type the route does not accept (JSON routes take `application/json`).',
    message: {
      'zh-CN': '不支持的内容类型“{type}”',
      ko: '지원하지 않는 콘텐츠 유형 “{type}”',
      en: 'unsupported content type "{type}"',
    },
  },
  XW_ERR_PAYLOAD_TOO_LARGE: {
    status: 413,
    when: 'The body is larger than the limit (`bodyLimit`, 4 MiB by default; uploads have their own limit).',
    message: {
      'zh-CN': '请求体超过 {limit} 字节的上限',
      ko: '요청 본문이 한도 {limit}바이트를 넘습니다',
      en: 'the request body is larger than the limit of {limit} bytes',
    },
  },
  XW_ERR_UNKNOWN_VARIABLE: {
    status: 400,
    when: 'A variable id is not defined for the entity (the message suggests the closest ids).',
    message: MESSAGES.XW_ERR_UNKNOWN_VARIABLE,
  },
  XW_ERR_WRONG_ENTITY: {
    status: 400,
    when: 'A variable belongs to another entity than the records given.',
    message: MESSAGES.XW_ERR_WRONG_ENTITY,
  },
  XW_ERR_UNKNOWN_ENTITY: {
    status: 400,
    when: 'The `entity` parameter names no entity of the policy.',
    message: MESSAGES.XW_ERR_UNKNOWN_ENTITY,
  },
  XW_ERR_PERIOD: {
    status: 400,
    when: 'The period is not a period, does not fit the variable, or lies outside the encoded rules.',
    message: MESSAGES.XW_ERR_PERIOD,
  },
  XW_ERR_CANNOT_COMPUTE: {
    status: 422,
    when: "A formula cannot compute a result from a record's values; `problems` names the record and the variable.",
    message: {
      'zh-CN': '有 {count} 条记录无法计算，未返回任何结果',
      ko: '계산할 수 없는 레코드가 {count}건 있어 결과를 반환하지 않았습니다',
      en: '{count} record(s) cannot be computed; no result was returned',
    },
  },
  XW_ERR_IMPORT_REJECTED: {
    status: 422,
    when: 'An uploaded file has bad rows; `problems` lists each with its row, column and field. Nothing was imported.',
    message: {
      'zh-CN': '文件有 {count} 个问题，未导入任何数据（导入编号 {id}）',
      ko: '파일에 문제가 {count}건 있어 아무것도 가져오지 않았습니다(가져오기 번호 {id})',
      en: 'the file has {count} problem(s); nothing was imported (import {id})',
    },
  },
  XW_ERR_FEED_REJECTED: {
    status: 422,
    when: 'A department’s feed batch (JSON or an uploaded file) has bad rows — an unknown column, a value the policy variable does not accept, a repeated row, an enterprise outside the sender’s region, a year without registry figures; `problems` lists each with its row and field. Nothing was written.',
    message: {
      'zh-CN': '数据批次有 {count} 个问题，未写入任何数据',
      ko: '데이터 배치에 문제가 {count}건 있어 아무것도 기록하지 않았습니다',
      en: 'the feed batch has {count} problem(s); nothing was written',
    },
  },
  XW_ERR_LENDING_REJECTED: {
    status: 422,
    when: 'A lending report (JSON or an uploaded file) has problems — a figure that is not an amount, small/micro loans above all loans, a quarter not yet ended, periods out of order, a bank not the caller’s; `problems` lists each with its row, column and field. Nothing was filed.',
    message: {
      'zh-CN': '贷款报告有 {count} 个问题，未报送任何数据',
      ko: '대출 보고서에 문제가 {count}건 있어 아무것도 제출하지 않았습니다',
      en: 'the lending report has {count} problem(s); nothing was filed',
    },
  },
  XW_ERR_LOAN_RECORDS_REJECTED: {
    status: 422,
    when: 'An uploaded loan-record file has bad rows; `problems` lists each with its row, column and field. Nothing was stored.',
    message: {
      'zh-CN': '贷款明细文件有 {count} 个问题，未保存任何数据',
      ko: '대출 명세 파일에 문제가 {count}건 있어 아무것도 저장하지 않았습니다',
      en: 'the loan-record file has {count} problem(s); nothing was stored',
    },
  },
  XW_ERR_TENDER_RULE: {
    status: 422,
    when: 'A stored tender cannot be evaluated under the rules in force on its date (a deduction rate outside the legal range, which `problems` names; a date with no encoded rule; consortium shares not adding up to 1). Nothing was stored.',
    message: {
      'zh-CN': '该采购项目无法按其日期适用的规则评审，未保存任何评审结果',
      ko: '이 입찰은 해당 일자에 적용되는 규정으로 평가할 수 없어 평가 결과를 저장하지 않았습니다',
      en: 'the tender cannot be evaluated under the rules in force on its date; no evaluation was stored',
    },
  },
  XW_ERR_BIDS_REJECTED: {
    status: 422,
    when: 'An uploaded bid file has bad rows; `problems` lists each with its row, column and field. No bid was imported.',
    message: {
      'zh-CN': '文件有 {count} 个问题，未导入任何投标',
      ko: '파일에 문제가 {count}건 있어 입찰을 하나도 가져오지 않았습니다',
      en: 'the file has {count} problem(s); no bid was imported',
    },
  },
  XW_ERR_TENDER_PUBLISHED: {
    status: 409,
    when: 'The tender is published: neither it, its bids nor its evaluation can change any more.',
    message: {
      'zh-CN': '采购项目“{id}”的评审报告已公布，项目及其投标和评审结果均不可再修改',
      ko: '입찰 “{id}”의 평가 보고서가 공표되어 입찰, 응찰 및 평가 결과를 더 이상 변경할 수 없습니다',
      en: 'the tender "{id}" is published: it, its bids and its evaluation can no longer be changed',
    },
  },
  XW_ERR_ID_TAKEN: {
    status: 409,
    when: 'Creating an enterprise with an id that is already registered (in any region: the answer never says which). `problems` names the field `id`.',
    message: {
      'zh-CN': '统一社会信用代码“{id}”已被登记，不能再以该代码创建企业',
      ko: '통일사회신용코드 “{id}”은(는) 이미 등록되어 있어 이 코드로 기업을 만들 수 없습니다',
      en: 'the id "{id}" is already registered: no other enterprise can be created with it',
    },
  },
  XW_ERR_CREDIT_CODE_TAKEN: {
    status: 409,
    when: 'Creating or changing an enterprise with a unified social credit code another enterprise holds (whatever the letter case; the answer never says which enterprise). `problems` names the field `credit_code`.',
    message: {
      'zh-CN': '统一社会信用代码“{code}”已登记在另一家企业名下',
      ko: '통일사회신용코드 “{code}”는 다른 기업에 이미 등록되어 있습니다',
      en: 'the unified social credit code "{code}" is registered to another enterprise',
    },
  },
  XW_ERR_ACTIVATION_REFUSED: {
    status: 400,
    when: 'An enterprise account activation was refused: the credit code and activation code do not match an open code (the same answer for an unknown credit code, a wrong, replaced or another enterprise’s code), or the code expired, or it was used already. The message says which of the three; nothing was changed. Failures count towards the sign-in limit.',
    message: {
      'zh-CN': '未能激活账户：{detail}',
      ko: '계정을 활성화하지 못했습니다: {detail}',
      en: 'the account was not activated: {detail}',
    },
  },
  XW_ERR_BAD_ENTERPRISE_CREDENTIALS: {
    status: 401,
    when: 'Enterprise sign-in failed: no activated account for this credit code, or a wrong password (the same answer for both).',
    message: {
      'zh-CN': '统一社会信用代码或密码错误（尚未激活的企业请先用激活码激活账户）',
      ko: '통일사회신용코드 또는 비밀번호가 올바르지 않습니다(활성화하지 않은 기업은 먼저 활성화 코드로 계정을 활성화하십시오)',
      en: 'wrong credit code or password (an enterprise without an account activates it first with its activation code)',
    },
  },
  XW_ERR_APPLICATION_STATE: {
    status: 409,
    when: 'An application transition from a state that does not allow it (e.g. approving before the review started, submitting twice), or the application changed meanwhile; nothing changed.',
    message: {
      'zh-CN': '{detail}',
      ko: '{detail}',
      en: '{detail}',
    },
  },
  XW_ERR_COMPLAINT_STATE: {
    status: 409,
    when: 'Replying to a complaint already replied to, rating one without a reply or rating twice; nothing changed.',
    message: {
      'zh-CN': '{detail}',
      ko: '{detail}',
      en: '{detail}',
    },
  },
  XW_ERR_CORRECTION_DECIDED: {
    status: 409,
    when: 'Accepting or rejecting a correction request that has already been accepted or rejected.',
    message: {
      'zh-CN': '该更正申请已处理，不能再次处理',
      ko: '이 정정 요청은 이미 처리되었습니다',
      en: 'this correction request has already been decided',
    },
  },
  XW_ERR_EMAIL_NOT_FAILED: {
    status: 409,
    when: 'Retrying the e-mail of a notification whose delivery has not failed (it is pending, sent or skipped).',
    message: {
      'zh-CN': '只有发送失败的邮件可以重发',
      ko: '발송에 실패한 메일만 다시 보낼 수 있습니다',
      en: 'only a failed e-mail can be sent again',
    },
  },
  XW_ERR_BULLETIN_STATE: {
    status: 409,
    when: 'Reviewing a bulletin that is not a draft, publishing one that is not reviewed, or discarding a published one (published bulletins are immutable; a correction is a new version).',
    message: {
      'zh-CN': '统计公报“{id}”当前状态为“{status}”，此操作需要状态为“{expected}”',
      ko: '통계 공보 “{id}”의 현재 상태는 “{status}”이며, 이 작업에는 “{expected}” 상태가 필요합니다',
      en: 'the bulletin "{id}" is {status}; this needs it to be {expected}',
    },
  },
  XW_ERR_BULLETIN_REVIEWER: {
    status: 409,
    when: 'Reviewing a bulletin one generated oneself: a second person reviews it (a draft of the scheduled job may be reviewed by anyone allowed).',
    message: {
      'zh-CN': '统计公报须由生成人以外的人员审核',
      ko: '통계 공보는 작성자가 아닌 다른 사람이 검토해야 합니다',
      en: 'a bulletin is reviewed by someone other than who generated it',
    },
  },
  XW_ERR_PROJECT_FROZEN: {
    status: 409,
    when: 'Changing the budget unit, year, budget, reservation or award of a procurement project that a published tender awarded (or deleting it): the award and the set-aside shares rest on them. Its name may still change.',
    message: {
      'zh-CN': '采购项目“{id}”已由公布的采购项目“{tender}”授予，其预算单位、年度、预算金额、预留类型和授予结果不可再修改',
      ko: '조달 사업 “{id}”은(는) 공표된 입찰 “{tender}”로 낙찰되어 예산 단위, 연도, 예산액, 유보 유형 및 낙찰 결과를 더 이상 변경할 수 없습니다',
      en: 'the procurement project "{id}" was awarded by the published tender "{tender}": its budget unit, year, budget, reservation and award can no longer be changed',
    },
  },
  XW_ERR_TENDER_NOT_EVALUATED: {
    status: 409,
    when: 'Publishing a tender whose current bids have not been evaluated (evaluate it first).',
    message: {
      'zh-CN': '采购项目“{id}”的当前投标尚未评审，请先评审再公布',
      ko: '입찰 “{id}”의 현재 응찰이 아직 평가되지 않았습니다. 먼저 평가한 후 공표하십시오',
      en: 'the current bids of tender "{id}" have not been evaluated: evaluate before publishing',
    },
  },
  XW_ERR_NOT_FOUND: {
    status: 404,
    when: 'No route, or no resource with this id.',
    message: {
      'zh-CN': '找不到“{what}”',
      ko: '“{what}”을(를) 찾을 수 없습니다',
      en: '"{what}" not found',
    },
  },
  XW_ERR_CONFLICT: {
    status: 409,
    when: 'The resource already exists or was changed meanwhile.',
    message: {
      'zh-CN': '冲突：{detail}',
      ko: '충돌: {detail}',
      en: 'conflict: {detail}',
    },
  },
  XW_ERR_UNAUTHENTICATED: {
    status: 401,
    when: 'The route needs a signed-in user.',
    message: {
      'zh-CN': '请先登录',
      ko: '먼저 로그인하십시오',
      en: 'please sign in first',
    },
  },
  XW_ERR_FORBIDDEN: {
    status: 403,
    when: "The user's role or region does not allow this.",
    message: {
      'zh-CN': '无权执行此操作',
      ko: '이 작업을 수행할 권한이 없습니다',
      en: 'you are not allowed to do this',
    },
  },
  XW_ERR_TOKEN_CANNOT_MINT: {
    status: 403,
    when: 'An API token asked to create an API token: tokens do not mint tokens (a token so made would outlive the revocation of the one that made it); sign in with a password to create one.',
    message: {
      'zh-CN': 'API 令牌不能创建 API 令牌：请使用用户名和密码登录后创建',
      ko: 'API 토큰으로는 API 토큰을 만들 수 없습니다: 사용자 이름과 비밀번호로 로그인한 뒤 만드십시오',
      en: 'an API token cannot create API tokens: sign in with your user name and password to create one',
    },
  },
  XW_ERR_BAD_CREDENTIALS: {
    status: 401,
    when: 'Sign-in failed: the user name or the password is wrong (the same answer whether the user exists or not), or the account is disabled.',
    message: {
      'zh-CN': '用户名或密码错误',
      ko: '사용자 이름 또는 비밀번호가 올바르지 않습니다',
      en: 'wrong user name or password',
    },
  },
  XW_ERR_CSRF: {
    status: 403,
    when: 'A state-changing request signed in by the session cookie lacks the `x-csrf-token` header, or it does not match the session (get it from the sign-in response or `GET /api/v1/auth/csrf`).',
    message: {
      'zh-CN': '缺少或无效的 CSRF 令牌（x-csrf-token），请刷新页面后重试',
      ko: 'CSRF 토큰(x-csrf-token)이 없거나 올바르지 않습니다. 페이지를 새로 고친 후 다시 시도하십시오',
      en: 'missing or invalid CSRF token (x-csrf-token); reload the page and retry',
    },
  },
  XW_ERR_RATE_LIMITED: {
    status: 429,
    when: 'Too many requests from one client; retry after the number of seconds in `Retry-After`.',
    message: {
      'zh-CN': '请求过于频繁，请 {after} 秒后重试',
      ko: '요청이 너무 많습니다. {after}초 후에 다시 시도하십시오',
      en: 'too many requests; retry in {after} s',
    },
  },
  XW_ERR_LOGIN_LIMITED: {
    status: 429,
    when: 'Too many failed sign-ins within 15 minutes — for this user name from this address, for this user name from any address, from this address, or over the whole service: sign-in is paused (even with the right password) for the seconds in `Retry-After`.',
    message: {
      'zh-CN': '登录失败次数过多，登录已暂停，请 {after} 秒后重试',
      ko: '로그인 실패가 너무 많아 로그인이 일시 중지되었습니다. {after}초 후에 다시 시도하십시오',
      en: 'too many failed sign-ins: signing in is paused; retry in {after} s',
    },
  },
  XW_ERR_NOT_READY: {
    status: 503,
    when: 'The service is starting, or its database is unavailable.',
    message: {
      'zh-CN': '服务暂不可用：{detail}',
      ko: '서비스를 일시적으로 사용할 수 없습니다: {detail}',
      en: 'the service is not available: {detail}',
    },
  },
  XW_ERR_INTERNAL: {
    status: 500,
    when: 'A bug. The response carries a request id to find the log entry.',
    message: {
      'zh-CN': '内部错误（请求编号 {id}）',
      ko: '내부 오류(요청 번호 {id})',
      en: 'internal error (request id {id})',
    },
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;

export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];
