/**
 * Who may do what with budget units, projects and set-aside reports (item 05), and the store's field
 * names in the API's terms. The data scope itself is applied by the store in SQL: a procurement user's
 * `{ budgetUnitId }` reaches its own unit only, an officer's `{ regionPrefix }` the units of the region.
 */
import type { Role } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';

/** Read units, their years, projects and set-aside status: the unit's own staff, officers, analysts, admins. */
export const UNIT_READERS: readonly Role[] = ['procurement', 'officer', 'analyst', 'admin'];
/** Record budgets, projects and awards: the unit's staff, officers of its region, admins (analysts read only). */
export const UNIT_WRITERS: readonly Role[] = ['procurement', 'officer', 'admin'];
/** Create or change budget units themselves: officers of the region and admins. */
export const UNIT_ADMINS: readonly Role[] = ['officer', 'admin'];
/** Record why a unit stays below the line: the unit itself (and admins). */
export const REASON_WRITERS: readonly Role[] = ['procurement', 'admin'];
/** Read regional reports and published versions: officers, analysts, admins. */
export const REPORT_READERS: readonly Role[] = ['officer', 'analyst', 'admin'];
/** Publish a region's yearly report: officers of the region and admins. */
export const REPORT_PUBLISHERS: readonly Role[] = ['officer', 'admin'];

/** Store fields (camelCase, money in fen) → API fields (snake_case, money in yuan). */
const API_FIELDS: Readonly<Record<string, string>> = {
  regionCode: 'region_code',
  regionPrefix: 'region',
  procurementBudgetFen: 'procurement_budget',
  budgetFen: 'budget',
  reservedFor: 'reserved_for',
  award: 'award',
  supplierId: 'supplier_id',
  supplierName: 'supplier_name',
  sizeClass: 'size_class',
  amountFen: 'amount',
};

interface StoreValidation {
  code?: string;
  field?: string;
  messages?: Record<string, string>;
}

/**
 * Runs a store call, turning its validation errors into XW_ERR_VALIDATION with the API's field names
 * (`award.amount`, `procurement_budget`), in every language; other errors pass unchanged.
 */
export async function withApiFields<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const err = e as StoreValidation;
    if (err?.code === 'XW_STORE_INVALID' && typeof err.field === 'string' && err.messages) {
      const field = err.field
        .split('.')
        .filter((part) => part !== 'filter')
        .map((part) => API_FIELDS[part] ?? part)
        .join('.');
      throw AppError.validation([
        { path: `/${field.replace(/\./g, '/')}`, field, message: err.messages as { 'zh-CN': string; ko: string; en: string } },
      ]);
    }
    throw e;
  }
}
