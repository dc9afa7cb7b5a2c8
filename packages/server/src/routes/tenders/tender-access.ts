import type { Role } from '../../context/scope.ts';

/**
 * Who may use the tender routes (issue 6, item 05): a budget unit's procurement staff read and change the
 * tenders of their own unit; officers read those of the units in their region; analysts and administrators
 * read all. The unit or region itself is applied by the store in its SQL (a tender outside it is 404).
 */
export const TENDER_READERS: readonly Role[] = ['procurement', 'officer', 'analyst', 'admin'];
export const TENDER_WRITERS: readonly Role[] = ['procurement'];
