/**
 * The background e-mail sender (issue 14 §3: "sending never blocks the request; failures retry in the
 * background"). Requests only write notification rows (the outbox); this loop, every few seconds, takes the
 * rows due, claims each, and sends it in the recipient's language — or records why not (no address, the event
 * not wanted by e-mail, e-mail off). A failure is retried after a growing delay; after the retry limit the
 * row is `failed` and shown to the administrator, who can put it back in the queue.
 */
import { LANGS, type Lang } from '@xiaowei/engine';
import type { OutgoingEmail, Store } from '@xiaowei/store';
import type { Transporter } from 'nodemailer';

export interface EmailSenderOptions {
  /** null: e-mail is off, due rows are marked skipped. */
  readonly transport: Transporter | null;
  readonly from: string;
  /** The platform's address, written under each e-mail. */
  readonly publicUrl?: string | null;
  /** Attempts in all before a row is `failed` (default 5). */
  readonly retryLimit?: number;
  /** Delay before attempt `n + 1` after `n` failed attempts (default 1, 5, 30, 120 minutes). */
  readonly backoffMs?: (failedAttempts: number) => number;
  readonly intervalMs?: number;
  readonly batch?: number;
  /** How long a claimed row is held by this sender before another may take it (a crash mid-send). */
  readonly leaseMs?: number;
  readonly log?: (message: string) => void;
}

const BACKOFF_MINUTES = [1, 5, 30, 120];
export const defaultBackoffMs = (n: number) => (BACKOFF_MINUTES[Math.min(n, BACKOFF_MINUTES.length) - 1] ?? 1) * 60_000;

const FOOTER: Record<Lang, string> = {
  'zh-CN': '此邮件由小微企业扶持政策平台自动发送，请勿直接回复。可在平台“通知设置”中选择接收哪些邮件。',
  ko: '이 메일은 소형·영세기업 지원 정책 플랫폼에서 자동으로 발송되었습니다. 회신하지 마십시오. 플랫폼의 「알림 설정」에서 받을 메일을 선택할 수 있습니다.',
  en: 'Sent automatically by the small and micro enterprise support platform; do not reply. Choose which e-mails you receive under "Notification settings".',
};

export interface SendRound {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/** The language of a user's e-mail: their locale when the platform has it, else Chinese. */
function langOf(locale: string): Lang {
  return (LANGS as readonly string[]).includes(locale) ? (locale as Lang) : 'zh-CN';
}

export class EmailSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SendRound> | undefined;
  private readonly retryLimit: number;
  private readonly backoffMs: (n: number) => number;

  constructor(
    private readonly store: Store,
    private readonly options: EmailSenderOptions,
  ) {
    this.retryLimit = options.retryLimit ?? 5;
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
  }

  /** One pass over the rows due now; a pass already running is joined, not doubled. */
  runOnce(now = new Date()): Promise<SendRound> {
    if (this.running === undefined)
      this.running = this.pass(now).finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async pass(now: Date): Promise<SendRound> {
    const round: SendRound = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const outbox = this.store.notifications.outbox;
    const due = await outbox.due(now, this.options.batch ?? 50);
    for (const item of due) {
      const n = item.notification;
      if (!(await outbox.claim(n.id, n.emailNextAttemptAt, new Date(now.getTime() + (this.options.leaseMs ?? 120_000))))) continue;
      const why = this.transport === null ? 'e-mail off' : item.email === null ? 'no address' : item.wanted ? null : 'not wanted';
      if (why !== null || this.transport === null) {
        await outbox.markSkipped(n.id, why ?? 'e-mail off');
        round.skipped++;
        continue;
      }
      try {
        await this.transport.sendMail(this.message(item));
        await outbox.markSent(n.id, new Date());
        round.sent++;
      } catch (e) {
        const attempts = n.emailAttempts + 1;
        const error = e instanceof Error ? e.message : String(e);
        const retryAt = attempts >= this.retryLimit ? null : new Date(now.getTime() + this.backoffMs(attempts));
        await outbox.markFailed(n.id, error, retryAt);
        if (retryAt === null) round.failed++;
        else round.retried++;
        this.options.log?.(`e-mail of notification ${n.id} failed (attempt ${attempts}): ${error}`);
      }
    }
    return round;
  }

  private get transport(): Transporter | null {
    return this.options.transport;
  }

  /** The e-mail of a notification, in the recipient's language. */
  message(item: OutgoingEmail): { from: string; to: string; subject: string; text: string } {
    const lang = langOf(item.locale);
    const n = item.notification;
    const link = this.options.publicUrl ? `\n${this.options.publicUrl.replace(/\/$/, '')}/notifications` : '';
    return {
      from: this.options.from,
      to: item.email as string,
      subject: n.title[lang],
      text: `${n.body[lang]}\n\n--\n${FOOTER[lang]}${link}\n`,
    };
  }

  /** Runs a pass every `intervalMs` (default 5 s) in the background; the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((e) => this.options.log?.(`e-mail sender: ${e instanceof Error ? e.message : String(e)}`));
    }, this.options.intervalMs ?? 5000);
    this.timer.unref();
  }

  /** Stops the loop and waits for a pass in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
