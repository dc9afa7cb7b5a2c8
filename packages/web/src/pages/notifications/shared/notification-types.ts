/** The inbox and delivery rows of `/api/v1/notifications` (issue 14 §3). */
export type EmailState = 'pending' | 'sent' | 'failed' | 'skipped';

export interface InboxItem {
  readonly id: string;
  readonly event: string;
  readonly entity_type: string;
  readonly entity_id: string | null;
  readonly title: string;
  readonly body: string;
  readonly created_at: string;
  readonly read_at: string | null;
  readonly email_state: EmailState;
}

export interface InboxPage {
  readonly items: InboxItem[];
  readonly unread: number;
  readonly next_cursor: string | null;
}

export interface Delivery extends InboxItem {
  readonly username: string;
  readonly email: string | null;
  readonly email_attempts: number;
  readonly email_last_error: string | null;
}

export interface NotificationSettings {
  readonly user_id: string;
  readonly email: string | null;
  readonly email_events: Readonly<Record<string, boolean>>;
  readonly email_enabled: boolean;
}

/** Tells the bell to look again (after marking read), without waiting for its next poll. */
export const UNREAD_CHANGED = 'xw-unread-changed';
export const announceUnreadChanged = () => window.dispatchEvent(new Event(UNREAD_CHANGED));
