import { type Column, decodeValue, defaultColumn, Period, Population, type TaxBenefitSystem } from '@xiaowei/engine';

/**
 * Enterprises ready to simulate: input columns keyed `id` (the value at the period asked; for an eternal input,
 * for all time) or `id@period` (another period, e.g. `vat_sales@2016-03`), and each enterprise's id. The CLI
 * builds them from a file, the service from the registry; an input absent takes the variable's default or is
 * "not given", as in any simulation.
 */
export interface SimulationInput {
  readonly n: number;
  readonly ids: readonly string[];
  readonly columns: Readonly<Record<string, Column>>;
  /** The row each enterprise came from, for messages (default: its position from 1). */
  readonly rows?: readonly number[];
}

/** Members `start` to `end` (exclusive) of the columns: views of typed arrays, copies of string arrays. */
export function sliceColumns(columns: Readonly<Record<string, Column>>, start: number, end: number): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [key, col] of Object.entries(columns)) out[key] = Array.isArray(col) ? col.slice(start, end) : col.subarray(start, end);
  return out;
}

/** Members `start` to `end` of an input, as an input of their own. */
export function sliceInput(input: SimulationInput, start: number, end: number): SimulationInput {
  return {
    n: end - start,
    ids: input.ids.slice(start, end),
    columns: sliceColumns(input.columns, start, end),
    rows: (input.rows ?? input.ids.map((_, i) => i + 1)).slice(start, end),
  };
}

/** A population of `n` enterprises holding the columns (keyed as in {@link SimulationInput}) for `period`. */
export function populationOf(
  system: TaxBenefitSystem,
  period: Period,
  columns: Readonly<Record<string, Column>>,
  n: number,
  ids?: readonly string[],
): Population {
  const population = new Population(system);
  population.addEntity('enterprise', n, ids);
  for (const [key, col] of Object.entries(columns)) {
    const at = key.indexOf('@');
    population.setInput(at < 0 ? key : key.slice(0, at), at < 0 ? period : Period.parse(key.slice(at + 1)), col);
  }
  return population;
}

/** The periods of the year `asked` at which `id`'s inputs are read, with their column keys. */
function keysOf(system: TaxBenefitSystem, id: string, asked: Period): { key: string; period: Period }[] {
  const v = system.variable(id);
  if (v.definitionPeriod === 'month') return asked.split('month').map((m) => ({ key: `${id}@${m.key}`, period: m }));
  return [{ key: id, period: asked }];
}

/**
 * Columns from stored records whose values are already checked (the registry's): a plain value is the value
 * at the period asked (for a monthly input, every month of the year asked), a value keyed by period
 * (`{ "2016-03": "18000" }`) the value of that period. A numeric input a record gives for some months and not
 * one the rules ask is "not given" (NaN), never 0 (ADR 0005). Fields that are not input variables of the
 * enterprise (id, name) are ignored.
 */
export function recordColumns(
  system: TaxBenefitSystem,
  period: Period | string | number,
  records: readonly Readonly<Record<string, unknown>>[],
): Record<string, Column> {
  const asked = Period.parse(period);
  const n = records.length;
  const present = new Set<string>();
  for (const r of records) for (const [k, v] of Object.entries(r)) if (v !== undefined && v !== null && v !== '') present.add(k);
  const columns: Record<string, Column> = {};
  for (const id of present) {
    const v = system.variables.get(id);
    if (v === undefined || v.entity !== 'enterprise' || (v.formulas?.length ?? 0) > 0) continue;
    const numeric = v.valueType === 'money' || v.valueType === 'number';
    for (const { key, period } of keysOf(system, id, asked)) {
      const col = defaultColumn(v, n);
      for (let i = 0; i < n; i++) {
        const raw = records[i][id];
        if (raw === undefined || raw === null || raw === '') continue;
        const value = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[period.key] : raw;
        if (value === undefined || value === null || value === '') {
          if (numeric) (col as Float64Array)[i] = Number.NaN;
          continue;
        }
        const cell = decodeValue(v, value);
        if (typeof cell !== 'object') (col as unknown[])[i] = cell;
      }
      columns[key] = col;
    }
  }
  return columns;
}
