import { type Column, Period, Population, type TaxBenefitSystem } from '@xiaowei/engine';

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
