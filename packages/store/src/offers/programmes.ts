/**
 * Programmes (issue 13 §3): a measure of the catalogue run by a department in a region for a year, with a
 * budget in exact fen and the days its confirmed offers stay published (公示) before payment. Created and
 * changed by officers of the region (and admins), every write audited. A programme's offers come from the
 * entitlement recompute (`sync-offers.ts`); creating one offers its measure at once to the enterprises whose
 * stored entitlements are already eligible.
 */
import { randomUUID } from 'node:crypto';
import { ENTITLEMENTS } from '@xiaowei/policy';
import { sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { ProgrammesTable } from '../schema.ts';
import { checkScope, type Scope } from '../scope.ts';
import { nowIso, toInt } from '../values.ts';
import { allocate } from './budget.ts';
import { OFFER_MESSAGES } from './offer-messages.ts';
import { offerProgrammeToExisting } from './sync-offers.ts';

/** The departments that run programmes (the codes of `users.department`). */
export const PROGRAMME_DEPARTMENTS = [
  'market_regulation',
  'statistics',
  'human_resources',
  'finance',
  'tax',
  'cluster_operator',
  'banking_regulator',
  'development_reform',
  'sme_bureau',
] as const;

/** The measures a programme can run: those with a computed entitlement. */
export const OFFERABLE_MEASURES: readonly string[] = [...new Set(ENTITLEMENTS.map((e) => e.measure))].sort();

export interface Programme {
  readonly id: string;
  readonly name: string;
  readonly measure: string;
  readonly department: string;
  /** Region code prefix the programme covers ('37' Shandong, '3702' Qingdao). */
  readonly regionCode: string;
  readonly year: number;
  readonly budgetFen: number;
  readonly publicityDays: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProgrammeInput {
  readonly name: string;
  readonly measure: string;
  readonly department: string;
  readonly regionCode: string;
  readonly year: number;
  /** Yuan as text (exact, at most two decimals). */
  readonly budgetYuan: string;
  readonly publicityDays: number;
}

export function programmeOf(r: ProgrammesTable): Programme {
  return {
    id: r.id,
    name: r.name,
    measure: r.measure,
    department: r.department,
    regionCode: r.region_code,
    year: toInt(r.year),
    budgetFen: toInt(r.budget_fen),
    publicityDays: toInt(r.publicity_days),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Fen of a yuan amount given as text, exactly; undefined when it is not 0–10^13 yuan with at most two decimals. */
export function exactFen(yuan: string): number | undefined {
  const m = /^\s*(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(yuan);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Yuan text of integer fen, exact ('1234.50'). */
export function yuanOfFen(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The region prefix a scope may run programmes in; undefined for a party's scope. */
function prefixOf(scope: Scope): string | undefined {
  checkScope(scope);
  if ('all' in scope) return '';
  if ('regionPrefix' in scope) return scope.regionPrefix;
  return undefined;
}

/**
 * The condition "the programme lies inside `scope`" on `programmes` (or the alias `table`); with `department`,
 * also "run by that department" (a department user reads its own department's programmes only).
 */
export function programmeInScope(scope: Scope, department?: string, table = 'programmes') {
  const prefix = prefixOf(scope);
  if (prefix === undefined) return sql<boolean>`1 = 0`;
  const own = department === undefined ? sql<boolean>`1 = 1` : sql<boolean>`${sql.ref(`${table}.department`)} = ${department}`;
  if (prefix === '') return own;
  return sql<boolean>`substr(${sql.ref(`${table}.region_code`)}, 1, ${prefix.length}) = ${prefix} and ${own}`;
}

function checked(input: ProgrammeInput, scope: Scope): { row: Omit<ProgrammesTable, 'id' | 'created_by' | 'created_at' | 'updated_at'> } {
  const name = typeof input.name === 'string' ? input.name.trim().normalize('NFC') : '';
  if (name === '' || name.length > 200 || /[\p{Cc}\p{Cf}]/u.test(name)) throw new ValidationError('name', OFFER_MESSAGES.programmeName);
  if (!OFFERABLE_MEASURES.includes(input.measure)) throw new ValidationError('measure', OFFER_MESSAGES.programmeMeasure);
  if (!(PROGRAMME_DEPARTMENTS as readonly string[]).includes(input.department))
    throw new ValidationError('department', OFFER_MESSAGES.programmeDepartment);
  const prefix = prefixOf(scope);
  const region = input.regionCode;
  if (typeof region !== 'string' || !/^(\d{2}|\d{4}|\d{6})$/.test(region) || prefix === undefined || !region.startsWith(prefix))
    throw new ValidationError('region_code', OFFER_MESSAGES.programmeRegion);
  if (!Number.isInteger(input.year) || input.year < 2011 || input.year > 2100)
    throw new ValidationError('year', OFFER_MESSAGES.programmeYear);
  const budget = typeof input.budgetYuan === 'string' ? exactFen(input.budgetYuan) : undefined;
  if (budget === undefined) throw new ValidationError('budget', OFFER_MESSAGES.programmeBudget);
  if (!Number.isInteger(input.publicityDays) || input.publicityDays < 0 || input.publicityDays > 60)
    throw new ValidationError('publicity_days', OFFER_MESSAGES.programmeDays);
  return {
    row: {
      name,
      measure: input.measure,
      department: input.department,
      region_code: region,
      year: input.year,
      budget_fen: budget,
      publicity_days: input.publicityDays,
    },
  };
}

export class ProgrammeRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Creates a programme inside the caller's region and offers its measure to the enterprises already eligible.
   * @example await store.programmes.create({ name, measure: 'gf2012-14/02.2', department: 'finance', regionCode: '3702', year: 2024, budgetYuan: '100000', publicityDays: 7 }, { actor, scope })
   */
  async create(input: ProgrammeInput, options: WriteOptions & { scope: Scope }): Promise<Programme> {
    const { row } = checked(input, options.scope);
    const at = nowIso();
    const full: ProgrammesTable = { id: randomUUID(), ...row, created_by: options.actor, created_at: at, updated_at: at };
    return inTransaction(this.ctx, async (tx) => {
      await tx.db.insertInto('programmes').values(full).execute();
      const programme = programmeOf(full);
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'programme.create', entityType: 'programme', entityId: full.id, regionCode: full.region_code, after: programme }],
        at,
      );
      await offerProgrammeToExisting(tx, programme);
      return programme;
    });
  }

  /** Changes the budget or the publicity days (the rest defines which offers exist and is fixed); audited. */
  async update(
    id: string,
    patch: { budgetYuan?: string; publicityDays?: number; name?: string },
    options: WriteOptions & { scope: Scope },
  ): Promise<Programme> {
    return inTransaction(this.ctx, async (tx) => {
      const before = await this.getIn(tx, id, options.scope, true);
      const next = checked(
        {
          name: patch.name ?? before.name,
          measure: before.measure,
          department: before.department,
          regionCode: before.regionCode,
          year: before.year,
          budgetYuan: patch.budgetYuan ?? yuanOfFen(before.budgetFen),
          publicityDays: patch.publicityDays ?? before.publicityDays,
        },
        { all: true },
      ).row;
      const at = nowIso();
      await tx.db
        .updateTable('programmes')
        .set({ name: next.name, budget_fen: next.budget_fen, publicity_days: next.publicity_days, updated_at: at })
        .where('id', '=', id)
        .execute();
      const after = await this.getIn(tx, id, options.scope, false);
      await writeAudit(
        tx,
        options.actor,
        [{ action: 'programme.update', entityType: 'programme', entityId: id, regionCode: after.regionCode, before, after }],
        at,
      );
      // A larger budget may admit offers waiting in the queue.
      await allocate(tx, id, options.actor);
      return after;
    });
  }

  /** A programme inside the scope — and run by `department` when given (NotFoundError otherwise). */
  async get(id: string, options: { scope: Scope; department?: string }): Promise<Programme> {
    return this.getIn(this.ctx, id, options.scope, false, options.department);
  }

  /** A programme by id for the public publicity page (no scope). */
  async getPublic(id: string): Promise<Programme> {
    const row = (await readerOf(this.ctx).selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst()) as
      | ProgrammesTable
      | undefined;
    if (row === undefined) throw new NotFoundError('programme', id);
    return programmeOf(row);
  }

  private async getIn(ctx: StoreContext, id: string, scope: Scope, lock: boolean, department?: string): Promise<Programme> {
    let q = readerOf(ctx).selectFrom('programmes').selectAll().where('id', '=', id).where(programmeInScope(scope, department));
    if (lock && ctx.dialect === 'postgres') q = q.forUpdate();
    const row = (await q.executeTakeFirst()) as ProgrammesTable | undefined;
    if (row === undefined) throw new NotFoundError('programme', id);
    return programmeOf(row);
  }

  /** The programmes inside the scope (and run by `department` when given), newest year first. */
  async list(options: { scope: Scope; year?: number; department?: string }): Promise<Programme[]> {
    let q = readerOf(this.ctx).selectFrom('programmes').selectAll().where(programmeInScope(options.scope, options.department));
    if (options.year !== undefined) q = q.where('year', '=', options.year);
    const rows = (await q.orderBy('year', 'desc').orderBy('created_at', 'desc').limit(1000).execute()) as ProgrammesTable[];
    return rows.map(programmeOf);
  }
}
