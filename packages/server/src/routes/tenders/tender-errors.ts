import type { Labels } from '@xiaowei/engine';
import { AppError } from '../../errors/app-error.ts';

/**
 * The store's tender errors in the service's terms (recognised by their codes, as the error handler does):
 * a published tender is XW_ERR_TENDER_PUBLISHED, publishing an unevaluated one XW_ERR_TENDER_NOT_EVALUATED,
 * a rule of the evaluation (the legal range of the rate, the date, the shares) XW_ERR_TENDER_RULE, and a
 * bad value XW_ERR_VALIDATION at the API's field (`bids.1.priceFen` → `/bids/1/price`).
 */

/** Store field names → API field names, where they differ beyond camelCase → snake_case. */
const RENAMED: Readonly<Record<string, string>> = {
  tenderDate: 'date',
  priceFen: 'price',
  declaredSizeClass: 'supplier_size_class',
  largeTrademark: 'large_enterprise_trademark',
  bidId: 'id',
  budgetUnitId: 'budget_unit_id',
};

/** `bids.1.consortium.0.share` → `/bids/1/consortium/0/share`, each part in the API's words. */
export function apiPath(field: string): string {
  const parts = field.split('.').map((p, k, all) =>
    // A product's class is its manufacturer's (the policy's `manufacturer_size_class`); a member's is `size_class`.
    p === 'sizeClass' && all[k - 2] === 'products'
      ? 'manufacturer_size_class'
      : (RENAMED[p] ?? p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
  );
  return `/${parts.join('/')}`;
}

interface StoreLike {
  code?: string;
  field?: string;
  messages?: Labels;
  details?: Record<string, unknown>;
  message?: string;
}

/** Fields whose problems are rules of the evaluation, not malformed values. */
const RULE_FIELDS = /^(tenderDate|deductionRate|consortiumDeductionRate|priceWeight|bids(\..+)?\.(consortium|price|priceFen)|tender)$/;

/** The service error of a store error of the tender `id` (undefined: not a tender error; let the handler map it). */
export function tenderError(e: unknown, id: string, evaluating = false): AppError | undefined {
  const s = e as StoreLike;
  if (s?.code === 'XW_STORE_CONFLICT') {
    if (s.details?.reason === 'published') return new AppError('XW_ERR_TENDER_PUBLISHED', { id });
    if (s.details?.reason === 'not_evaluated') return new AppError('XW_ERR_TENDER_NOT_EVALUATED', { id });
    return undefined;
  }
  if (s?.code === 'XW_STORE_INVALID' && s.field !== undefined && s.messages !== undefined) {
    const path = apiPath(s.field);
    const problem = { path, field: path.slice(path.lastIndexOf('/') + 1), message: s.messages };
    if (evaluating && RULE_FIELDS.test(s.field)) return new AppError('XW_ERR_TENDER_RULE', {}, [problem]);
    return AppError.validation([problem]);
  }
  return undefined;
}

/** Runs `fn`, turning the store's tender errors into the service's. */
export async function withTenderErrors<T>(id: string, fn: () => Promise<T>, evaluating = false): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw tenderError(e, id, evaluating) ?? e;
  }
}
