/**
 * The events a user can be notified of (issue 14 §3: new offer, request for information, decision, payment,
 * deadline approaching, reply to a complaint; plus what officers receive: a new complaint, an objection), each
 * with the values it carries and its title and body in the three languages. Values are the caller's: names as
 * recorded, amounts already formatted as yuan text (never a float), dates as ISO. A template is rendered when
 * it is read — in the reader's language, the inbox's and the e-mail's — so nothing language-bound is stored.
 */
import type { Labels } from '@xiaowei/engine';
import { correctionFieldLabel, isCorrectionField } from '../accounts/correction-fields.ts';

/** The values each event carries (kept in `notifications.params`). */
export interface NotificationParams {
  /** A programme offers the enterprise support it is eligible for (a proactive offer). */
  'offer.new': { programme: string; amount: string };
  'offer.withdrawn': { programme: string; reason: string };
  /** The reviewer asks the applicant for more information or attachments. */
  'application.info_requested': { programme: string; reason: string };
  'application.decided': { programme: string; decision: 'approved' | 'rejected'; reason: string };
  'payment.paid': { programme: string; amount: string };
  'payment.failed': { programme: string; amount: string; reason: string };
  /** An item's deadline (counted in working days) is near: `due` an ISO date, `days` working days left. */
  'deadline.approaching': { subject: string; due: string; days: number };
  'complaint.replied': { subject: string };
  /** To the responsible department / officers of the region. */
  'complaint.new': { subject: string; enterprise: string };
  'objection.filed': { subject: string; enterprise: string };
  /** An officer decided an enterprise's correction request (issue 13 §1). */
  /** `field` a correction field code (its name is shown in the reader's language), `value` the proposed value. */
  'correction.decided': { field: string; year: number | null; value: string; decision: 'accepted' | 'rejected'; reason: string | null };
}

export type NotificationEvent = keyof NotificationParams;

interface Template<E extends NotificationEvent> {
  readonly title: (p: NotificationParams[E]) => Labels;
  readonly body: (p: NotificationParams[E]) => Labels;
}

const or = (value: string | null, none: Labels): Labels =>
  value === null || value.trim() === '' ? none : { 'zh-CN': value, ko: value, en: value };
/** A correction field's name; a code no longer known shows as itself. */
const fieldLabel = (field: string): Labels =>
  isCorrectionField(field) ? correctionFieldLabel(field) : { 'zh-CN': field, ko: field, en: field };
const NO_REASON: Labels = { 'zh-CN': '（未说明）', ko: '(없음)', en: '(none given)' };

export const NOTIFICATION_EVENTS: { readonly [E in NotificationEvent]: Template<E> } = {
  'offer.new': {
    title: (p) => ({ 'zh-CN': `新的扶持要约：${p.programme}`, ko: `새 지원 제안: ${p.programme}`, en: `New offer: ${p.programme}` }),
    body: (p) => ({
      'zh-CN': `根据登记数据，贵企业符合“${p.programme}”的条件，金额 ${p.amount} 元。请登录平台查看并确认。`,
      ko: `등록 자료에 따르면 귀사는 「${p.programme}」의 요건을 충족하며 금액은 ${p.amount}위안입니다. 플랫폼에 로그인하여 확인하십시오.`,
      en: `According to the registry, your enterprise qualifies for "${p.programme}", amount ${p.amount} yuan. Sign in to review and accept it.`,
    }),
  },
  'offer.withdrawn': {
    title: (p) => ({ 'zh-CN': `要约已撤回：${p.programme}`, ko: `제안 철회: ${p.programme}`, en: `Offer withdrawn: ${p.programme}` }),
    body: (p) => ({
      'zh-CN': `“${p.programme}”的要约已撤回。原因：${p.reason}`,
      ko: `「${p.programme}」 제안이 철회되었습니다. 사유: ${p.reason}`,
      en: `The offer of "${p.programme}" was withdrawn. Reason: ${p.reason}`,
    }),
  },
  'application.info_requested': {
    title: (p) => ({
      'zh-CN': `需补充材料：${p.programme}`,
      ko: `추가 자료 요청: ${p.programme}`,
      en: `More information requested: ${p.programme}`,
    }),
    body: (p) => ({
      'zh-CN': `审核人员要求补充“${p.programme}”申请的材料：${p.reason}`,
      ko: `심사자가 「${p.programme}」 신청에 대한 추가 자료를 요청했습니다: ${p.reason}`,
      en: `The reviewer asks for more information on your application for "${p.programme}": ${p.reason}`,
    }),
  },
  'application.decided': {
    title: (p) =>
      p.decision === 'approved'
        ? { 'zh-CN': `申请已批准：${p.programme}`, ko: `신청 승인: ${p.programme}`, en: `Application approved: ${p.programme}` }
        : { 'zh-CN': `申请未获批准：${p.programme}`, ko: `신청 거절: ${p.programme}`, en: `Application rejected: ${p.programme}` },
    body: (p) =>
      p.decision === 'approved'
        ? {
            'zh-CN': `您对“${p.programme}”的申请已批准。理由：${p.reason}`,
            ko: `「${p.programme}」 신청이 승인되었습니다. 사유: ${p.reason}`,
            en: `Your application for "${p.programme}" was approved. Reason: ${p.reason}`,
          }
        : {
            'zh-CN': `您对“${p.programme}”的申请未获批准。理由：${p.reason}`,
            ko: `「${p.programme}」 신청이 거절되었습니다. 사유: ${p.reason}`,
            en: `Your application for "${p.programme}" was rejected. Reason: ${p.reason}`,
          },
  },
  'payment.paid': {
    title: (p) => ({ 'zh-CN': `款项已支付：${p.programme}`, ko: `지급 완료: ${p.programme}`, en: `Payment made: ${p.programme}` }),
    body: (p) => ({
      'zh-CN': `“${p.programme}”的款项 ${p.amount} 元已支付。`,
      ko: `「${p.programme}」 ${p.amount}위안이 지급되었습니다.`,
      en: `The payment of ${p.amount} yuan for "${p.programme}" was made.`,
    }),
  },
  'payment.failed': {
    title: (p) => ({ 'zh-CN': `支付失败：${p.programme}`, ko: `지급 실패: ${p.programme}`, en: `Payment failed: ${p.programme}` }),
    body: (p) => ({
      'zh-CN': `“${p.programme}”的款项 ${p.amount} 元支付失败：${p.reason}。请核对收款账户。`,
      ko: `「${p.programme}」 ${p.amount}위안 지급에 실패했습니다: ${p.reason}. 수취 계좌를 확인하십시오.`,
      en: `The payment of ${p.amount} yuan for "${p.programme}" failed: ${p.reason}. Check the receiving account.`,
    }),
  },
  'deadline.approaching': {
    title: (p) => ({ 'zh-CN': `期限临近：${p.subject}`, ko: `기한 임박: ${p.subject}`, en: `Deadline approaching: ${p.subject}` }),
    body: (p) => ({
      'zh-CN': `“${p.subject}”的期限为 ${p.due}，还剩 ${p.days} 个工作日。`,
      ko: `「${p.subject}」의 기한은 ${p.due}이며 근무일 ${p.days}일 남았습니다.`,
      en: `"${p.subject}" is due on ${p.due}: ${p.days} working day(s) left.`,
    }),
  },
  'complaint.replied': {
    title: (p) => ({ 'zh-CN': `投诉已答复：${p.subject}`, ko: `민원 답변: ${p.subject}`, en: `Complaint answered: ${p.subject}` }),
    body: (p) => ({
      'zh-CN': `您的投诉“${p.subject}”已有答复，请登录平台查看并评价。`,
      ko: `민원 「${p.subject}」에 답변이 등록되었습니다. 로그인하여 확인하고 평가하십시오.`,
      en: `Your complaint "${p.subject}" has been answered. Sign in to read the reply and rate it.`,
    }),
  },
  'complaint.new': {
    title: (p) => ({ 'zh-CN': `新投诉：${p.subject}`, ko: `새 민원: ${p.subject}`, en: `New complaint: ${p.subject}` }),
    body: (p) => ({
      'zh-CN': `${p.enterprise} 提交了投诉“${p.subject}”，请在期限内答复。`,
      ko: `${p.enterprise}이(가) 민원 「${p.subject}」을 제출했습니다. 기한 내에 답변하십시오.`,
      en: `${p.enterprise} filed the complaint "${p.subject}": reply within the deadline.`,
    }),
  },
  'objection.filed': {
    title: (p) => ({ 'zh-CN': `新异议：${p.subject}`, ko: `새 이의 신청: ${p.subject}`, en: `Objection filed: ${p.subject}` }),
    body: (p) => ({
      'zh-CN': `${p.enterprise} 对“${p.subject}”提出了异议，请审核。`,
      ko: `${p.enterprise}이(가) 「${p.subject}」에 이의를 제기했습니다. 검토하십시오.`,
      en: `${p.enterprise} objected to "${p.subject}": please review it.`,
    }),
  },
  'correction.decided': {
    title: (p) => {
      const f = fieldLabel(p.field);
      return p.decision === 'accepted'
        ? { 'zh-CN': `更正申请已接受：${f['zh-CN']}`, ko: `정정 요청 수락: ${f.ko}`, en: `Correction accepted: ${f.en}` }
        : { 'zh-CN': `更正申请被驳回：${f['zh-CN']}`, ko: `정정 요청 거절: ${f.ko}`, en: `Correction rejected: ${f.en}` };
    },
    body: (p) => {
      const f = fieldLabel(p.field);
      const why = or(p.reason, NO_REASON);
      const year = (lang: 'zh' | 'ko' | 'en') =>
        p.year === null ? '' : lang === 'zh' ? `（${p.year} 年）` : lang === 'ko' ? `(${p.year}년)` : ` (${p.year})`;
      return p.decision === 'accepted'
        ? {
            'zh-CN': `您对“${f['zh-CN']}”${year('zh')}的更正申请已被接受，登记数据已更新为 ${p.value}。说明：${why['zh-CN']}`,
            ko: `「${f.ko}」${year('ko')} 정정 요청이 수락되어 등록 자료가 ${p.value}(으)로 갱신되었습니다. 메모: ${why.ko}`,
            en: `Your correction of "${f.en}"${year('en')} was accepted: the registry now reads ${p.value}. Note: ${why.en}`,
          }
        : {
            'zh-CN': `您对“${f['zh-CN']}”${year('zh')}的更正申请被驳回。理由：${why['zh-CN']}`,
            ko: `「${f.ko}」${year('ko')} 정정 요청이 거절되었습니다. 사유: ${why.ko}`,
            en: `Your correction of "${f.en}"${year('en')} was rejected. Reason: ${why.en}`,
          };
    },
  },
};

export const NOTIFICATION_EVENT_CODES = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_EVENTS, value);
}

/** Title and body of an event with its stored values, in the three languages. */
export function renderNotification(event: NotificationEvent, params: unknown): { title: Labels; body: Labels } {
  const t = NOTIFICATION_EVENTS[event] as Template<NotificationEvent>;
  const p = params as NotificationParams[NotificationEvent];
  return { title: t.title(p as never), body: t.body(p as never) };
}
