import type { AddressInfo } from 'node:net';
import { EmailSender } from '@xiaowei/server';
import type { Store } from '@xiaowei/store';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface MailCatcher {
  readonly received: readonly ReceivedMail[];
  /** The first mail that passes `match` (waiting up to `ms` for the background sender), or undefined. */
  waitFor(match: (mail: ReceivedMail) => boolean, ms?: number): Promise<ReceivedMail | undefined>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback and the service's e-mail sender delivering `store`'s notices to it, as main.ts
 * runs it (polling often for a test): what a browser test's actions send arrives here, parsed.
 */
export async function startMailCatcher(store: Store): Promise<MailCatcher> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          received.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  const sender = new EmailSender(store, {
    transport: nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
    from: 'Xiaowei <noreply@xiaowei.test>',
    intervalMs: 300,
  });
  sender.start();
  return {
    received,
    async waitFor(match, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!received.some(match) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      return received.find(match);
    },
    async close() {
      await sender.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
