/**
 * The deadlines of the request side (issue 14) as sources of the daily "deadline approaching" scan
 * (notifications/deadlines.ts): an application awaiting review is due to the officers of its region by its
 * review deadline; an open complaint is due to the responsible department of its region (and its officers)
 * by its reply deadline. Working days are counted on the Chinese calendar, as the deadlines were set.
 */
import { measureTitle, workingDaysBetween } from '@xiaowei/app';
import { readerOf, type StoreContext } from '../context.ts';
import { type DeadlineItem, registerDeadlineSource } from '../notifications/deadlines.ts';
import type { Department } from '../repositories/users.ts';

/** The states in which an application waits for the reviewer (not for the enterprise). */
const AWAITING_REVIEW = ['submitted', 'under_review', 'resubmitted'] as const;

/** Applications awaiting review with a deadline, as of `today` (an ISO date). */
export async function applicationDeadlines(ctx: StoreContext, today: string): Promise<DeadlineItem[]> {
  const rows = await readerOf(ctx)
    .selectFrom('applications')
    .select(['id', 'region_code', 'measure', 'due_date'])
    .where('status', 'in', [...AWAITING_REVIEW])
    .where('due_date', 'is not', null)
    .execute();
  return rows.map((r) => ({
    entityType: 'application',
    entityId: r.id,
    // Stored params are plain text: the measure's catalogue title in Chinese with its item number, as the
    // application notices name it.
    subject: `${r.measure} ${measureTitle(r.measure)?.['zh-CN'] ?? ''}`.trim(),
    due: r.due_date as string,
    workingDaysLeft: workingDaysBetween(today, r.due_date as string),
    recipients: { regionCode: r.region_code, roles: ['officer'] },
  }));
}

/** Open complaints with their reply deadline, as of `today`. */
export async function complaintDeadlines(ctx: StoreContext, today: string): Promise<DeadlineItem[]> {
  const rows = await readerOf(ctx)
    .selectFrom('complaints')
    .select(['id', 'region_code', 'department', 'respondent', 'due_date'])
    .where('status', '=', 'open')
    .execute();
  return rows.map((r) => ({
    entityType: 'complaint',
    entityId: r.id,
    subject: r.respondent,
    due: r.due_date,
    workingDaysLeft: workingDaysBetween(today, r.due_date),
    recipients: { regionCode: r.region_code, department: r.department as Department, roles: ['officer'] },
  }));
}

/** Registers both sources with the scan (the service does it at start). */
export function registerRequestDeadlines(): void {
  registerDeadlineSource('applications', applicationDeadlines);
  registerDeadlineSource('complaints', complaintDeadlines);
}
