/**
 * The entitlement report's figures in the address, so that a link reproduces the report: only figures
 * and codes (`period`, `industry`, amounts, yes/no answers), never a name or an identifier. Every
 * field is checked when read back; anything unreadable is left out.
 */
export interface ReportInput {
  readonly period: string;
  readonly industry: string;
  /** Only the indicators the industry's size standard uses (工信部联企业〔2011〕300号 art. 4). */
  readonly employees?: number;
  readonly revenue?: number;
  readonly total_assets?: number;
  readonly taxable_income?: number;
  /** GB/T 2260 administrative division code (six digits). */
  readonly region?: string;
  /** YYYY-MM-DD */
  readonly founded?: string;
  readonly restricted_industry?: boolean;
  readonly is_small_scale_vat_taxpayer?: boolean;
  readonly vat_sales?: number;
  readonly is_business_tax_taxpayer?: boolean;
  readonly business_tax_turnover?: number;
  readonly rents_premises?: boolean;
  readonly premises_rent?: number;
}

/** Fields of the address in order; what each holds. */
export const REPORT_FIELDS = {
  period: 'year',
  industry: 'code',
  employees: 'count',
  revenue: 'money',
  total_assets: 'money',
  taxable_income: 'money',
  region: 'region',
  founded: 'date',
  restricted_industry: 'flag',
  is_small_scale_vat_taxpayer: 'flag',
  vat_sales: 'money',
  is_business_tax_taxpayer: 'flag',
  business_tax_turnover: 'money',
  rents_premises: 'flag',
  premises_rent: 'money',
} as const satisfies Record<keyof ReportInput, string>;

const PATTERNS: Readonly<Record<(typeof REPORT_FIELDS)[keyof ReportInput], RegExp>> = {
  year: /^\d{4}$/,
  code: /^[A-Za-z0-9_]{1,40}$/,
  count: /^\d{1,9}(\.\d+)?$/,
  money: /^\d{1,15}(\.\d{1,2})?$/,
  region: /^\d{6}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  flag: /^[01]$/,
};

const REQUIRED: readonly (keyof ReportInput)[] = ['period', 'industry'];
/** The size-standard figures: the industry's standard uses two (or one) of them; the server names one missing. */
const SIZE_FIGURES: readonly (keyof ReportInput)[] = ['employees', 'revenue', 'total_assets'];

/** The report input of an address, or null when the year, the industry or every size figure is missing or unreadable. */
export function readReport(params: URLSearchParams): ReportInput | null {
  const out: Record<string, string | number | boolean> = {};
  for (const [field, kind] of Object.entries(REPORT_FIELDS) as [keyof ReportInput, (typeof REPORT_FIELDS)[keyof ReportInput]][]) {
    const raw = params.get(field)?.trim();
    if (raw === undefined || raw === '' || !PATTERNS[kind].test(raw)) continue;
    out[field] = kind === 'count' || kind === 'money' ? Number(raw) : kind === 'flag' ? raw === '1' : raw;
  }
  return REQUIRED.every((f) => out[f] !== undefined) && SIZE_FIGURES.some((f) => out[f] !== undefined)
    ? (out as unknown as ReportInput)
    : null;
}

/** The address query of a report input (fields in a fixed order; empty ones left out). */
export function writeReport(input: ReportInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of Object.keys(REPORT_FIELDS) as (keyof ReportInput)[]) {
    const v = input[field];
    if (v === undefined || v === '') continue;
    params.set(field, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return params;
}

/**
 * The record sent to POST /api/v1/entitlements: the figures as the engine's inputs. Answers that do not
 * apply are left out (no VAT sales unless a small-scale VAT taxpayer, no rent unless renting).
 */
export function reportRecord(input: ReportInput): Record<string, string | number | boolean> {
  const { period: _period, ...rest } = input;
  const record: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) record[k] = v;
  if (!input.is_small_scale_vat_taxpayer) delete record.vat_sales;
  if (!input.is_business_tax_taxpayer) delete record.business_tax_turnover;
  if (!input.rents_premises) delete record.premises_rent;
  return record;
}
