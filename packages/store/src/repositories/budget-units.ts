/**
 * Budget units (预算单位) and their years: create / update with audit rows in the same transaction,
 * reads scoped in SQL (a procurement user sees its own unit, an officer the units of their region).
 * The year's procurement budget is the base of the set-aside (财库〔2011〕181号); the shortfall reason
 * is recorded through `setAside.recordShortfallReason`, which checks the policy's decision first.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { checkUnitYear } from '../set-aside/check-unit-year.ts';
import {
  type BudgetUnitInput,
  type BudgetUnitPatch,
  type BudgetUnitYearInput,
  budgetUnitProblems,
  throwFirst,
  yearInputProblems,
} from '../set-aside/set-aside-fields.ts';
import { cleanText } from '../text.ts';
import { containsPattern, isRegionPrefix, nowIso, regionRange, toInt } from '../values.ts';

export interface BudgetUnit {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface BudgetUnitYear {
  readonly budgetUnitId: string;
  readonly year: number;
  readonly procurementBudgetFen: number;
  /** Why the unit stays below the line this year, in its own words (null: none recorded). */
  readonly shortfallReason: string | null;
  readonly shortfallReasonBy: string | null;
  readonly shortfallReasonAt: string | null;
  readonly updatedAt: string;
}

export interface BudgetUnitDetail extends BudgetUnit {
  readonly years: readonly BudgetUnitYear[];
}

export interface BudgetUnitListQuery {
  readonly scope: Scope;
  /** Region code prefix on top of the scope. */
  readonly regionPrefix?: string;
  /** Name contains (case-insensitive), or id equals. */
  readonly text?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

interface UnitRow {
  id: string;
  name: string;
  region_code: string;
  created_at: string;
  updated_at: string;
}

interface YearRow {
  budget_unit_id: string;
  year: unknown;
  procurement_budget_fen: unknown;
  shortfall_reason: string | null;
  shortfall_reason_by: string | null;
  shortfall_reason_at: string | null;
  updated_at: string;
}

export function budgetUnitFromRow(r: UnitRow): BudgetUnit {
  return { id: r.id, name: r.name, regionCode: r.region_code, createdAt: r.created_at, updatedAt: r.updated_at };
}

export function budgetUnitYearFromRow(r: YearRow): BudgetUnitYear {
  return {
    budgetUnitId: r.budget_unit_id,
    year: toInt(r.year),
    procurementBudgetFen: toInt(r.procurement_budget_fen),
    shortfallReason: r.shortfall_reason,
    shortfallReasonBy: r.shortfall_reason_by,
    shortfallReasonAt: r.shortfall_reason_at,
    updatedAt: r.updated_at,
  };
}

const unitImage = (u: BudgetUnit) => ({ id: u.id, name: u.name, regionCode: u.regionCode });
const yearImage = (y: BudgetUnitYear | undefined) =>
  y ? { year: y.year, procurementBudgetFen: y.procurementBudgetFen, shortfallReason: y.shortfallReason } : null;

/** The unit `id` within `scope` (read through `ctx`), or NotFoundError. */
export async function fetchBudgetUnit(ctx: StoreContext, id: string, scope: Scope, reader = ctx.db): Promise<BudgetUnit> {
  const row = await reader
    .selectFrom('budget_units as u')
    .selectAll()
    .where('u.id', '=', id)
    .where(partyScopeCondition(scope, 'budgetUnit', 'u', 'id'))
    .executeTakeFirst();
  if (!row) throw new NotFoundError('budget_unit', id);
  return budgetUnitFromRow(row as UnitRow);
}

export class BudgetUnitRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Creates a budget unit (id generated when not given).
   * @example await store.budgetUnits.create({ id: 'BU-370200-01', name: '青岛市教育局', regionCode: '370200' }, { actor })
   */
  async create(input: BudgetUnitInput, options: WriteOptions): Promise<BudgetUnit> {
    throwFirst(budgetUnitProblems(input, true));
    const at = nowIso();
    const row = {
      id: input.id ?? randomUUID(),
      name: cleanText(input.name),
      region_code: input.regionCode.trim(),
      created_at: at,
      updated_at: at,
    };
    return inTransaction(this.ctx, async (tx) => {
      const exists = await tx.db.selectFrom('budget_units').select('id').where('id', '=', row.id).executeTakeFirst();
      if (exists) throw new ConflictError(`budget unit '${row.id}' exists`, { id: row.id });
      await tx.db.insertInto('budget_units').values(row).execute();
      const created = budgetUnitFromRow(row);
      await writeAudit(tx, options.actor, [
        {
          action: 'budget_unit.create',
          entityType: 'budget_unit',
          entityId: row.id,
          regionCode: row.region_code,
          after: unitImage(created),
        },
      ]);
      return created;
    });
  }

  /** Changes the name or region of a unit within `scope`. */
  async update(id: string, patch: BudgetUnitPatch, options: WriteOptions & { scope: Scope }): Promise<BudgetUnit> {
    throwFirst(budgetUnitProblems(patch, false));
    return inTransaction(this.ctx, async (tx) => {
      const before = await fetchBudgetUnit(tx, id, options.scope);
      const after: BudgetUnit = {
        ...before,
        ...(patch.name !== undefined ? { name: cleanText(patch.name) } : {}),
        ...(patch.regionCode !== undefined ? { regionCode: patch.regionCode.trim() } : {}),
        updatedAt: nowIso(),
      };
      await tx.db
        .updateTable('budget_units')
        .set({ name: after.name, region_code: after.regionCode, updated_at: after.updatedAt })
        .where('id', '=', id)
        .execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'budget_unit.update',
          entityType: 'budget_unit',
          entityId: id,
          regionCode: after.regionCode,
          before: unitImage(before),
          after: unitImage(after),
        },
      ]);
      return after;
    });
  }

  /** One unit within `scope` with its years; NotFoundError outside the scope. */
  async get(id: string, options: { scope: Scope }): Promise<BudgetUnitDetail> {
    const reader = readerOf(this.ctx);
    const unit = await fetchBudgetUnit(this.ctx, id, options.scope, reader);
    const years = await reader.selectFrom('budget_unit_years').selectAll().where('budget_unit_id', '=', id).orderBy('year').execute();
    return { ...unit, years: years.map((y) => budgetUnitYearFromRow(y as YearRow)) };
  }

  /** The units within `scope`, by id, keyset-paged. */
  async list(query: BudgetUnitListQuery): Promise<{ items: BudgetUnit[]; nextCursor: string | null }> {
    const limit = pageSize(query.limit);
    let q = readerOf(this.ctx)
      .selectFrom('budget_units as u')
      .selectAll()
      .where(partyScopeCondition(query.scope, 'budgetUnit', 'u', 'id'));
    if (query.regionPrefix !== undefined) {
      if (!isRegionPrefix(query.regionPrefix)) {
        throw new ValidationError('filter.regionPrefix', {
          'zh-CN': '地区代码前缀无效（0–6 位数字）',
          ko: '지역 코드 접두사가 올바르지 않습니다(0~6자리 숫자)',
          en: 'invalid region code prefix (0–6 digits)',
        });
      }
      const [lo, hi] = regionRange(query.regionPrefix);
      q = q.where('u.region_code', '>=', lo).where('u.region_code', '<=', hi);
    }
    if (query.text !== undefined && query.text.trim() !== '') {
      const t = query.text.trim();
      q = q.where(sql<boolean>`(lower(u.name) like ${containsPattern(t)} escape '\\' or u.id = ${t})`);
    }
    if (query.cursor) {
      const [, after] = decodeCursor(query.cursor);
      q = q.where('u.id', '>', String(after));
    }
    const rows = await q
      .orderBy('u.id')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((r) => budgetUnitFromRow(r as UnitRow));
    return { items, nextCursor: rows.length > limit ? encodeCursor(null, items[items.length - 1].id) : null };
  }

  /**
   * Records a year's procurement budget (keeping a shortfall reason already recorded). Refused, with
   * nothing written, when the year's projects would then reserve more than the budget.
   * @example await store.budgetUnits.upsertYear('BU-DEMO-370200', { year: 2013, procurementBudgetFen: 50_000_000_00 }, { actor, scope })
   */
  async upsertYear(id: string, input: BudgetUnitYearInput, options: WriteOptions & { scope: Scope }): Promise<BudgetUnitYear> {
    throwFirst(yearInputProblems(input));
    return inTransaction(this.ctx, async (tx) => {
      const unit = await fetchBudgetUnit(tx, id, options.scope);
      const previous = await tx.db
        .selectFrom('budget_unit_years')
        .selectAll()
        .where('budget_unit_id', '=', id)
        .where('year', '=', input.year)
        .executeTakeFirst();
      const at = nowIso();
      if (previous) {
        await tx.db
          .updateTable('budget_unit_years')
          .set({ procurement_budget_fen: input.procurementBudgetFen, updated_at: at })
          .where('budget_unit_id', '=', id)
          .where('year', '=', input.year)
          .execute();
      } else {
        await tx.db
          .insertInto('budget_unit_years')
          .values({ budget_unit_id: id, year: input.year, procurement_budget_fen: input.procurementBudgetFen, updated_at: at })
          .execute();
      }
      await checkUnitYear(tx, id, input.year, 'procurementBudgetFen');
      const before = previous ? budgetUnitYearFromRow(previous as YearRow) : undefined;
      const saved: BudgetUnitYear = {
        budgetUnitId: id,
        year: input.year,
        procurementBudgetFen: input.procurementBudgetFen,
        shortfallReason: before?.shortfallReason ?? null,
        shortfallReasonBy: before?.shortfallReasonBy ?? null,
        shortfallReasonAt: before?.shortfallReasonAt ?? null,
        updatedAt: at,
      };
      await writeAudit(tx, options.actor, [
        {
          action: previous ? 'budget_unit_year.update' : 'budget_unit_year.create',
          entityType: 'budget_unit',
          entityId: id,
          regionCode: unit.regionCode,
          before: yearImage(before),
          after: yearImage(saved),
        },
      ]);
      return saved;
    });
  }
}
