/**
 * The registry as a simulation's input (issue 15): the enterprise-years of one year within a scope, read in
 * keyset batches straight into columns (money in fen as stored, no text round trip), the other policy inputs
 * of each year (`inputs`, by variable id, monthly ones keyed by month) placed where the rules read them.
 */
import { recordColumns, type SimulationInput } from '@xiaowei/app';
import { type Column, dayNumber, defaultColumn, Period } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import { sql } from 'kysely';
import { readerOf, type StoreContext } from '../context.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { fromJsonOrNull, toBoolOrNull, toIntOrNull } from '../values.ts';

export interface RegistryInputQuery {
  readonly scope: Scope;
  readonly year: number;
  /** Rows per read (default 20,000). */
  readonly batchSize?: number;
  readonly onProgress?: (rows: number) => void;
}

/** Stored figures by input variable: the enterprise-year column each one comes from. */
const FIGURES = [
  ['employees', 'employees'],
  ['revenue', 'revenue_fen'],
  ['total_assets', 'total_assets_fen'],
  ['taxable_income', 'taxable_income_fen'],
  ['total_profit', 'total_profit_fen'],
] as const;

/**
 * Every enterprise of `scope` with figures for `year`, as a {@link SimulationInput}: ids, regions, industries,
 * founding dates, the stored figures (a figure not stored stays "not given", never 0 — ADR 0005) and the
 * other inputs.
 */
export async function registryInput(ctx: StoreContext, query: RegistryInputQuery): Promise<SimulationInput> {
  const system = getSystem();
  const period = Period.parse(String(query.year));
  const batch = Math.max(1, Math.min(query.batchSize ?? 20_000, 50_000));
  const ids: string[] = [];
  const region: string[] = [];
  const industry: string[] = [];
  const founded: (string | null)[] = [];
  const figures: (number | null)[][] = FIGURES.map(() => []);
  const restricted: (boolean | null)[] = [];
  const others: Record<string, unknown>[] = [];
  let anyOther = false;
  let last: string | undefined;
  for (;;) {
    let q = readerOf(ctx)
      .selectFrom('enterprise_years as y')
      .innerJoin('enterprises as e', 'e.id', 'y.enterprise_id')
      .select([
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
      ])
      .where('y.year', '=', query.year)
      .where(scopeCondition(query.scope, 'e', 'e.id'));
    // Keyset on the enterprise-year's own key, in the order of its (year, enterprise_id) index: ordering by the
    // joined enterprises' id made SQLite sort the year's remaining rows in a temporary B-tree for every batch.
    if (last !== undefined) q = q.where(sql<boolean>`y.enterprise_id > ${last}`);
    const rows = await q.orderBy('y.enterprise_id').limit(batch).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      ids.push(r.id);
      region.push(r.region_code);
      industry.push(r.industry);
      founded.push(r.founded);
      figures[0].push(toIntOrNull(r.employees));
      figures[1].push(toIntOrNull(r.revenue_fen));
      figures[2].push(toIntOrNull(r.total_assets_fen));
      figures[3].push(toIntOrNull(r.taxable_income_fen));
      figures[4].push(toIntOrNull(r.total_profit_fen));
      restricted.push(toBoolOrNull(r.restricted_industry));
      const inputs = fromJsonOrNull<Record<string, unknown>>(r.inputs);
      if (inputs && Object.keys(inputs).length > 0) anyOther = true;
      others.push(inputs ?? {});
    }
    last = rows[rows.length - 1].id;
    query.onProgress?.(ids.length);
    if (rows.length < batch) break;
  }
  const n = ids.length;
  const columns: Record<string, Column> = { region, industry };
  const foundedCol = defaultColumn(system.variable('founded'), n) as Float64Array;
  founded.forEach((d, i) => {
    if (d !== null) foundedCol[i] = dayNumber(d);
  });
  columns.founded = foundedCol;
  FIGURES.forEach(([id], k) => {
    const col = defaultColumn(system.variable(id), n) as Float64Array;
    const values = figures[k];
    for (let i = 0; i < n; i++) if (values[i] !== null) col[i] = values[i] as number;
    columns[id] = col;
  });
  const restrictedCol = defaultColumn(system.variable('restricted_industry'), n) as Uint8Array;
  restricted.forEach((b, i) => {
    if (b !== null) restrictedCol[i] = b ? 1 : 0;
  });
  columns.restricted_industry = restrictedCol;
  if (anyOther) Object.assign(columns, recordColumns(system, period, others));
  return { n, ids, columns };
}
