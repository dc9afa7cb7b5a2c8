import { DefinitionError, type FailingRows, FormulaError, MissingValueError } from '../errors.ts';
import { fromDayNumber, type Instant } from '../periods/instant.ts';
import type { Period } from '../periods/period.ts';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.ts';
import type { Labels } from '../text/labels.ts';
import type { Recorder } from '../trace/recorder.ts';
import type { Column } from '../variables/column.ts';
import type { ValueType } from '../variables/variable.ts';
import { allocator } from './arena.ts';
import type { FormulaContext, LinkedValues, MemberAggregates } from './formula-context.ts';

/**
 * The parts of a formula context shared by simulations and compiled plans: typed access to columns,
 * and parameter look-ups (recorded for the trace when a recorder is present).
 */
export abstract class BaseContext implements FormulaContext {
  // The caches below are made on first use: a simulation makes a context for every formula it runs (an
  // entitlements assessment, hundreds), most of which use one or two of them or none.
  /** Parameter look-ups already made by this context (only when not recording: a plan reuses its contexts). */
  private onceCache: Map<string, unknown> | undefined;
  /** Variables whose type this context has checked already. */
  private checked: Set<string> | undefined;
  private lastTables: Map<string, { node: string; instant: string; table: Float64Array }> | undefined;
  /** Per-category tables of `paramByEnum`, by node, suffix and instant. */
  private tables: Map<string, Map<string, Map<string, Float64Array>>> | undefined;
  /** Numeric parameter values by path and instant (nested, so a look-up builds no key string). */
  private paramValues: Map<string, Map<string, number>> | undefined;
  private lastValues: Map<string, { instant: string; value: number }> | undefined;

  constructor(
    protected readonly system: TaxBenefitSystem,
    readonly variable: string,
    readonly period: Period,
    protected readonly recorder: Recorder | undefined,
    /** The day the formula's parameters are read by default (ADR 0004: a rule starting inside the period is read on its start). */
    readonly instant: Instant = period.start,
  ) {}

  abstract get n(): number;
  abstract get(id: string, period?: Period): Column;
  abstract link(name: string): LinkedValues;
  abstract members(entity: string, via: string): MemberAggregates;

  private typed<T extends Column>(id: string, period: Period | undefined, types: readonly ValueType[]): T {
    if (this.checked?.has(id) !== true) {
      const v = this.system.variable(id);
      if (!types.includes(v.valueType)) {
        throw new DefinitionError(`formula of ${this.variable} reads ${id} as ${types.join('/')} but it is ${v.valueType}`);
      }
      (this.checked ??= new Set()).add(id);
    }
    return this.get(id, period) as T;
  }

  number(id: string, period?: Period): Float64Array {
    const column = this.typed<Float64Array>(id, period, ['number', 'money']);
    if (this.system.variable(id).absentable) this.failAbsent(id, column, undefined, period);
    return column;
  }
  optional(id: string, period?: Period): Float64Array {
    return this.typed(id, period, ['number', 'money']);
  }
  require(id: string, where: Uint8Array, period?: Period): void {
    this.failAbsent(id, this.typed<Float64Array>(id, period, ['number', 'money']), where, period);
  }

  /**
   * Throws a {@link MissingValueError} for the first member with an absent `column` value (where `where` is 1),
   * listing every such member.
   */
  private failAbsent(id: string, column: Float64Array, where: Uint8Array | undefined, period: Period | undefined): void {
    const n = column.length;
    let rows: number[] | undefined;
    for (let i = 0; i < n; i++) {
      // NaN is the absent marker of an input without a default.
      if (Number.isNaN(column[i]) && (where === undefined || where[i] === 1)) (rows ??= []).push(i);
    }
    if (rows === undefined) return;
    const key = (period ?? this.period).key;
    const errorAt = (row: number) => new MissingValueError(this.variable, id, key, row);
    throw new MissingValueError(this.variable, id, key, rows[0], { rows, errorAt });
  }
  bool(id: string, period?: Period): Uint8Array {
    return this.typed(id, period, ['boolean']);
  }
  enum(id: string, period?: Period): Uint8Array {
    return this.typed(id, period, ['enum']);
  }
  date(id: string, period?: Period): Int32Array {
    return this.typed(id, period, ['date']);
  }
  string(id: string, period?: Period): string[] {
    return this.typed(id, period, ['string']);
  }

  protected entry(path: string, instant: Instant, where?: { column: ArrayLike<number> | readonly string[]; value: number | string }) {
    const entry = this.system.parameterAt(path, instant);
    if (this.recorder) {
      const meta = this.system.parameter(path).metadata;
      this.recorder.parameter({
        path,
        instant,
        entry,
        ...(meta.unit ? { unit: meta.unit } : {}),
        ...(meta.label ? { label: meta.label } : {}),
        ...(where ? { where } : {}),
      });
    }
    return entry;
  }

  param(path: string, instant: Instant = this.instant): number {
    if (!this.recorder) {
      const last = this.lastValues?.get(path);
      if (last !== undefined && last.instant === instant) return last.value;
      this.paramValues ??= new Map();
      let byInstant = this.paramValues.get(path);
      if (byInstant === undefined) {
        byInstant = new Map();
        this.paramValues.set(path, byInstant);
      }
      let v = byInstant.get(instant);
      if (v === undefined) {
        const value = this.system.parameterAt(path, instant).value;
        if (typeof value !== 'number') throw new DefinitionError(`parameter ${path} is not numeric`);
        v = value;
        byInstant.set(instant, v);
      }
      (this.lastValues ??= new Map()).set(path, { instant, value: v });
      return v;
    }
    const v = this.entry(path, instant).value;
    if (typeof v !== 'number') throw new DefinitionError(`parameter ${path} is not numeric`);
    return v;
  }

  paramBool(path: string, instant: Instant = this.instant): boolean {
    const v = this.entry(path, instant).value;
    if (typeof v !== 'boolean') throw new DefinitionError(`parameter ${path} is not boolean`);
    return v;
  }

  paramByEnum(
    node: string,
    suffix: string,
    keys: Uint8Array,
    names: readonly string[],
    missing?: number,
    instant: Instant = this.instant,
  ): Float64Array {
    const table = this.paramTable(node, suffix, keys, names, missing, instant);
    const n = keys.length;
    const out = allocator().f64(n);
    for (let i = 0; i < n; i++) out[i] = table[keys[i]];
    return out;
  }

  paramTable(
    node: string,
    suffix: string,
    keys: Uint8Array,
    names: readonly string[],
    missing?: number,
    instant: Instant = this.instant,
  ): Float64Array {
    if (this.recorder) return this.enumTable(node, suffix, keys, names, missing, instant);
    // The last table asked for under this suffix, checked by identity: one look-up on the fast path.
    const last = this.lastTables?.get(suffix);
    if (last !== undefined && last.node === node && last.instant === instant) return last.table;
    // Nested maps: a look-up on the fast path builds no key string.
    this.tables ??= new Map();
    let bySuffix = this.tables.get(node);
    if (bySuffix === undefined) this.tables.set(node, (bySuffix = new Map()));
    let byInstant = bySuffix.get(suffix);
    if (byInstant === undefined) bySuffix.set(suffix, (byInstant = new Map()));
    let table = byInstant.get(instant);
    if (table === undefined) {
      table = this.enumTable(node, suffix, keys, names, missing, instant);
      byInstant.set(instant, table);
    }
    (this.lastTables ??= new Map()).set(suffix, { node, instant, table });
    return table;
  }

  private enumTable(
    node: string,
    suffix: string,
    keys: Uint8Array,
    names: readonly string[],
    missing: number | undefined,
    instant: Instant,
  ): Float64Array {
    const table = new Float64Array(names.length);
    for (let k = 0; k < names.length; k++) {
      const path = `${node}.${names[k]}.${suffix}`;
      if (this.system.parameters.find(path) === undefined) {
        if (missing === undefined) throw new DefinitionError(`no parameter '${path}'`);
        table[k] = missing;
        continue;
      }
      const v = this.entry(path, instant, { column: keys, value: k }).value;
      if (typeof v !== 'number') throw new DefinitionError(`parameter ${path} is not numeric`);
      table[k] = v;
    }
    return table;
  }

  paramByString(node: string, suffix: string, keys: readonly string[], missing: number, instant: Instant = this.instant): Float64Array {
    const n = keys.length;
    const out = allocator().f64(n);
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      let v = seen.get(key);
      if (v === undefined) {
        const path = suffix ? `${node}.${key}.${suffix}` : `${node}.${key}`;
        const item = key === '' ? undefined : this.system.parameters.find(path);
        if (item?.kind === 'parameter' && item.entryAt(instant)?.value != null) {
          const value = this.entry(path, instant, { column: keys, value: key }).value;
          v = typeof value === 'number' ? value : missing;
        } else v = missing;
        seen.set(key, v);
      }
      out[i] = v;
    }
    return out;
  }

  paramAtDates(path: string, days: Int32Array, missing?: number): Float64Array {
    const param = this.system.parameter(path);
    return this.byDay(days, allocator().f64(days.length), (instant, day) => {
      const entry = param.entryAt(instant);
      if (entry === undefined || entry.value === null) {
        if (missing === undefined) param.at(instant); // throws the explanatory error
        return missing as number;
      }
      this.recorder?.parameter({
        path,
        instant,
        entry,
        ...(param.metadata.unit ? { unit: param.metadata.unit } : {}),
        ...(param.metadata.label ? { label: param.metadata.label } : {}),
        where: { column: days, value: day },
      });
      return typeof entry.value === 'boolean' ? (entry.value ? 1 : 0) : Number(entry.value);
    });
  }

  paramNameAtDates(path: string, days: Int32Array, names: readonly string[], missing?: number): Uint8Array {
    const param = this.system.parameter(path);
    return this.byDay(days, allocator().u8(days.length), (instant, day) => {
      const found = param.entryAt(instant);
      if (missing !== undefined && (found === undefined || found.value === null)) return missing;
      const entry = param.at(instant); // before the history or after an explicit end: the explanatory error
      const v = typeof entry.value === 'string' ? names.indexOf(entry.value) : -1;
      if (v < 0) throw new DefinitionError(`parameter ${path} on ${instant} is '${String(entry.value)}', not one of ${names.join(', ')}`);
      this.recorder?.parameter({
        path,
        instant,
        entry,
        ...(param.metadata.label ? { label: param.metadata.label } : {}),
        where: { column: days, value: day },
      });
      return v;
    });
  }

  /** Fills `out` with `valueOn` of each member's day, asking once per distinct day (events share few dates). */
  private byDay<T extends Float64Array | Uint8Array>(days: Int32Array, out: T, valueOn: (instant: Instant, day: number) => number): T {
    const seen = new Map<number, number>();
    for (let i = 0; i < days.length; i++) {
      const day = days[i];
      let v = seen.get(day);
      if (v === undefined) {
        v = valueOn(fromDayNumber(day), day);
        seen.set(day, v);
      }
      out[i] = v;
    }
    return out;
  }

  scale(path: string, instant: Instant = this.instant): { thresholds: number[]; values: number[] } {
    const item = this.system.parameters.get(path);
    if (item.kind !== 'scale') throw new DefinitionError(`'${path}' is not a scale`);
    const at = item.at(instant);
    if (this.recorder) {
      for (const b of item.brackets) {
        for (const p of [b.threshold, b.rate, b.amount]) {
          const entry = p?.entryAt(instant);
          if (p && entry?.value != null) {
            this.recorder.parameter({ path: p.path, instant, entry, ...(p.metadata.unit ? { unit: p.metadata.unit } : {}) });
          }
        }
      }
    }
    return at;
  }

  once<T>(key: string, compute: () => T): T {
    if (this.onceCache?.has(key)) return this.onceCache.get(key) as T;
    const value = compute();
    (this.onceCache ??= new Map()).set(key, value);
    return value;
  }

  fail(row: number, message: string | Labels, field?: string): never {
    throw this.formulaError(row, message, field);
  }

  failWhere(bad: Uint8Array, message: (row: number) => string | Labels, field?: string): void {
    const first = bad.indexOf(1);
    if (first < 0) return;
    const rows: number[] = [];
    for (let i = first; i < bad.length; i++) if (bad[i] === 1) rows.push(i);
    const errorAt = (row: number) => this.formulaError(row, message(row), field);
    throw this.formulaError(first, message(first), field, { rows, errorAt });
  }

  private formulaError(row: number, message: string | Labels, field: string | undefined, failing?: FailingRows): FormulaError {
    const text = typeof message === 'string' ? message : message.en;
    const labels = typeof message === 'string' ? undefined : message;
    return new FormulaError(
      `${this.variable} (${this.period.key}), member ${row}: ${text}`,
      this.variable,
      this.period.key,
      row,
      'formula',
      labels,
      field,
      failing,
    );
  }
}
