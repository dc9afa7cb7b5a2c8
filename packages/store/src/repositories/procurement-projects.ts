/**
 * The projects of a budget unit's year: reserved for SMEs, for small and micro enterprises, or open,
 * and the award once made. A procurement user reaches only its own unit's projects, an officer those
 * of the units in their region (the scope is applied to the unit in SQL). Awards of projects linked to
 * a tender are written by the tender's publication; by hand only for projects without one.
 */
import { randomUUID } from 'node:crypto';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Scope } from '../scope.ts';
import { partyScopeCondition } from '../scope.ts';
import { checkUnitYear } from '../set-aside/check-unit-year.ts';
import {
  type AwardSizeClass,
  type ProjectInput,
  type ProjectPatch,
  projectProblems,
  type ReservedFor,
  throwFirst,
} from '../set-aside/set-aside-fields.ts';
import { yearMissing } from '../set-aside/unit-year-amounts.ts';
import { cleanText } from '../text.ts';
import { nowIso, toInt, toIntOrNull } from '../values.ts';
import { fetchBudgetUnit } from './budget-units.ts';

export interface ProjectAward {
  readonly supplierId: string | null;
  readonly supplierName: string | null;
  readonly sizeClass: AwardSizeClass;
  readonly amountFen: number;
}

export interface ProcurementProject {
  readonly id: string;
  readonly budgetUnitId: string;
  readonly year: number;
  readonly name: string;
  readonly budgetFen: number;
  readonly reservedFor: ReservedFor;
  /** null: not awarded yet. */
  readonly award: ProjectAward | null;
  /** The tender whose publication wrote the award (null: none in the system; awards are recorded by hand). */
  readonly tenderId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface ProjectRow {
  id: string;
  budget_unit_id: string;
  year: unknown;
  name: string;
  budget_fen: unknown;
  reserved_for: string;
  awarded_supplier_id: string | null;
  awarded_supplier_name: string | null;
  awarded_size_class: string | null;
  awarded_amount_fen: unknown;
  tender_id: string | null;
  created_at: string;
  updated_at: string;
}

export function projectFromRow(r: ProjectRow): ProcurementProject {
  const amount = toIntOrNull(r.awarded_amount_fen);
  return {
    id: r.id,
    budgetUnitId: r.budget_unit_id,
    year: toInt(r.year),
    name: r.name,
    budgetFen: toInt(r.budget_fen),
    reservedFor: r.reserved_for as ReservedFor,
    award:
      r.awarded_size_class !== null && amount !== null
        ? {
            supplierId: r.awarded_supplier_id,
            supplierName: r.awarded_supplier_name,
            sizeClass: r.awarded_size_class as AwardSizeClass,
            amountFen: amount,
          }
        : null,
    tenderId: r.tender_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const image = (p: ProcurementProject) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
};

function awardColumns(award: ProjectInput['award']) {
  return {
    awarded_supplier_id: award?.supplierId?.trim() || null,
    awarded_supplier_name: award ? cleanText(award.supplierName) : null,
    awarded_size_class: award?.sizeClass ?? null,
    awarded_amount_fen: award?.amountFen ?? null,
  };
}

/** The published tender that awarded project `id`, if any. */
async function publishedTenderOf(tx: StoreContext, id: string): Promise<string | undefined> {
  const row = await tx.db
    .selectFrom('tenders')
    .select('id')
    .where('project_id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row?.id;
}

/**
 * The project of a published tender is part of its record: its unit, year, budget, reservation and award are
 * what the award and the set-aside shares were computed from. `details.reason: 'project_published'`.
 */
function frozenProject(id: string, tenderId: string, field?: string): ConflictError {
  return new ConflictError(`procurement project '${id}' is the project of published tender '${tenderId}' and cannot be changed`, {
    id,
    tenderId,
    reason: 'project_published',
    ...(field !== undefined ? { field } : {}),
  });
}

export class ProcurementProjectRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The project `id` whose unit is within `scope`, with the unit's region, or NotFoundError. */
  private async fetch(db: StoreContext['db'], id: string, scope: Scope): Promise<{ project: ProcurementProject; regionCode: string }> {
    const row = await db
      .selectFrom('procurement_projects as p')
      .innerJoin('budget_units as u', 'u.id', 'p.budget_unit_id')
      .selectAll('p')
      .select('u.region_code as unit_region_code')
      .where('p.id', '=', id)
      .where(partyScopeCondition(scope, 'budgetUnit', 'u', 'id'))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('procurement_project', id);
    return { project: projectFromRow(row as unknown as ProjectRow), regionCode: (row as { unit_region_code: string }).unit_region_code };
  }

  /**
   * Adds a project to a unit's recorded year; refused (nothing written) when the year's reserved
   * projects would then exceed its budget.
   * @example await store.procurementProjects.create({ budgetUnitId: 'BU-DEMO-370200', year: 2013, name: '办公家具', budgetFen: 80_000_000, reservedFor: 'small_micro' }, { actor, scope })
   */
  async create(input: ProjectInput, options: WriteOptions & { scope: Scope }): Promise<ProcurementProject> {
    throwFirst(projectProblems(input, true));
    return inTransaction(this.ctx, async (tx) => {
      const unit = await fetchBudgetUnit(tx, input.budgetUnitId, options.scope);
      const year = await tx.db
        .selectFrom('budget_unit_years')
        .select('year')
        .where('budget_unit_id', '=', unit.id)
        .where('year', '=', input.year)
        .executeTakeFirst();
      if (!year) throw yearMissing(unit.id, input.year);
      const id = input.id ?? randomUUID();
      const exists = await tx.db.selectFrom('procurement_projects').select('id').where('id', '=', id).executeTakeFirst();
      if (exists) throw new ConflictError(`procurement project '${id}' exists`, { id });
      const at = nowIso();
      const row = {
        id,
        budget_unit_id: unit.id,
        year: input.year,
        name: cleanText(input.name),
        budget_fen: input.budgetFen,
        reserved_for: input.reservedFor,
        ...awardColumns(input.award),
        tender_id: null,
        created_at: at,
        updated_at: at,
      };
      await tx.db.insertInto('procurement_projects').values(row).execute();
      await checkUnitYear(tx, unit.id, input.year, 'budgetFen');
      const created = projectFromRow(row);
      await writeAudit(tx, options.actor, [
        {
          action: 'procurement_project.create',
          entityType: 'procurement_project',
          entityId: id,
          regionCode: unit.regionCode,
          after: image(created),
        },
      ]);
      return created;
    });
  }

  /**
   * Changes a project within `scope`. `award` (an object, or null to clear it) may be set by hand only
   * on a project without a tender: a tender's award is the tender's publication.
   */
  async update(id: string, patch: ProjectPatch, options: WriteOptions & { scope: Scope }): Promise<ProcurementProject> {
    throwFirst(projectProblems(patch, false));
    return inTransaction(this.ctx, async (tx) => {
      const { project: before, regionCode } = await this.fetch(tx.db, id, options.scope);
      if (patch.award !== undefined && before.tenderId !== null) {
        throw new ConflictError(`procurement project '${id}' is awarded through tender '${before.tenderId}'`, {
          id,
          tenderId: before.tenderId,
        });
      }
      const year = patch.year ?? before.year;
      const frozen = (['year', 'budgetFen', 'reservedFor'] as const).filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
      if (frozen.length > 0) {
        // A published tender's award and the unit's set-aside shares rest on these (migration 0009).
        const tender = await publishedTenderOf(tx, id);
        if (tender !== undefined) throw frozenProject(id, tender, frozen[0]);
      }
      if (year !== before.year) {
        const recorded = await tx.db
          .selectFrom('budget_unit_years')
          .select('year')
          .where('budget_unit_id', '=', before.budgetUnitId)
          .where('year', '=', year)
          .executeTakeFirst();
        if (!recorded) throw yearMissing(before.budgetUnitId, year);
      }
      const at = nowIso();
      await tx.db
        .updateTable('procurement_projects')
        .set({
          year,
          name: patch.name !== undefined ? cleanText(patch.name) : before.name,
          budget_fen: patch.budgetFen ?? before.budgetFen,
          reserved_for: patch.reservedFor ?? before.reservedFor,
          ...(patch.award !== undefined ? awardColumns(patch.award) : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      await checkUnitYear(tx, before.budgetUnitId, year, patch.budgetFen !== undefined ? 'budgetFen' : 'reservedFor');
      const { project: after } = await this.fetch(tx.db, id, { all: true });
      await writeAudit(tx, options.actor, [
        {
          action: patch.award !== undefined && Object.keys(patch).length === 1 ? 'procurement_project.award' : 'procurement_project.update',
          entityType: 'procurement_project',
          entityId: id,
          regionCode,
          before: image(before),
          after: image(after),
        },
      ]);
      return after;
    });
  }

  /**
   * Deletes a project within `scope` (the audit row keeps it). A project a published tender names is part
   * of that tender's record, which nothing may change (0005's triggers): refused as a conflict.
   */
  async delete(id: string, options: WriteOptions & { scope: Scope }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const { project, regionCode } = await this.fetch(tx.db, id, options.scope);
      const published = await publishedTenderOf(tx, id);
      if (published !== undefined) throw frozenProject(id, published);
      await tx.db.deleteFrom('procurement_projects').where('id', '=', id).execute();
      await writeAudit(tx, options.actor, [
        { action: 'procurement_project.delete', entityType: 'procurement_project', entityId: id, regionCode, before: image(project) },
      ]);
    });
  }

  /** One project whose unit is within `scope`. */
  async get(id: string, options: { scope: Scope }): Promise<ProcurementProject> {
    return (await this.fetch(readerOf(this.ctx), id, options.scope)).project;
  }

  /** The projects of a unit within `scope` (of one year, or all), by year and id. */
  async list(budgetUnitId: string, options: { scope: Scope; year?: number }): Promise<ProcurementProject[]> {
    const reader = readerOf(this.ctx);
    await fetchBudgetUnit(this.ctx, budgetUnitId, options.scope, reader);
    if (options.year !== undefined && !Number.isInteger(options.year)) {
      throw new ValidationError('year', { 'zh-CN': '年度无效', ko: '연도가 올바르지 않습니다', en: 'invalid year' });
    }
    let q = reader.selectFrom('procurement_projects').selectAll().where('budget_unit_id', '=', budgetUnitId);
    if (options.year !== undefined) q = q.where('year', '=', options.year);
    const rows = await q.orderBy('year').orderBy('id').execute();
    return rows.map((r) => projectFromRow(r as ProjectRow));
  }
}
