/**
 * Enterprises and their yearly figures: create / update / delete with audit rows in the same
 * transaction, scoped reads, keyset paging, streaming export. A change to the data an evaluation reads
 * recomputes the enterprise's entitlements in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { type SelectQueryBuilder, sql } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import {
  creditCodeOf,
  type EnterpriseInput,
  type EnterprisePatch,
  type EnterpriseYearInput,
  enterpriseProblems,
  type FieldProblem,
  industryGroupOf,
  yearProblems,
} from '../enterprise-fields.ts';
import { recomputeBatch } from '../entitlements/recompute.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Database } from '../schema.ts';
import { type Scope, scopeCondition } from '../scope.ts';
import { cleanText } from '../text.ts';
import {
  boolParamOrNull,
  containsPattern,
  fromJsonOrNull,
  isRegionPrefix,
  nowIso,
  regionRange,
  toBoolOrNull,
  toInt,
  toIntOrNull,
  toJsonOrNull,
  toNumberOrNull,
} from '../values.ts';
import { type EntitlementRecord, type EntitlementRow, entitlementRecord } from './entitlements.ts';

export interface Enterprise {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly industry: string;
  /** The size-standard group of `industry` (derived). */
  readonly industryGroup: string;
  readonly founded: string | null;
  readonly registeredCapitalFen: number | null;
  /** GB 32100-2015 unified social credit code (capitals), or null when none is recorded. */
  readonly creditCode: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Row version: 1 when created, +1 on every change (optimistic concurrency). */
  readonly version: number;
}

export interface EnterpriseYear {
  readonly enterpriseId: string;
  readonly year: number;
  readonly employees: number | null;
  readonly revenueFen: number | null;
  readonly totalAssetsFen: number | null;
  readonly taxableIncomeFen: number | null;
  readonly totalProfitFen: number | null;
  readonly restrictedIndustry: boolean | null;
  readonly inputs: Readonly<Record<string, unknown>> | null;
  readonly updatedAt: string;
}

export interface EnterpriseDetail extends Enterprise {
  readonly years: readonly EnterpriseYear[];
  readonly entitlements: readonly EntitlementRecord[];
}

export interface EnterpriseFilter {
  /** Region code prefix, on top of the scope ('3702'). */
  readonly regionPrefix?: string;
  /** One of the 16 size-standard groups. */
  readonly industryGroup?: string;
  /** An industry code as stored, or its beginning ('C33' matches 'C3311'). */
  readonly industry?: string;
  /** Only enterprises with figures for this year; items then carry that year's figures and entitlement. */
  readonly year?: number;
  /** Size class in `year` (needs `year`). */
  readonly sizeClass?: string;
  /** Name contains (case-insensitive), or id equals. */
  readonly text?: string;
}

export type EnterpriseSort = 'id' | 'name' | 'updatedAt' | 'regionCode';

export interface ListQuery {
  readonly scope: Scope;
  readonly filter?: EnterpriseFilter;
  readonly sort?: EnterpriseSort;
  readonly direction?: 'asc' | 'desc';
  /** Page size, 1–1000 (default 50). */
  readonly limit?: number;
  readonly cursor?: string | null;
  /** Count at most this many matches (default 10,000; 0: do not count). */
  readonly countCap?: number;
}

export interface Total {
  readonly count: number;
  /** False when there are more than `countCap` matches: `count` is then the cap. */
  readonly exact: boolean;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly total?: Total;
}

export interface EntitlementSummary {
  readonly sizeClass: string | null;
  readonly isSmallOrMicro: boolean | null;
  readonly totalSupportValueFen: number | null;
  readonly policyVersion: string;
  readonly parameterHash: string;
}

export interface EnterpriseListItem extends Enterprise {
  /** With `filter.year`: that year's figures. */
  readonly figures?: Omit<EnterpriseYear, 'enterpriseId' | 'inputs' | 'updatedAt'>;
  /** With `filter.year`: that year's stored entitlement summary (null before it is computed). */
  readonly entitlement?: EntitlementSummary | null;
}

/** One enterprise-year, flat, for CSV / Excel export. Money in fen. */
export interface ExportRow {
  readonly id: string;
  readonly name: string;
  /** The unified social credit code (GB 32100-2015) the enterprise signs in with; null when none is recorded. */
  readonly creditCode: string | null;
  readonly regionCode: string;
  readonly industry: string;
  readonly industryGroup: string;
  readonly founded: string | null;
  readonly registeredCapitalFen: number | null;
  readonly year: number | null;
  readonly employees: number | null;
  readonly revenueFen: number | null;
  readonly totalAssetsFen: number | null;
  readonly taxableIncomeFen: number | null;
  readonly totalProfitFen: number | null;
  readonly restrictedIndustry: boolean | null;
  readonly sizeClass: string | null;
  readonly isSmallOrMicro: boolean | null;
  readonly totalSupportValueFen: number | null;
  readonly policyVersion: string | null;
  readonly parameterHash: string | null;
}

export interface EnterpriseRow {
  id: string;
  name: string;
  region_code: string;
  industry: string;
  industry_group: string;
  founded: string | null;
  registered_capital_fen: unknown;
  credit_code?: string | null;
  created_at: string;
  updated_at: string;
  version: unknown;
}

export function enterpriseFromRow(r: EnterpriseRow): Enterprise {
  return {
    id: r.id,
    name: r.name,
    regionCode: r.region_code,
    industry: r.industry,
    industryGroup: r.industry_group,
    founded: r.founded,
    registeredCapitalFen: toIntOrNull(r.registered_capital_fen),
    creditCode: r.credit_code ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: toInt(r.version),
  };
}

export interface YearRow {
  enterprise_id: string;
  year: unknown;
  employees: unknown;
  revenue_fen: unknown;
  total_assets_fen: unknown;
  taxable_income_fen: unknown;
  total_profit_fen: unknown;
  restricted_industry: unknown;
  inputs: unknown;
  updated_at: string;
}

export function yearFromRow(r: YearRow): EnterpriseYear {
  return {
    enterpriseId: r.enterprise_id,
    year: toInt(r.year),
    employees: toNumberOrNull(r.employees),
    revenueFen: toIntOrNull(r.revenue_fen),
    totalAssetsFen: toIntOrNull(r.total_assets_fen),
    taxableIncomeFen: toIntOrNull(r.taxable_income_fen),
    totalProfitFen: toIntOrNull(r.total_profit_fen),
    restrictedIndustry: toBoolOrNull(r.restricted_industry),
    inputs: fromJsonOrNull<Record<string, unknown>>(r.inputs),
    updatedAt: r.updated_at,
  };
}

/** The audit image of an enterprise (what changed is what the log shows). */
function image(e: Enterprise): Record<string, unknown> {
  const { createdAt: _c, ...rest } = e;
  return rest;
}

function yearImage(y: EnterpriseYear | undefined): Record<string, unknown> | null {
  if (!y) return null;
  const { enterpriseId: _e, updatedAt: _u, ...rest } = y;
  return rest;
}

/**
 * A credit code belongs to one enterprise (unique whatever the case, migration 0013): held by another is a
 * ConflictError at `creditCode` (`details.reason: 'credit_code_taken'`), the same answer whichever region holds it.
 */
async function assertCreditCodeFree(tx: StoreContext, code: string | null, ownId: string): Promise<void> {
  if (code === null) return;
  const holder = await tx.db
    .selectFrom('enterprises')
    .select('id')
    .where(sql<boolean>`upper(credit_code) = ${code}`)
    .where('id', '<>', ownId)
    .executeTakeFirst();
  if (holder)
    throw new ConflictError(`credit code '${code}' is taken`, { field: 'creditCode', creditCode: code, reason: 'credit_code_taken' });
}

function throwFirst(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new ValidationError(problems[0].field, problems[0].message);
}

const SORT_COLUMNS: Record<EnterpriseSort, string> = {
  id: 'e.id',
  name: 'e.name',
  updatedAt: 'e.updated_at',
  regionCode: 'e.region_code',
};

const INVALID_FILTER = (what: string) =>
  new ValidationError(`filter.${what}`, {
    'zh-CN': `筛选条件“${what}”无效`,
    ko: `필터 “${what}”이(가) 올바르지 않습니다`,
    en: `invalid filter "${what}"`,
  });

type EnterpriseQuery = SelectQueryBuilder<Database & { e: Database['enterprises'] }, 'e', object>;

export class EnterpriseRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Creates an enterprise (id generated when not given).
   * @example await store.enterprises.create({ name: '青岛海纳电子有限公司', regionCode: '370202', industry: 'C3911' }, { actor: userId })
   */
  async create(input: EnterpriseInput, options: WriteOptions): Promise<Enterprise> {
    throwFirst(enterpriseProblems(input, true));
    const at = nowIso();
    const row = {
      id: input.id ?? randomUUID(),
      name: cleanText(input.name),
      region_code: input.regionCode.trim(),
      industry: input.industry.trim(),
      industry_group: industryGroupOf(input.industry),
      founded: input.founded ?? null,
      registered_capital_fen: input.registeredCapitalFen ?? null,
      credit_code: creditCodeOf(input.creditCode),
      created_at: at,
      updated_at: at,
      version: 1,
    };
    return inTransaction(this.ctx, async (tx) => {
      // Ids are unique whatever their letter case (migration 0011): `e1` is taken when `E1` exists.
      const exists = await tx.db
        .selectFrom('enterprises')
        .select('id')
        .where(sql<boolean>`lower(id) = lower(${row.id})`)
        .executeTakeFirst();
      // The same answer whichever region holds the id: the caller learns only that it is taken.
      if (exists) throw new ConflictError(`enterprise '${row.id}' exists`, { id: row.id, reason: 'id_taken' });
      await assertCreditCodeFree(tx, row.credit_code, row.id);
      await tx.db.insertInto('enterprises').values(row).execute();
      const created = enterpriseFromRow(row);
      await writeAudit(tx, options.actor, [
        { action: 'enterprise.create', entityType: 'enterprise', entityId: row.id, regionCode: row.region_code, after: image(created) },
      ]);
      return created;
    });
  }

  /** The enterprise `id` within `scope`, or NotFoundError. */
  private async fetch(tx: StoreContext, id: string, scope: Scope): Promise<Enterprise> {
    const row = await tx.db
      .selectFrom('enterprises as e')
      .selectAll()
      .where('e.id', '=', id)
      .where(scopeCondition(scope, 'e', 'id'))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('enterprise', id);
    return enterpriseFromRow(row as EnterpriseRow);
  }

  /**
   * Changes fields of an enterprise within `scope`; with `expectedVersion`, only if nobody changed it since.
   * Entitlements are recomputed when the industry, region or founding date changes.
   */
  async update(
    id: string,
    patch: EnterprisePatch,
    options: WriteOptions & { scope: Scope; expectedVersion?: number },
  ): Promise<Enterprise> {
    throwFirst(enterpriseProblems(patch, false));
    return inTransaction(this.ctx, async (tx) => {
      const before = await this.fetch(tx, id, options.scope);
      if (options.expectedVersion !== undefined && options.expectedVersion !== before.version) {
        throw new ConflictError(`enterprise '${id}' changed (version ${before.version}, expected ${options.expectedVersion})`, {
          id,
          version: before.version,
        });
      }
      const after: Enterprise = {
        ...before,
        ...(patch.name !== undefined ? { name: cleanText(patch.name) } : {}),
        ...(patch.regionCode !== undefined ? { regionCode: patch.regionCode.trim() } : {}),
        ...(patch.industry !== undefined ? { industry: patch.industry.trim(), industryGroup: industryGroupOf(patch.industry) } : {}),
        ...(patch.founded !== undefined ? { founded: patch.founded } : {}),
        ...(patch.registeredCapitalFen !== undefined ? { registeredCapitalFen: patch.registeredCapitalFen } : {}),
        ...(patch.creditCode !== undefined ? { creditCode: creditCodeOf(patch.creditCode) } : {}),
        updatedAt: nowIso(),
        version: before.version + 1,
      };
      if (after.creditCode !== before.creditCode) await assertCreditCodeFree(tx, after.creditCode, id);
      const result = await tx.db
        .updateTable('enterprises')
        .set({
          credit_code: after.creditCode,
          name: after.name,
          region_code: after.regionCode,
          industry: after.industry,
          industry_group: after.industryGroup,
          founded: after.founded,
          registered_capital_fen: after.registeredCapitalFen,
          updated_at: after.updatedAt,
          version: after.version,
        })
        .where('id', '=', id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`enterprise '${id}' changed meanwhile`, { id });
      await writeAudit(tx, options.actor, [
        {
          action: 'enterprise.update',
          entityType: 'enterprise',
          entityId: id,
          regionCode: after.regionCode,
          before: image(before),
          after: image(after),
        },
      ]);
      if (after.industry !== before.industry || after.regionCode !== before.regionCode || after.founded !== before.founded) {
        await recomputeBatch(tx, [id]);
      }
      return after;
    });
  }

  /** Deletes an enterprise within `scope`, with its years and entitlements. */
  async delete(id: string, options: WriteOptions & { scope: Scope }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const before = await this.fetch(tx, id, options.scope);
      const years = await tx.db.selectFrom('enterprise_years').selectAll().where('enterprise_id', '=', id).orderBy('year').execute();
      await tx.db.deleteFrom('enterprises').where('id', '=', id).execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'enterprise.delete',
          entityType: 'enterprise',
          entityId: id,
          regionCode: before.regionCode,
          before: { ...image(before), years: years.map((y) => yearImage(yearFromRow(y as YearRow))) },
        },
      ]);
    });
  }

  /**
   * Writes the figures of one year (replacing what was stored for that year) and recomputes that
   * enterprise's entitlements, in one transaction.
   * @example await store.enterprises.upsertYear(id, { year: 2013, employees: 80, revenueFen: 30_000_000_00 }, { actor, scope })
   */
  async upsertYear(id: string, input: EnterpriseYearInput, options: WriteOptions & { scope: Scope }): Promise<EnterpriseYear> {
    throwFirst(yearProblems(input));
    return inTransaction(this.ctx, async (tx) => {
      const enterprise = await this.fetch(tx, id, options.scope);
      const previous = await tx.db
        .selectFrom('enterprise_years')
        .selectAll()
        .where('enterprise_id', '=', id)
        .where('year', '=', input.year)
        .executeTakeFirst();
      const row = {
        enterprise_id: id,
        year: input.year,
        employees: input.employees ?? null,
        revenue_fen: input.revenueFen ?? null,
        total_assets_fen: input.totalAssetsFen ?? null,
        taxable_income_fen: input.taxableIncomeFen ?? null,
        total_profit_fen: input.totalProfitFen ?? null,
        restricted_industry: boolParamOrNull(input.restrictedIndustry),
        inputs: toJsonOrNull(input.inputs && Object.keys(input.inputs).length > 0 ? input.inputs : null),
        updated_at: nowIso(),
      };
      await tx.db
        .insertInto('enterprise_years')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['enterprise_id', 'year']).doUpdateSet({
            employees: row.employees,
            revenue_fen: row.revenue_fen,
            total_assets_fen: row.total_assets_fen,
            taxable_income_fen: row.taxable_income_fen,
            total_profit_fen: row.total_profit_fen,
            restricted_industry: row.restricted_industry,
            inputs: row.inputs,
            updated_at: row.updated_at,
          }),
        )
        .execute();
      const saved = yearFromRow({ ...row, inputs: input.inputs ?? null } as YearRow);
      await writeAudit(tx, options.actor, [
        {
          action: previous ? 'enterprise_year.update' : 'enterprise_year.create',
          entityType: 'enterprise',
          entityId: id,
          regionCode: enterprise.regionCode,
          before: previous ? yearImage(yearFromRow(previous as YearRow)) : null,
          after: yearImage(saved),
        },
      ]);
      await recomputeBatch(tx, [id]);
      return saved;
    });
  }

  /** Deletes one year's figures (and its entitlements). */
  async deleteYear(id: string, year: number, options: WriteOptions & { scope: Scope }): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const enterprise = await this.fetch(tx, id, options.scope);
      const previous = await tx.db
        .selectFrom('enterprise_years')
        .selectAll()
        .where('enterprise_id', '=', id)
        .where('year', '=', year)
        .executeTakeFirst();
      if (!previous) throw new NotFoundError('enterprise_year', `${id}/${year}`);
      await tx.db.deleteFrom('enterprise_years').where('enterprise_id', '=', id).where('year', '=', year).execute();
      await tx.db.deleteFrom('entitlements').where('enterprise_id', '=', id).where('year', '=', year).execute();
      await tx.db.deleteFrom('entitlement_components').where('enterprise_id', '=', id).where('year', '=', year).execute();
      await writeAudit(tx, options.actor, [
        {
          action: 'enterprise_year.delete',
          entityType: 'enterprise',
          entityId: id,
          regionCode: enterprise.regionCode,
          before: yearImage(yearFromRow(previous as YearRow)),
        },
      ]);
    });
  }

  /**
   * One enterprise within `scope` with its years and entitlements; NotFoundError outside the scope.
   * @example const e = await store.enterprises.get('E1', { scope: { enterpriseId: 'E1' } })
   */
  async get(id: string, options: { scope: Scope }): Promise<EnterpriseDetail> {
    const enterprise = await this.fetch({ ...this.ctx, db: readerOf(this.ctx) }, id, options.scope);
    const years = await readerOf(this.ctx)
      .selectFrom('enterprise_years')
      .selectAll()
      .where('enterprise_id', '=', id)
      .orderBy('year')
      .execute();
    const entitlements = await readerOf(this.ctx)
      .selectFrom('entitlements')
      .selectAll()
      .where('enterprise_id', '=', id)
      .orderBy('year')
      .execute();
    return {
      ...enterprise,
      years: years.map((y) => yearFromRow(y as YearRow)),
      entitlements: entitlements.map((n) => entitlementRecord(n as EntitlementRow)),
    };
  }

  /** The filtered enterprises within scope (no ordering or paging yet). */
  private base(scope: Scope, filter: EnterpriseFilter): EnterpriseQuery {
    let q = readerOf(this.ctx)
      .selectFrom('enterprises as e')
      .where(scopeCondition(scope, 'e', 'id')) as unknown as EnterpriseQuery;
    if (filter.regionPrefix !== undefined) {
      if (!isRegionPrefix(filter.regionPrefix)) throw INVALID_FILTER('regionPrefix');
      const [lo, hi] = regionRange(filter.regionPrefix);
      q = q.where(sql<boolean>`e.region_code between ${lo} and ${hi}`);
    }
    if (filter.industryGroup !== undefined) q = q.where(sql<boolean>`e.industry_group = ${filter.industryGroup}`);
    if (filter.industry !== undefined) {
      // A code prefix, compared exactly: LIKE ignores case in SQLite, so 'C' matched the group codes
      // 'construction' and 'catering' stored for enterprises registered by group. GB/T 4754 letters are
      // capitals, so the prefix is read in capitals and group codes (lower case) never match.
      const prefix = filter.industry.trim().toUpperCase();
      q = q.where(sql<boolean>`substr(e.industry, 1, ${prefix.length}) = ${prefix}`);
    }
    if (filter.text !== undefined && filter.text.trim() !== '') {
      const text = filter.text.trim();
      q = q.where(sql<boolean>`(lower(e.name) like ${containsPattern(text)} escape '\\' or e.id = ${text})`);
    }
    if (filter.sizeClass !== undefined && filter.year === undefined) throw INVALID_FILTER('sizeClass');
    if (filter.year !== undefined) {
      if (!Number.isInteger(filter.year)) throw INVALID_FILTER('year');
      q = q.where(sql<boolean>`exists (select 1 from enterprise_years y0 where y0.enterprise_id = e.id and y0.year = ${filter.year})`);
      if (filter.sizeClass !== undefined) {
        q = q.where(
          sql<boolean>`exists (select 1 from entitlements n0 where n0.enterprise_id = e.id and n0.year = ${filter.year} and n0.size_class = ${filter.sizeClass})`,
        );
      }
    }
    return q;
  }

  /**
   * A page of enterprises within `scope`, keyset-paged on (sort key, id): stable however deep, and fast
   * on millions of rows. `total` counts up to `countCap`.
   * @example const page = await store.enterprises.list({ scope: { regionPrefix: '37' }, filter: { year: 2013, sizeClass: 'micro' }, sort: 'name' })
   */
  async list(query: ListQuery): Promise<Page<EnterpriseListItem>> {
    const filter = query.filter ?? {};
    const sort = query.sort ?? 'id';
    const column = SORT_COLUMNS[sort];
    if (column === undefined) throw INVALID_FILTER('sort');
    const desc = query.direction === 'desc';
    const limit = pageSize(query.limit);
    const base = this.base(query.scope, filter);
    let q = base.selectAll('e');
    if (query.cursor) {
      const [key, id] = decodeCursor(query.cursor);
      const op = sql.raw(desc ? '<' : '>');
      q =
        sort === 'id'
          ? q.where(sql<boolean>`e.id ${op} ${String(id)}`)
          : q.where(sql<boolean>`(${sql.ref(column)}, e.id) ${op} (${key}, ${String(id)})`);
    }
    const dir = desc ? 'desc' : 'asc';
    q = sort === 'id' ? q.orderBy('e.id', dir) : q.orderBy(sql.ref(column), dir).orderBy('e.id', dir);
    const rows = (await q.limit(limit + 1).execute()) as unknown as EnterpriseRow[];
    const more = rows.length > limit;
    const pageRows = more ? rows.slice(0, limit) : rows;
    let items: EnterpriseListItem[] = pageRows.map(enterpriseFromRow);
    if (filter.year !== undefined && items.length > 0) items = await this.withYear(items, filter.year);
    const last = pageRows[pageRows.length - 1];
    const keyOf = (r: EnterpriseRow) =>
      sort === 'name' ? r.name : sort === 'updatedAt' ? r.updated_at : sort === 'regionCode' ? r.region_code : r.id;
    const cap = query.countCap ?? 10_000;
    let total: Total | undefined;
    if (cap > 0) {
      // Counting stops at cap + 1 matches: a count over millions of rows would cost more than the page.
      const sub = this.base(query.scope, filter)
        .select(sql`1`.as('one'))
        .limit(cap + 1)
        .as('sub');
      const counted = await readerOf(this.ctx).selectFrom(sub).select(sql<unknown>`count(*)`.as('n')).executeTakeFirstOrThrow();
      const n = toInt(counted.n);
      total = { count: Math.min(n, cap), exact: n <= cap };
    }
    return { items, nextCursor: more && last ? encodeCursor(keyOf(last), last.id) : null, ...(total ? { total } : {}) };
  }

  private async withYear(items: EnterpriseListItem[], year: number): Promise<EnterpriseListItem[]> {
    const ids = items.map((i) => i.id);
    const years = await readerOf(this.ctx)
      .selectFrom('enterprise_years')
      .selectAll()
      .where('year', '=', year)
      .where('enterprise_id', 'in', ids)
      .execute();
    const ents = await readerOf(this.ctx)
      .selectFrom('entitlements')
      .select(['enterprise_id', 'size_class', 'is_small_or_micro', 'total_support_value_fen', 'policy_version', 'parameter_hash'])
      .where('year', '=', year)
      .where('enterprise_id', 'in', ids)
      .execute();
    const y = new Map(years.map((r) => [r.enterprise_id, yearFromRow(r as YearRow)]));
    const n = new Map(ents.map((r) => [r.enterprise_id, r]));
    return items.map((item) => {
      const fig = y.get(item.id);
      const ent = n.get(item.id);
      return {
        ...item,
        ...(fig
          ? {
              figures: {
                year: fig.year,
                employees: fig.employees,
                revenueFen: fig.revenueFen,
                totalAssetsFen: fig.totalAssetsFen,
                taxableIncomeFen: fig.taxableIncomeFen,
                totalProfitFen: fig.totalProfitFen,
                restrictedIndustry: fig.restrictedIndustry,
              },
            }
          : {}),
        entitlement: ent
          ? {
              sizeClass: ent.size_class,
              isSmallOrMicro: toBoolOrNull(ent.is_small_or_micro),
              totalSupportValueFen: toIntOrNull(ent.total_support_value_fen),
              policyVersion: ent.policy_version,
              parameterHash: ent.parameter_hash,
            }
          : null,
      };
    });
  }

  /**
   * Every enterprise-year within `scope` matching `filter`, as flat rows, read in keyset batches so
   * memory stays flat however large the registry (an enterprise without figures gives one row with
   * `year: null`; with `filter.year`, only that year).
   * @example for await (const row of store.enterprises.export({ scope: ALL })) csv.write(row)
   */
  async *export(query: { scope: Scope; filter?: EnterpriseFilter; batchSize?: number }): AsyncGenerator<ExportRow> {
    const filter = query.filter ?? {};
    const batch = Math.max(1, Math.min(query.batchSize ?? 1000, 10_000));
    let last: string | undefined;
    for (;;) {
      let q = this.base(query.scope, filter).selectAll('e');
      if (last !== undefined) q = q.where(sql<boolean>`e.id > ${last}`);
      const rows = (await q.orderBy('e.id').limit(batch).execute()) as unknown as EnterpriseRow[];
      if (rows.length === 0) return;
      const ids = rows.map((r) => r.id);
      let yq = readerOf(this.ctx).selectFrom('enterprise_years').selectAll().where('enterprise_id', 'in', ids);
      if (filter.year !== undefined) yq = yq.where('year', '=', filter.year);
      const years = await yq.orderBy('enterprise_id').orderBy('year').execute();
      let nq = readerOf(this.ctx)
        .selectFrom('entitlements')
        .select(['enterprise_id', 'year', 'size_class', 'is_small_or_micro', 'total_support_value_fen', 'policy_version', 'parameter_hash'])
        .where('enterprise_id', 'in', ids);
      if (filter.year !== undefined) nq = nq.where('year', '=', filter.year);
      const ents = new Map((await nq.execute()).map((r) => [`${r.enterprise_id}\u0000${toInt(r.year)}`, r]));
      const byEnterprise = new Map<string, EnterpriseYear[]>();
      for (const y of years) {
        const year = yearFromRow(y as YearRow);
        const list = byEnterprise.get(year.enterpriseId) ?? [];
        list.push(year);
        byEnterprise.set(year.enterpriseId, list);
      }
      for (const r of rows) {
        const e = enterpriseFromRow(r);
        const list = byEnterprise.get(e.id) ?? [];
        const base = {
          id: e.id,
          name: e.name,
          creditCode: e.creditCode ?? null,
          regionCode: e.regionCode,
          industry: e.industry,
          industryGroup: e.industryGroup,
          founded: e.founded,
          registeredCapitalFen: e.registeredCapitalFen,
        };
        if (list.length === 0) {
          yield { ...base, ...EMPTY_YEAR };
          continue;
        }
        for (const y of list) {
          const n = ents.get(`${e.id}\u0000${y.year}`);
          yield {
            ...base,
            year: y.year,
            employees: y.employees,
            revenueFen: y.revenueFen,
            totalAssetsFen: y.totalAssetsFen,
            taxableIncomeFen: y.taxableIncomeFen,
            totalProfitFen: y.totalProfitFen,
            restrictedIndustry: y.restrictedIndustry,
            sizeClass: n?.size_class ?? null,
            isSmallOrMicro: n ? toBoolOrNull(n.is_small_or_micro) : null,
            totalSupportValueFen: n ? toIntOrNull(n.total_support_value_fen) : null,
            policyVersion: n?.policy_version ?? null,
            parameterHash: n?.parameter_hash ?? null,
          };
        }
      }
      last = ids[ids.length - 1];
      if (rows.length < batch) return;
    }
  }
}

const EMPTY_YEAR = {
  year: null,
  employees: null,
  revenueFen: null,
  totalAssetsFen: null,
  taxableIncomeFen: null,
  totalProfitFen: null,
  restrictedIndustry: null,
  sizeClass: null,
  isSmallOrMicro: null,
  totalSupportValueFen: null,
  policyVersion: null,
  parameterHash: null,
} as const;
