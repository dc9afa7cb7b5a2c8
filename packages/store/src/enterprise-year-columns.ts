/**
 * The columns a computation reads of an enterprise-year joined with its enterprise (`enterprise_years as y`,
 * `enterprises as e`): identity, region, industry and founding date, the stored figures and the other inputs.
 * The registry recompute and the what-if read the same; the what-if takes SQLite's rows as arrays, so the
 * order is that of its columns.
 */
export const ENTERPRISE_YEAR_COLUMNS = [
  'e.id',
  'e.region_code',
  'e.industry',
  'e.founded',
  'y.employees',
  'y.revenue_fen',
  'y.total_assets_fen',
  'y.taxable_income_fen',
  'y.total_profit_fen',
  'y.restricted_industry',
  'y.inputs',
] as const;
