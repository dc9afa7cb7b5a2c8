import { formatMoneyGrouped } from '@xiaowei/engine';
import { type FormulaContext, vector } from '../../../model-api.ts';
import { failWhere } from '../fail-where.ts';

const { and, eq, gt, gte, lt, not, or, where } = vector;

/** Parameter node of the individual thresholds (财政部令第65号). */
export const INDIVIDUAL_THRESHOLD = 'tax.vat_business_tax.individual_threshold';

/**
 * The five thresholds of 财政部令第65号: the parameter key (under `range` and `by_province.<code>`), the
 * input giving the province's figure where none is encoded, and a name for messages.
 */
export const THRESHOLDS = {
  vat_goods_monthly: { local: 'individual_local_vat_goods_threshold', what: 'VAT threshold on sales of goods (monthly sales)' },
  vat_services_monthly: { local: 'individual_local_vat_services_threshold', what: 'VAT threshold on taxable services (monthly sales)' },
  vat_per_transaction: { local: 'individual_local_vat_per_transaction_threshold', what: 'VAT threshold per transaction or day' },
  business_tax_monthly: { local: 'individual_local_business_tax_threshold', what: 'business-tax threshold (monthly turnover)' },
  business_tax_per_transaction: {
    local: 'individual_local_business_tax_per_transaction_threshold',
    what: 'business-tax threshold per transaction or day',
  },
} as const;
export type ThresholdKind = keyof typeof THRESHOLDS;

/** The province of a GB/T 2260 code: its first two digits followed by 0000 (370202 → 370000); '' for none. */
export function provinceOf(region: string): string {
  return /^\d{6}$/.test(region) ? `${region.slice(0, 2)}0000` : '';
}

const yuan = (fen: number): string => formatMoneyGrouped(fen);

interface Resolved {
  /** The threshold in fen; -1 where the province has no encoded figure and none was given. */
  readonly value: Float64Array;
  readonly min: number;
  readonly max: number;
  readonly regions: readonly string[];
  readonly provinces: readonly string[];
}

/**
 * Each individual's threshold: the figure encoded for the province, else the one given in the input
 * (0 = not given: a real figure is at least the national minimum). A given figure outside the national
 * range, or different from the encoded one, is an error: a province can only choose inside the range
 * (财政部令第65号), and two figures for one province cannot both be right.
 */
export function resolveThreshold(ctx: FormulaContext, kind: ThresholdKind): Resolved {
  const { local } = THRESHOLDS[kind];
  const regions = ctx.string('individual_region');
  const provinces = regions.map(provinceOf);
  const min = ctx.param(`${INDIVIDUAL_THRESHOLD}.range.${kind}.min`);
  const max = ctx.param(`${INDIVIDUAL_THRESHOLD}.range.${kind}.max`);
  const encoded = ctx.paramByString(`${INDIVIDUAL_THRESHOLD}.by_province`, kind, provinces, -1);
  const given = ctx.number(local);
  const isGiven = gt(given, 0);
  failWhere(
    ctx,
    and(isGiven, or(lt(given, min), gt(given, max))),
    (row) => `${local} ${yuan(given[row])} is outside the national range ${yuan(min)}–${yuan(max)} yuan (财政部令第65号)`,
  );
  failWhere(
    ctx,
    and(isGiven, gte(encoded, 0), not(eq(given, encoded))),
    (row) => `${local} ${yuan(given[row])} differs from the figure encoded for province ${provinces[row]}, ${yuan(encoded[row])} yuan`,
  );
  return { value: where(gte(encoded, 0), encoded, where(isGiven, given, -1)), min, max, regions, provinces };
}

function missingMessage(kind: ThresholdKind, t: Resolved, row: number): string {
  const { local, what } = THRESHOLDS[kind];
  const who =
    t.provinces[row] === '' ? 'no individual_region (GB/T 2260 code) is given' : `province ${t.provinces[row]} (region ${t.regions[row]})`;
  return `${who}: no ${what} is encoded for it; give ${local}, the province's figure (within ${yuan(t.min)}–${yuan(t.max)} yuan, 财政部令第65号)`;
}

/** The threshold, or an error naming the province where it is neither encoded nor given. */
export function requireThreshold(ctx: FormulaContext, kind: ThresholdKind): Float64Array {
  const t = resolveThreshold(ctx, kind);
  failWhere(ctx, lt(t.value, 0), (row) => missingMessage(kind, t, row));
  return t.value;
}

/**
 * Whether `amount` stays below the threshold (未达到起征点: exempt; reaching it, the whole amount is
 * taxed — a cliff). Where the province's figure is unknown the answer is still certain outside the
 * national range — below its minimum every province exempts, at or above its maximum none does — and
 * is an error only inside it, where it depends on the figure nobody gave.
 */
export function belowThreshold(ctx: FormulaContext, kind: ThresholdKind, amount: Float64Array, amountId: string): Uint8Array {
  const t = resolveThreshold(ctx, kind);
  const unknown = lt(t.value, 0);
  failWhere(
    ctx,
    and(unknown, gte(amount, t.min), lt(amount, t.max)),
    (row) =>
      `${amountId} ${yuan(amount[row])} lies inside the national range, so the answer depends on the province's figure — ${missingMessage(kind, t, row)}`,
  );
  return vector.whereU8(unknown, lt(amount, t.min), lt(amount, t.value));
}
