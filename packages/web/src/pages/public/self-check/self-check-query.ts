/**
 * The self-check's figures in the address (`?industry=C33&employees=50&revenue=5000000&total_assets=…&period=2024`):
 * reloading or sharing the page shows the same result. Only figures: no name, no identifier.
 */
export interface SelfCheckInput {
  readonly period: string;
  readonly industry: string;
  readonly employees: number;
  readonly revenue: number;
  readonly total_assets: number;
}

const NUMBER = /^\d+(\.\d{1,2})?$/;

/** The input in `params`, or null when a figure is missing or not a number. */
export function readSelfCheck(params: URLSearchParams, defaultPeriod: string): SelfCheckInput | null {
  const industry = params.get('industry')?.trim();
  const figures = (['employees', 'revenue', 'total_assets'] as const).map((k) => params.get(k) ?? '');
  if (!industry || figures.some((f) => !NUMBER.test(f))) return null;
  const [employees, revenue, total_assets] = figures.map(Number);
  const period = params.get('period');
  return { period: period && /^\d{4}$/.test(period) ? period : defaultPeriod, industry, employees, revenue, total_assets };
}

export function writeSelfCheck(input: SelfCheckInput): URLSearchParams {
  return new URLSearchParams({
    period: input.period,
    industry: input.industry,
    employees: String(input.employees),
    revenue: String(input.revenue),
    total_assets: String(input.total_assets),
  });
}
