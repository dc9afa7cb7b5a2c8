import { type Column, defaultColumn, Period, type Plan, type Population, type Variable } from '@xiaowei/engine';
import type { DecodedRecords } from '../records/decode-records.ts';

/**
 * How a record's values reach the periods the rules ask for. A value given plainly (`"vat_sales": 25000`)
 * is the value for the asked period, which it names whatever the variable's own period:
 * - a yearly input in a monthly question is the value of the year containing the month (a taxpayer's
 *   status, a filing frequency given per year);
 * - a monthly input in a yearly question is the value of every month of that year;
 * - an eternal input is the value for all time.
 * Values keyed by period (`"vat_sales": { "2014-10": 20000, "2014-11": 30000 }`, or CSV columns
 * `vat_sales@2014-11`) give other periods. A money or number input that a record gives, but not for a
 * period the rules need (the other months of a quarterly filer's quarter), is "not given" (NaN) there,
 * so the formula that needs it stops with a clear error instead of counting it as 0. A record that does
 * not give the variable at all takes its default, as before.
 */
export function inputColumnAt(input: DecodedRecords, variable: Variable, at: Period, asked: Period): Column | undefined {
  const id = variable.id;
  const plain = input.present.has(id) ? input.columns[id] : undefined;
  const plainGiven = input.given.get(id);
  const byPeriod = input.byPeriod.get(id);
  const own = byPeriod?.get(at.key);
  if (plain === undefined && byPeriod === undefined) return undefined;
  const plainApplies = at.unit === 'eternity' || at.key === asked.key || at.contains(asked) || asked.contains(at);
  if (own === undefined && byPeriod === undefined && plainApplies) return plain;
  const col = defaultColumn(variable, input.n) as Column;
  const numeric = variable.valueType === 'money' || variable.valueType === 'number';
  for (let i = 0; i < input.n; i++) {
    if (own?.given[i]) (col as unknown[])[i] = own.column[i];
    else if (plainApplies && plainGiven?.[i] && plain) (col as unknown[])[i] = plain[i];
    else if (numeric && (plainGiven?.[i] || givenAnyPeriod(byPeriod, i))) (col as Float64Array)[i] = Number.NaN;
  }
  return col;
}

function givenAnyPeriod(
  byPeriod: DecodedRecords['byPeriod'] extends ReadonlyMap<string, infer M> ? M | undefined : never,
  i: number,
): boolean {
  if (byPeriod === undefined) return false;
  for (const values of byPeriod.values()) if (values.given[i]) return true;
  return false;
}

/** The columns a compiled plan reads, each keyed `id@period` for the period the rules ask it at. */
export function planColumns(plan: Plan, input: DecodedRecords): Record<string, Column> {
  const columns: Record<string, Column> = {};
  for (const need of plan.inputs) {
    const col = inputColumnAt(input, need.variable, need.period, plan.period);
    if (col !== undefined) columns[need.key] = col;
  }
  return columns;
}

/**
 * The periods of `variable` a simulation asked about `asked` may read: its own period of the asked
 * one, and the others of the same year (a quarter's months), so that every value the records give
 * is where the rules look for it.
 */
function periodsOf(variable: Variable, asked: Period): readonly Period[] {
  if (variable.definitionPeriod === 'eternity' || asked.unit === 'eternity') return [asked];
  const year = Period.year(asked.year);
  const span = asked.unit === 'year' && asked.size > 1 ? asked : year;
  if (variable.definitionPeriod === 'year') return asked.unit === 'year' ? [asked] : [year];
  if (variable.definitionPeriod === 'month') return span.split('month');
  return asked.unit === 'day' ? [asked] : span.split('day');
}

/** A column of values the records give, for one variable at one period. */
export interface PeriodInput {
  readonly id: string;
  readonly at: Period;
  readonly column: Column;
}

/** Every value the records give, placed at the periods a simulation of `asked` reads (see {@link inputColumnAt}). */
export function periodInputs(variables: Iterable<Variable>, input: DecodedRecords, asked: Period): PeriodInput[] {
  const inputs: PeriodInput[] = [];
  for (const variable of variables) {
    if (!input.present.has(variable.id) && !input.byPeriod.has(variable.id)) continue;
    for (const at of periodsOf(variable, asked)) {
      const column = inputColumnAt(input, variable, at, asked);
      if (column !== undefined) inputs.push({ id: variable.id, at, column });
    }
  }
  return inputs;
}

/**
 * Sets the given inputs on a population: every record's, or with `member` only that record's (a
 * population of one, so that a figure one record lacks does not stop the others' answers).
 */
export function setPeriodInputs(population: Population, inputs: readonly PeriodInput[], member?: number): void {
  for (const { id, at, column } of inputs) {
    const col =
      member === undefined ? column : Array.isArray(column) ? column.slice(member, member + 1) : column.subarray(member, member + 1);
    population.setInput(id, at, col as Column);
  }
}
