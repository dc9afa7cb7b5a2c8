/**
 * The self-check's figures in the address (`?industry=C33&employees=50&revenue=5000000&total_assets=…&period=2024`):
 * reloading or sharing the page shows the same result. Only figures: no name, no identifier.
 */
export interface SelfCheckInput {
  readonly period: string;
  readonly industry: string;
  /** Only the indicators the industry's standard uses are asked for (工信部联企业〔2011〕300号 art. 4). */
  readonly employees?: number;
  readonly revenue?: number;
  readonly total_assets?: number;
}

const FIGURES = ['employees', 'revenue', 'total_assets'] as const;

const NUMBER = /^\d+(\.\d{1,2})?$/;
/** A head count: the annual average may be fractional, with any decimals (财税〔2009〕69号 art. 7). */
const COUNT = /^\d{1,9}(\.\d+)?$/;

/**
 * The input in `params`, or null when there is no industry, no figure, or a figure that is not a number.
 * Which figures the industry needs is the server's to say (it names a missing one).
 */
export function readSelfCheck(params: URLSearchParams, defaultPeriod: string): SelfCheckInput | null {
  const industry = params.get('industry')?.trim();
  if (!industry) return null;
  const figures: Partial<Record<(typeof FIGURES)[number], number>> = {};
  for (const k of FIGURES) {
    const raw = params.get(k);
    if (raw === null || raw === '') continue;
    if (!(k === 'employees' ? COUNT : NUMBER).test(raw)) return null;
    figures[k] = Number(raw);
  }
  if (Object.keys(figures).length === 0) return null;
  const period = params.get('period');
  return { period: period && /^\d{4}$/.test(period) ? period : defaultPeriod, industry, ...figures };
}

export function writeSelfCheck(input: SelfCheckInput): URLSearchParams {
  const params = new URLSearchParams({ period: input.period, industry: input.industry });
  for (const k of FIGURES) if (input[k] !== undefined) params.set(k, String(input[k]));
  return params;
}
