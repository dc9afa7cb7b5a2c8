/**
 * The registry as a simulation's input (issue 15): the enterprise-years of one year within a scope, read in
 * keyset batches straight into columns (money in fen as stored, no text round trip), the other policy inputs
 * of each year (`inputs`, by variable id, monthly ones keyed by month) placed where the rules read them.
 */
import { RecordColumns, type SimulationInput } from '@xiaowei/app';
import { type Column, dayNumber, defaultCell, defaultColumn, type Variable } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { readerOf, type StoreContext } from '../context.ts';
import { ENTERPRISE_YEAR_COLUMNS } from '../enterprise-year-columns.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { fromJsonOrNull, toBool, toNumberOrNull } from '../values.ts';

export interface RegistryInputQuery {
  readonly scope: Scope;
  readonly year: number;
  /** Rows per read (default 20,000). */
  readonly batchSize?: number;
  readonly onProgress?: (rows: number) => void;
}

/** The columns read, in this order (SQLite's rows come as arrays). */
const SELECTED = ENTERPRISE_YEAR_COLUMNS;
const FIELDS = SELECTED.map((c) => c.slice(2));

/** Stored figures by input variable, at their place in {@link SELECTED}. */
const FIGURES = [
  ['employees', 4],
  ['revenue', 5],
  ['total_assets', 6],
  ['taxable_income', 7],
  ['total_profit', 8],
] as const;
const FOUNDED = 3;
const RESTRICTED = 9;
const INPUTS = 10;

/**
 * Every enterprise of `scope` with figures for `year`, as a {@link SimulationInput}: ids, regions, industries,
 * founding dates, the stored figures (a figure not stored takes the variable's default: "not given", NaN, for
 * every figure without one — ADR 0005 — never a 0 made up here) and the other inputs. On SQLite each batch is read as arrays straight from the driver (no row objects), and every
 * value goes to its column as it comes: a million enterprises are read in a few seconds.
 */
export async function registryInput(ctx: StoreContext, query: RegistryInputQuery): Promise<SimulationInput> {
  const system = getSystem();
  const batch = Math.max(1, Math.min(query.batchSize ?? 20_000, 50_000));
  const ids: string[] = [];
  const region: string[] = [];
  const industry: string[] = [];
  const founded = new Growing(system.variable('founded'));
  const figures = FIGURES.map(([id]) => new Growing(system.variable(id)));
  const restricted = new Growing(system.variable('restricted_industry'));
  const others = new RecordColumns(system, query.year);
  const days = new Map<string, number>();
  const take = (r: readonly unknown[]) => {
    const i = ids.length;
    ids.push(r[0] as string);
    region.push(r[1] as string);
    industry.push(r[2] as string);
    const date = r[FOUNDED] as string | null;
    let day = date === null ? undefined : days.get(date);
    if (date !== null && day === undefined) days.set(date, (day = dayNumber(date)));
    founded.push(day);
    for (let k = 0; k < FIGURES.length; k++) figures[k].push(numberOrUndefined(r[FIGURES[k][1]]));
    const b = r[RESTRICTED];
    restricted.push(b === null || b === undefined ? undefined : toBool(b) ? 1 : 0);
    const inputs = fromJsonOrNull<Record<string, unknown>>(r[INPUTS]);
    if (inputs !== null) others.add(i, inputs);
  };
  const select = (after?: string) => {
    const q = readerOf(ctx)
      .selectFrom('enterprise_years as y')
      .innerJoin('enterprises as e', 'e.id', 'y.enterprise_id')
      .select([...SELECTED])
      .where('y.year', '=', query.year)
      .where(scopeCondition(query.scope, 'e', 'e.id'));
    // Keyset on the enterprise-year's own key, in the order of its (year, enterprise_id) index: ordering by the
    // joined enterprises' id made SQLite sort the year's remaining rows in a temporary B-tree for every batch.
    return (after === undefined ? q : q.where(sql<boolean>`y.enterprise_id > ${after}`)).orderBy('y.enterprise_id');
  };
  const file = ctx.backend === 'sqlite' && !ctx.inTransaction ? ctx.sqliteFile : undefined;
  if (file !== undefined) {
    // A SQLite file: a read-only connection of its own, one read transaction (one snapshot of the registry
    // throughout), rows taken as arrays (no row objects) and put in their columns at once. Between batches the
    // event loop gets its turn; no other request uses this connection.
    const connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      connection.pragma('busy_timeout = 5000');
      connection.exec('begin');
      // Two statements: the first batch, and every later one (the same text, after another id).
      const statements = new Map<string, BetterSqlite3.Statement>();
      let last: string | undefined;
      for (;;) {
        const compiled = select(last).limit(batch).compile();
        let statement = statements.get(compiled.sql);
        if (statement === undefined) statements.set(compiled.sql, (statement = connection.prepare(compiled.sql).raw(true)));
        const rows = statement.all(...compiled.parameters) as unknown[][];
        for (const r of rows) take(r);
        if (rows.length > 0) last = ids[ids.length - 1];
        query.onProgress?.(ids.length);
        if (rows.length < batch) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      connection.exec('commit');
    } finally {
      connection.close();
    }
  } else {
    // PostgreSQL, or SQLite in memory or in the caller's transaction: keyset batches through Kysely.
    let last: string | undefined;
    for (;;) {
      const rows = await select(last).limit(batch).execute();
      for (const row of rows) take(FIELDS.map((f) => (row as Record<string, unknown>)[f]));
      if (rows.length > 0) last = ids[ids.length - 1];
      query.onProgress?.(ids.length);
      if (rows.length < batch) break;
    }
  }
  const n = ids.length;
  const columns: Record<string, Column> = { region, industry, founded: founded.column(), restricted_industry: restricted.column() };
  FIGURES.forEach(([id], k) => {
    columns[id] = figures[k].column();
  });
  Object.assign(columns, others.columns(n));
  return { n, ids, columns };
}

/**
 * A stored figure as a number: SQLite and PostgreSQL's parsed int8 give numbers; anything else (text, bigint)
 * goes through the store's exact conversions. Employees may be fractional (an annual average, migration 0012).
 */
function numberOrUndefined(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return value === null || value === undefined ? undefined : (toNumberOrNull(value) as number);
}

/** A typed column of a variable filled row by row (the row count is known only at the end); undefined: the default. */
class Growing {
  private cells: Float64Array | Uint8Array;
  private n = 0;
  private readonly fallback: number;

  constructor(private readonly variable: Variable) {
    this.cells = defaultColumn(variable, 1024) as Float64Array | Uint8Array;
    this.fallback = defaultCell(variable) as number;
  }

  push(value: number | undefined): void {
    if (this.n === this.cells.length) {
      const bigger = defaultColumn(this.variable, this.n * 2) as Float64Array | Uint8Array;
      bigger.set(this.cells);
      this.cells = bigger;
    }
    this.cells[this.n++] = value === undefined ? this.fallback : value;
  }

  column(): Column {
    return this.cells.slice(0, this.n);
  }
}
