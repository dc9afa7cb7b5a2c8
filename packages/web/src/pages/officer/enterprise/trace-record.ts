import type { Figures, RegistryEnterprise } from '../../../api/registry-types.ts';

/** The engine's variables that POST /api/v1/trace is asked to explain on the enterprise page, in that order. */
export const TRACED_VARIABLES = ['size_class', 'total_support_value'] as const;
export type TracedVariable = (typeof TRACED_VARIABLES)[number];

/**
 * The one record POST /api/v1/trace takes for an enterprise-year: the enterprise's own fields and the
 * figures of that year as the engine names them (money in yuan); a figure not given is left out, never
 * sent as 0, so that a formula needing it fails naming it.
 */
export function traceRecord(e: RegistryEnterprise, y: Figures): Record<string, string | number | boolean> {
  const record: Record<string, string | number | boolean> = { id: e.id, industry: e.industry, region: e.region_code };
  const add = (key: string, v: string | number | boolean | null | undefined) => {
    if (v !== null && v !== undefined) record[key] = v;
  };
  add('founded', e.founded);
  add('employees', y.employees);
  add('revenue', y.revenue);
  add('total_assets', y.total_assets);
  add('taxable_income', y.taxable_income);
  add('total_profit', y.total_profit);
  add('restricted_industry', y.restricted_industry);
  return record;
}
