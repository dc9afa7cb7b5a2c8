/**
 * "Deadline approaching" (issue 14 §3): a daily scan asks every registered deadline source for its open items
 * with a deadline, and notifies the recipients of each item due within `withinWorkingDays` working days
 * (0 = due today). Counting working days on the Chinese calendar (holidays and make-up workdays) is the source's
 * — the module that owns the deadline (applications, complaints) knows its calendar and its items; this file
 * only collects, filters and notifies, once per item and due date (a later daily scan does not repeat it; a
 * moved deadline is notified again).
 */
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { fromJson } from '../values.ts';
import { notify, type Recipients } from './notify.ts';

export interface DeadlineItem {
  readonly entityType: string;
  readonly entityId: string;
  /** What is due, as the recipients know it (an application's programme, a complaint's subject). */
  readonly subject: string;
  /** The deadline, an ISO date. */
  readonly due: string;
  /** Working days from the scan's day to the deadline (0: due that day; negative: overdue). */
  readonly workingDaysLeft: number;
  readonly recipients: Recipients;
}

/** Lists open items with deadlines as of `today` (an ISO date). */
export type DeadlineSource = (ctx: StoreContext, today: string) => Promise<readonly DeadlineItem[]>;

const SOURCES = new Map<string, DeadlineSource>();

/**
 * Registers a source under `name` (a second registration of the name replaces the first); returns the unregister.
 * @example registerDeadlineSource('applications', async (ctx, today) => openApplicationsWithDeadlines(ctx, today))
 */
export function registerDeadlineSource(name: string, source: DeadlineSource): () => void {
  SOURCES.set(name, source);
  return () => {
    if (SOURCES.get(name) === source) SOURCES.delete(name);
  };
}

export function deadlineSourceNames(): string[] {
  return [...SOURCES.keys()].sort();
}

export interface DeadlineScanResult {
  /** Items within the window. */
  readonly approaching: number;
  /** Of those, notified now (the others were notified before for the same due date). */
  readonly notified: number;
}

/** Runs every source and notifies items due within `withinWorkingDays` working days (each item once per due date). */
export async function scanDeadlines(ctx: StoreContext, today: string, withinWorkingDays: number): Promise<DeadlineScanResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError(`a scan day is an ISO date, not '${today}'`);
  if (!Number.isInteger(withinWorkingDays) || withinWorkingDays < 0) throw new TypeError('the window is a whole number of working days');
  let approaching = 0;
  let notified = 0;
  for (const name of deadlineSourceNames()) {
    const source = SOURCES.get(name);
    if (!source) continue;
    const items = (await source(ctx, today)).filter((i) => i.workingDaysLeft >= 0 && i.workingDaysLeft <= withinWorkingDays);
    approaching += items.length;
    for (const item of items) {
      if (await alreadyNotified(ctx, item)) continue;
      await inTransaction(ctx, (tx) =>
        notify(tx, {
          event: 'deadline.approaching',
          recipients: item.recipients,
          entityType: item.entityType,
          entityId: item.entityId,
          params: { subject: item.subject, due: item.due, days: item.workingDaysLeft },
        }),
      );
      notified++;
    }
  }
  return { approaching, notified };
}

async function alreadyNotified(ctx: StoreContext, item: DeadlineItem): Promise<boolean> {
  const rows = await readerOf(ctx)
    .selectFrom('notifications')
    .select('params')
    .where('event', '=', 'deadline.approaching')
    .where('entity_type', '=', item.entityType)
    .where('entity_id', '=', item.entityId)
    .execute();
  return rows.some((r) => fromJson<{ due?: string }>(r.params).due === item.due);
}
