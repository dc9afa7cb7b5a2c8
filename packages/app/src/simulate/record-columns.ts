import { type Column, decodeValue, defaultColumn, Period, type TaxBenefitSystem, type Variable } from '@xiaowei/engine';

/** Where one input variable's values go: its column keys (one per month for a monthly input) and what was given. */
interface Target {
  readonly variable: Variable;
  readonly numeric: boolean;
  readonly keys: readonly { readonly key: string; readonly period: Period }[];
  /** The records that gave one value for every key, and the value in column units. */
  readonly plainRows: number[];
  readonly plainCells: (number | string)[];
  /** Per key: the records that gave values by period, and the value in column units (NaN: "not given" for that period). */
  readonly rows: number[][];
  readonly cells: (number | string)[][];
}

/**
 * Columns from stored records whose values are already checked (the registry's), built one record at a time:
 * a plain value is the value at the period asked (for a monthly input, every month of the year asked; decoded
 * once), a value keyed by period (`{ "2016-03": "18000" }`) the value of that period. A numeric input a record
 * gives for some months and not one the rules ask is "not given" (NaN), never 0 (ADR 0005). Fields that are not
 * input variables of the enterprise (id, name) are ignored; a value that does not decode keeps the default.
 * Only what records give is kept until {@link RecordColumns.columns} lays the columns out, so a registry where
 * most enterprises give nothing costs nothing for them.
 * @example const b = new RecordColumns(system, 2016); b.add(0, { premises_rent: '36000' }); b.columns(1)
 */
export class RecordColumns {
  private readonly asked: Period;
  private readonly targets = new Map<string, Target | null>();

  constructor(
    private readonly system: TaxBenefitSystem,
    period: Period | string | number,
  ) {
    this.asked = Period.parse(period);
  }

  /** The values record `row` (0-based) gives. */
  add(row: number, record: Readonly<Record<string, unknown>>): void {
    for (const id in record) {
      const raw = record[id];
      if (raw === undefined || raw === null || raw === '') continue;
      const target = this.target(id);
      if (target === null) continue;
      if (typeof raw === 'object' && !Array.isArray(raw)) {
        target.keys.forEach(({ period }, k) => {
          const value = (raw as Record<string, unknown>)[period.key];
          if (value === undefined || value === null || value === '') {
            if (target.numeric) push(target, k, row, Number.NaN);
            return;
          }
          const cell = decodeValue(target.variable, value);
          if (typeof cell !== 'object') push(target, k, row, cell);
        });
        continue;
      }
      const cell = decodeValue(target.variable, raw);
      if (typeof cell === 'object') continue;
      target.plainRows.push(row);
      target.plainCells.push(cell);
    }
  }

  /** The columns of `n` records: each input some record gave, the others at the variable's default. */
  columns(n: number): Record<string, Column> {
    const out: Record<string, Column> = {};
    for (const target of this.targets.values()) {
      if (target === null || (target.plainRows.length === 0 && target.rows.every((r) => r.length === 0))) continue;
      target.keys.forEach(({ key }, k) => {
        const col = defaultColumn(target.variable, n) as unknown[];
        fill(col, target.plainRows, target.plainCells);
        fill(col, target.rows[k], target.cells[k]);
        out[key] = col as unknown as Column;
      });
    }
    return out;
  }

  /** The input variable `id` of the enterprise, or null when `id` is not one (a formula, another entity, a label). */
  private target(id: string): Target | null {
    let target = this.targets.get(id);
    if (target !== undefined) return target;
    const v = this.system.variables.get(id);
    if (v === undefined || v.entity !== 'enterprise' || (v.formulas?.length ?? 0) > 0) target = null;
    else {
      const keys =
        v.definitionPeriod === 'month'
          ? this.asked.split('month').map((m) => ({ key: `${id}@${m.key}`, period: m }))
          : [{ key: id, period: this.asked }];
      target = {
        variable: v,
        numeric: v.valueType === 'money' || v.valueType === 'number',
        keys,
        plainRows: [],
        plainCells: [],
        rows: keys.map(() => []),
        cells: keys.map(() => []),
      };
    }
    this.targets.set(id, target);
    return target;
  }
}

function push(target: Target, k: number, row: number, cell: number | string): void {
  target.rows[k].push(row);
  target.cells[k].push(cell);
}

function fill(col: unknown[], rows: readonly number[], cells: readonly (number | string)[]): void {
  for (let j = 0; j < rows.length; j++) col[rows[j]] = cells[j];
}

/**
 * Columns from stored records whose values are already checked, as {@link RecordColumns} builds them.
 * @example recordColumns(system, 2016, [{ id: 'E1', vat_sales: '18000' }]) // vat_sales@2016-01 … @2016-12
 */
export function recordColumns(
  system: TaxBenefitSystem,
  period: Period | string | number,
  records: readonly Readonly<Record<string, unknown>>[],
): Record<string, Column> {
  const builder = new RecordColumns(system, period);
  for (let i = 0; i < records.length; i++) builder.add(i, records[i]);
  return builder.columns(records.length);
}
