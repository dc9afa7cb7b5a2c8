/**
 * E-mail settings from the environment (issue 14 §3). Either XW_SMTP_URL (`smtp://user:pass@host:587`,
 * `smtps://…:465`) or XW_SMTP_HOST with XW_SMTP_PORT (default 587), XW_SMTP_USER, XW_SMTP_PASS and
 * XW_SMTP_SECURE=1 (TLS from the start, port 465); XW_MAIL_FROM is the sender (`小微平台 <noreply@example.cn>`).
 * Neither URL nor host: e-mail is off and notifications reach the inbox only (each row's e-mail is `skipped`).
 * XW_PUBLIC_URL, when set, is the platform's address written under each e-mail.
 */
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailConfig {
  /** What nodemailer's createTransport takes: the URL, or host/port/secure/auth. */
  readonly transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  readonly from: string;
  readonly publicUrl: string | null;
}

/** The e-mail settings, or null when e-mail is off. Throws on a half-given configuration (better than silence). */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const url = env.XW_SMTP_URL?.trim();
  const host = env.XW_SMTP_HOST?.trim();
  if (!url && !host) return null;
  const from = env.XW_MAIL_FROM?.trim();
  if (!from) throw new Error('XW_MAIL_FROM is needed when XW_SMTP_URL or XW_SMTP_HOST is set');
  const publicUrl = env.XW_PUBLIC_URL?.trim() || null;
  if (url) {
    if (!/^smtps?:\/\//.test(url)) throw new Error('XW_SMTP_URL must start with smtp:// or smtps://');
    return { transport: url, from, publicUrl };
  }
  const port = Number(env.XW_SMTP_PORT ?? 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('XW_SMTP_PORT must be a port number');
  const user = env.XW_SMTP_USER?.trim();
  return {
    transport: {
      host: host as string,
      port,
      secure: env.XW_SMTP_SECURE === '1',
      ...(user ? { auth: { user, pass: env.XW_SMTP_PASS ?? '' } } : {}),
    },
    from,
    publicUrl,
  };
}

export function createMailTransport(config: MailConfig): Transporter {
  return nodemailer.createTransport(config.transport);
}
