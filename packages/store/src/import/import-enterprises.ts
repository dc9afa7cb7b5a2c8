/**
 * The bulk import: enterprise-year rows written in ONE transaction (all or nothing), in batches, with
 * progress callbacks. SQLite takes a fast path of better-sqlite3 prepared statements inside Kysely's
 * transaction; PostgreSQL gets multi-row upserts. Audit: one row per import with the counts, plus one
 * row per imported row that changes an enterprise that existed before the import (before/after) —
 * rows creating enterprises are covered by the import's row, which names the import record.
 */
import { randomUUID } from 'node:crypto';
import { interpolate, type Labels, type Lang } from '@xiaowei/engine';
import { readCreditCode } from '@xiaowei/policy/identifiers';
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { type AuditEntry, SYSTEM_ACTOR, type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, type StoreContext } from '../context.ts';
import { creditCodeOf, enterpriseProblems, industryGroupOf, yearProblems } from '../enterprise-fields.ts';
import { recomputeBatch } from '../entitlements/recompute.ts';
import { ConflictError, StoreError, ValidationError } from '../errors.ts';
import { type EnterpriseRow, enterpriseFromRow, type YearRow, yearFromRow } from '../repositories/enterprises.ts';
import { checkScope, inScope, type Scope } from '../scope.ts';
import { rowsPerStatement, statementBatches } from '../statement-batches.ts';
import { cleanText } from '../text.ts';
import { nowIso, toJson, toJsonOrNull } from '../values.ts';
import type { EnterpriseImportRow, ImportProblem } from './import-row.ts';
import { EnterpriseRowReader } from './validate-enterprise-rows.ts';

export interface ImportProgress {
  readonly phase: 'write' | 'done';
  readonly rows: number;
  readonly enterprisesCreated: number;
  readonly enterprisesUpdated: number;
  readonly yearsWritten: number;
}

export interface ImportOptions extends WriteOptions {
  readonly fileName?: string;
  /** Rows per batch (default 5,000). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Recompute the imported enterprises' entitlements in the same transaction (default true). */
  readonly recompute?: boolean;
  /**
   * The importer's scope (default: everything). Every row's region must lie in it, and a row may change
   * only an enterprise that lies in it — checked inside the import's transaction, against the rows as
   * they are when written, so an enterprise of another region created while the import runs is never
   * taken over. A row outside is a problem of that row (field `region` or `id`) that never names another
   * region; the whole import is then refused.
   */
  readonly scope?: Scope;
}

export interface ImportResult {
  readonly importId: string;
  readonly status: 'completed';
  readonly totalRows: number;
  readonly enterprisesCreated: number;
  readonly enterprisesUpdated: number;
  /** Rows that changed nothing (same values as stored). */
  readonly rowsUnchanged: number;
  readonly yearsWritten: number;
  readonly recomputed: boolean;
  readonly seconds: number;
}

export interface RejectedImport {
  readonly importId: string;
  readonly status: 'rejected';
  readonly totalRows: number;
  readonly problems: ImportProblem[];
  readonly problemCount: number;
}

type Source<T> = Iterable<T> | AsyncIterable<T>;

/** A row outside the importer's scope. */
interface ScopeProblem {
  readonly row: number;
  readonly field: 'id' | 'region' | 'credit_code';
  readonly code: 'id_outside_scope' | 'id_case' | 'region_outside_scope' | 'credit_code_taken';
  readonly messages: Labels;
  readonly value: unknown;
}

const SCOPE_MESSAGES = {
  id: {
    'zh-CN': '该统一社会信用代码不属于您管辖范围内的企业，不能由您导入',
    ko: '이 통일사회신용코드는 관할 범위 안의 기업이 아니므로 가져올 수 없습니다',
    en: 'this id is not that of an enterprise within your area: you cannot import it',
  },
  case: {
    'zh-CN': '已登记的企业代码与此仅大小写不同：请按登记的写法填写',
    ko: '대소문자만 다른 코드의 기업이 이미 등록되어 있습니다: 등록된 그대로 쓰십시오',
    en: 'an enterprise whose id differs from this one only in letter case is registered: write the id as registered',
  },
  creditCode: {
    'zh-CN': '该统一社会信用代码已登记在另一家企业名下',
    ko: '이 통일사회신용코드는 다른 기업에 이미 등록되어 있습니다',
    en: 'this unified social credit code is registered to another enterprise',
  },
  region: {
    'zh-CN': '地区 {region} 不在您的管辖范围内',
    ko: '지역 {region}은(는) 관할 범위 밖입니다',
    en: 'region {region} is outside your area',
  },
} as const satisfies Record<string, Labels>;

interface DbEnterprise {
  id: string;
  name: string;
  region_code: string;
  industry: string;
  industry_group: string;
  founded: string | null;
  registered_capital_fen: number | null;
  credit_code: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

interface DbYear {
  enterprise_id: string;
  year: number;
  employees: number | null;
  revenue_fen: number | null;
  total_assets_fen: number | null;
  taxable_income_fen: number | null;
  total_profit_fen: number | null;
  restricted_industry: number | null;
  inputs: string | null;
  updated_at: string;
}

/** What a batch needs from the database; one implementation per dialect. */
interface Writer {
  /** The stored rows of `ids` (on PostgreSQL locked until the import commits: no concurrent change of region). */
  enterprises(ids: readonly string[]): Promise<Map<string, DbEnterprise>>;
  /** Inserts enterprises believed new; returns the ids another transaction created meanwhile (nothing written for them). */
  insertEnterprises(rows: readonly DbEnterprise[]): Promise<string[]>;
  years(ids: readonly string[]): Promise<Map<string, DbYear>>;
  upsertEnterprises(rows: readonly DbEnterprise[]): Promise<void>;
  upsertYears(rows: readonly DbYear[]): Promise<void>;
}

const ENTERPRISE_COLUMNS = [
  'id',
  'name',
  'region_code',
  'industry',
  'industry_group',
  'founded',
  'registered_capital_fen',
  'credit_code',
  'created_at',
  'updated_at',
  'version',
] as const;
const YEAR_COLUMNS = [
  'enterprise_id',
  'year',
  'employees',
  'revenue_fen',
  'total_assets_fen',
  'taxable_income_fen',
  'total_profit_fen',
  'restricted_industry',
  'inputs',
  'updated_at',
] as const;
const YEAR_UPDATES = YEAR_COLUMNS.filter((c) => c !== 'enterprise_id' && c !== 'year');
const ENTERPRISE_UPDATES = ENTERPRISE_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at');

const yearKey = (id: string, year: number) => `${id}\u0000${year}`;

function normaliseEnterprise(r: EnterpriseRow): DbEnterprise {
  const e = enterpriseFromRow(r);
  return {
    id: e.id,
    name: e.name,
    region_code: e.regionCode,
    industry: e.industry,
    industry_group: e.industryGroup,
    founded: e.founded,
    registered_capital_fen: e.registeredCapitalFen,
    credit_code: e.creditCode,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    version: e.version,
  };
}

function normaliseYear(r: YearRow): DbYear {
  const y = yearFromRow(r);
  return {
    enterprise_id: y.enterpriseId,
    year: y.year,
    employees: y.employees,
    revenue_fen: y.revenueFen,
    total_assets_fen: y.totalAssetsFen,
    taxable_income_fen: y.taxableIncomeFen,
    total_profit_fen: y.totalProfitFen,
    restricted_industry: y.restrictedIndustry === null ? null : y.restrictedIndustry ? 1 : 0,
    inputs: canonicalJson(y.inputs),
    updated_at: y.updatedAt,
  };
}

/** An enterprise row's values in the order of ENTERPRISE_COLUMNS (the placeholders of the statements below). */
const enterpriseValues = (r: DbEnterprise) => ENTERPRISE_COLUMNS.map((c) => r[c]);

/** better-sqlite3 prepared statements, run inside the Kysely transaction that holds the connection. */
function sqliteWriter(db: BetterSqlite3.Database): Writer {
  const selectEnterprises = db.prepare('select * from enterprises where id in (select value from json_each(?))');
  const selectYears = db.prepare('select * from enterprise_years where enterprise_id in (select value from json_each(?))');
  const upsertEnterprise = db.prepare(
    `insert into enterprises (${ENTERPRISE_COLUMNS.join(', ')}) values (${ENTERPRISE_COLUMNS.map(() => '?').join(', ')})
     on conflict (id) do update set ${ENTERPRISE_UPDATES.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const insertEnterprise = db.prepare(
    `insert into enterprises (${ENTERPRISE_COLUMNS.join(', ')}) values (${ENTERPRISE_COLUMNS.map(() => '?').join(', ')})
     on conflict (id) do nothing`,
  );
  const upsertYear = db.prepare(
    `insert into enterprise_years (${YEAR_COLUMNS.join(', ')}) values (${YEAR_COLUMNS.map(() => '?').join(', ')})
     on conflict (enterprise_id, year) do update set ${YEAR_UPDATES.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  return {
    async enterprises(ids) {
      const rows = selectEnterprises.all(JSON.stringify(ids)) as EnterpriseRow[];
      return new Map(rows.map((r) => [r.id, normaliseEnterprise(r)]));
    },
    async years(ids) {
      const rows = selectYears.all(JSON.stringify(ids)) as YearRow[];
      return new Map(rows.map((r) => [yearKey(r.enterprise_id, Number(r.year)), normaliseYear(r)]));
    },
    async insertEnterprises(rows) {
      const taken: string[] = [];
      for (const r of rows) {
        const { changes } = insertEnterprise.run(...enterpriseValues(r));
        if (changes === 0) taken.push(r.id);
      }
      return taken;
    },
    async upsertEnterprises(rows) {
      for (const r of rows) {
        upsertEnterprise.run(...enterpriseValues(r));
      }
    },
    async upsertYears(rows) {
      for (const r of rows) {
        upsertYear.run(
          r.enterprise_id,
          r.year,
          r.employees,
          r.revenue_fen,
          r.total_assets_fen,
          r.taxable_income_fen,
          r.total_profit_fen,
          r.restricted_industry,
          r.inputs,
          r.updated_at,
        );
      }
    },
  };
}

/** Multi-row statements through Kysely (PostgreSQL, PGlite): up to 1,000 rows a statement, under the variable limit. */
function kyselyWriter(tx: StoreContext): Writer {
  const STEP = rowsPerStatement(tx.dialect, Math.max(ENTERPRISE_COLUMNS.length, YEAR_COLUMNS.length));
  return {
    async enterprises(ids) {
      const out = new Map<string, DbEnterprise>();
      for (let i = 0; i < ids.length; i += STEP) {
        const rows = await tx.db
          .selectFrom('enterprises')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + STEP))
          .forUpdate()
          .execute();
        for (const r of rows) out.set(r.id, normaliseEnterprise(r as EnterpriseRow));
      }
      return out;
    },
    async years(ids) {
      const out = new Map<string, DbYear>();
      for (let i = 0; i < ids.length; i += STEP) {
        const rows = await tx.db
          .selectFrom('enterprise_years')
          .selectAll()
          .where('enterprise_id', 'in', ids.slice(i, i + STEP))
          .execute();
        for (const r of rows) out.set(yearKey(r.enterprise_id, Number(r.year)), normaliseYear(r as YearRow));
      }
      return out;
    },
    async insertEnterprises(rows) {
      const taken = new Set(rows.map((r) => r.id));
      for (let i = 0; i < rows.length; i += STEP) {
        const inserted = await tx.db
          .insertInto('enterprises')
          .values(rows.slice(i, i + STEP))
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        for (const r of inserted) taken.delete(r.id);
      }
      return [...taken];
    },
    async upsertEnterprises(rows) {
      for (let i = 0; i < rows.length; i += STEP) {
        await tx.db
          .insertInto('enterprises')
          .values(rows.slice(i, i + STEP))
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => Object.fromEntries(ENTERPRISE_UPDATES.map((c) => [c, eb.ref(`excluded.${c}`)]))),
          )
          .execute();
      }
    },
    async upsertYears(rows) {
      for (let i = 0; i < rows.length; i += STEP) {
        await tx.db
          .insertInto('enterprise_years')
          .values(rows.slice(i, i + STEP))
          .onConflict((oc) =>
            oc
              .columns(['enterprise_id', 'year'])
              .doUpdateSet((eb) => Object.fromEntries(YEAR_UPDATES.map((c) => [c, eb.ref(`excluded.${c}`)]))),
          )
          .execute();
      }
    },
  };
}

/** The audit image of an enterprise row and one of its years. */
function enterpriseImage(e: DbEnterprise): Record<string, unknown> {
  return {
    name: e.name,
    regionCode: e.region_code,
    industry: e.industry,
    founded: e.founded,
    registeredCapitalFen: e.registered_capital_fen,
    creditCode: e.credit_code,
    version: e.version,
  };
}

function yearImage(y: DbYear | undefined): Record<string, unknown> | null {
  if (!y) return null;
  return {
    year: y.year,
    employees: y.employees,
    revenueFen: y.revenue_fen,
    totalAssetsFen: y.total_assets_fen,
    taxableIncomeFen: y.taxable_income_fen,
    totalProfitFen: y.total_profit_fen,
    restrictedIndustry: y.restricted_industry === null ? null : y.restricted_industry === 1,
    inputs: y.inputs === null ? null : JSON.parse(y.inputs),
  };
}

const sameEnterprise = (a: DbEnterprise, b: DbEnterprise) =>
  a.name === b.name &&
  a.region_code === b.region_code &&
  a.industry === b.industry &&
  a.founded === b.founded &&
  a.registered_capital_fen === b.registered_capital_fen &&
  a.credit_code === b.credit_code;

const sameYear = (a: DbYear, b: DbYear) =>
  a.employees === b.employees &&
  a.revenue_fen === b.revenue_fen &&
  a.total_assets_fen === b.total_assets_fen &&
  a.taxable_income_fen === b.taxable_income_fen &&
  a.total_profit_fen === b.total_profit_fen &&
  a.restricted_industry === b.restricted_industry &&
  a.inputs === b.inputs;

/** Sorts object keys so that equal inputs give equal JSON text. */
function canonicalJson(value: Readonly<Record<string, unknown>> | null | undefined): string | null {
  if (value === null || value === undefined || Object.keys(value).length === 0) return null;
  return toJson(
    Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, value[k]]),
    ),
  );
}

/** State of one import across its batches. */
class ImportRun {
  private readonly t0 = performance.now();
  /** Enterprises this import created: later rows of theirs are not "updates of existing enterprises". */
  private readonly created = new Set<string>();
  rows = 0;
  enterprisesCreated = 0;
  private readonly updated = new Set<string>();
  rowsUnchanged = 0;
  yearsWritten = 0;

  constructor(
    readonly id: string,
    readonly started: string,
    private readonly tx: StoreContext,
    private readonly writer: Writer,
    private readonly options: ImportOptions,
    private readonly trusted: boolean,
  ) {}

  get enterprisesUpdated(): number {
    return this.updated.size;
  }

  get seconds(): number {
    return (performance.now() - this.t0) / 1000;
  }

  async batch(rows: readonly EnterpriseImportRow[]): Promise<void> {
    if (rows.length === 0) return;
    const at = nowIso();
    if (!this.trusted) {
      rows.forEach((r, k) => {
        const problems = [...enterpriseProblems(r, true), ...yearProblems(r)];
        if (problems.length > 0) {
          const p = problems[0];
          const row = r.row ?? this.rows + k + 1;
          throw new ValidationError(p.field, {
            'zh-CN': `第 ${row} 行：${p.message['zh-CN']}`,
            ko: `${row}행: ${p.message.ko}`,
            en: `row ${row}: ${p.message.en}`,
          });
        }
      });
    }
    if (!this.trusted) {
      const [first] = await this.scopeProblems(rows);
      if (first !== undefined) {
        const m = first.messages;
        throw new ValidationError(first.field, {
          'zh-CN': `第 ${first.row} 行：${m['zh-CN']}`,
          ko: `${first.row}행: ${m.ko}`,
          en: `row ${first.row}: ${m.en}`,
        });
      }
    }
    const withIds = rows.map((r) => (r.id === undefined ? { ...r, id: randomUUID() } : r)) as (EnterpriseImportRow & { id: string })[];
    // Stored state of every enterprise of the batch: those that existed before the import, and those this
    // import created in an earlier batch (a file sorted by year brings each enterprise back).
    const stored = await this.writer.enterprises([...new Set(withIds.map((r) => r.id))]);
    const preexisting = [...stored.keys()].filter((id) => !this.created.has(id));
    const existingYears = preexisting.length > 0 ? await this.writer.years(preexisting) : new Map<string, DbYear>();
    const enterprises = new Map<string, DbEnterprise>();
    const years = new Map<string, DbYear>();
    const audit: AuditEntry[] = [];
    /** Enterprises whose own fields changed: all their years are re-evaluated, not only the rows'. */
    const allYears = new Set<string>();
    const written = new Map<string, Set<number>>();
    for (const r of withIds) {
      const current = enterprises.get(r.id) ?? stored.get(r.id);
      const next: DbEnterprise = {
        id: r.id,
        name: cleanText(r.name),
        region_code: r.regionCode.trim(),
        industry: r.industry.trim(),
        industry_group: industryGroupOf(r.industry),
        founded: r.founded ?? null,
        registered_capital_fen: r.registeredCapitalFen ?? null,
        // A file without the column keeps the recorded code.
        credit_code: r.creditCode === undefined ? (current?.credit_code ?? null) : creditCodeOf(r.creditCode),
        created_at: current?.created_at ?? at,
        updated_at: at,
        version: current?.version ?? 1,
      };
      const year: DbYear = {
        enterprise_id: r.id,
        year: r.year,
        employees: r.employees ?? null,
        revenue_fen: r.revenueFen ?? null,
        total_assets_fen: r.totalAssetsFen ?? null,
        taxable_income_fen: r.taxableIncomeFen ?? null,
        total_profit_fen: r.totalProfitFen ?? null,
        restricted_industry: r.restrictedIndustry === null || r.restrictedIndustry === undefined ? null : r.restrictedIndustry ? 1 : 0,
        inputs: canonicalJson(r.inputs),
        updated_at: at,
      };
      const key = yearKey(r.id, r.year);
      const markWritten = () => {
        let set = written.get(r.id);
        if (set === undefined) written.set(r.id, (set = new Set()));
        set.add(r.year);
      };
      if (current === undefined || this.created.has(r.id)) {
        // Created by this import (now or in an earlier batch): covered by the import's audit row.
        if (current === undefined) {
          this.created.add(r.id);
          this.enterprisesCreated++;
        } else if (stored.has(r.id) && !sameEnterprise(current, next)) allYears.add(r.id);
        enterprises.set(r.id, next);
        years.set(key, year);
        markWritten();
        continue;
      }
      // An enterprise that existed before the import: written only if something changed, audited per row.
      const beforeYear = years.get(key) ?? existingYears.get(key);
      const enterpriseChanged = !sameEnterprise(current, next);
      const yearChanged = beforeYear === undefined || !sameYear(beforeYear, year);
      if (!enterpriseChanged && !yearChanged) {
        this.rowsUnchanged++;
        continue;
      }
      const after: DbEnterprise = enterpriseChanged ? { ...next, version: current.version + 1 } : current;
      if (enterpriseChanged) {
        enterprises.set(r.id, after);
        allYears.add(r.id);
      }
      if (yearChanged) {
        years.set(key, year);
        markWritten();
      }
      this.updated.add(r.id);
      audit.push({
        action: 'enterprise.import_update',
        entityType: 'enterprise',
        entityId: r.id,
        regionCode: after.region_code,
        before: { import: this.id, row: r.row ?? null, ...enterpriseImage(current), figures: yearImage(beforeYear) },
        after: { import: this.id, row: r.row ?? null, ...enterpriseImage(after), figures: yearImage(year) },
      });
    }
    const fresh = [...enterprises.values()].filter((e) => !stored.has(e.id));
    const taken = await this.writer.insertEnterprises(fresh);
    if (taken.length > 0) {
      // Created by another transaction between this batch's read and its write (PostgreSQL; SQLite has one
      // writer): never overwritten unseen. The import fails whole and can simply be run again.
      throw new ConflictError(`enterprise '${taken[0]}' was created by another change while the import ran; import the file again`, {
        id: taken[0],
        reason: 'created_meanwhile',
      });
    }
    await this.writer.upsertEnterprises([...enterprises.values()].filter((e) => stored.has(e.id)));
    await this.writer.upsertYears([...years.values()]);
    await writeAudit(this.tx, this.options.actor, audit, at);
    this.rows += rows.length;
    this.yearsWritten += years.size;
    if (this.options.recompute !== false) {
      if (allYears.size > 0) await recomputeBatch(this.tx, [...allYears]);
      const some = [...written.keys()].filter((id) => !allYears.has(id));
      if (some.length > 0) await recomputeBatch(this.tx, some, written);
    }
    this.options.onProgress?.({
      phase: 'write',
      rows: this.rows,
      enterprisesCreated: this.enterprisesCreated,
      enterprisesUpdated: this.enterprisesUpdated,
      yearsWritten: this.yearsWritten,
    });
  }

  /**
   * The rows of `rows` that may not be written, read in the import's transaction: a region outside the importer's
   * scope (field `region`), an id held by an enterprise outside it (field `id`, a message that names no region:
   * the rows of other regions are not the importer's to learn about), or an id registered in another letter case
   * (field `id`).
   */
  async scopeProblems(rows: readonly EnterpriseImportRow[]): Promise<ScopeProblem[]> {
    const scope = this.options.scope === undefined || 'all' in checkScope(this.options.scope) ? undefined : this.options.scope;
    const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => id !== undefined))];
    // The enterprises holding the rows' ids in any letter case (ids are unique regardless of case, 0011).
    const held = new Map<string, { id: string; region: string }>();
    for (const batch of statementBatches(this.tx.dialect, ids, 1)) {
      let q = this.tx.db
        .selectFrom('enterprises')
        .select(['id', 'region_code'])
        .where(
          sql<string>`lower(id)`,
          'in',
          batch.map((id) => id.toLowerCase()),
        );
      if (this.tx.dialect === 'postgres') q = q.forUpdate();
      for (const e of await q.execute()) held.set(e.id.toLowerCase(), { id: e.id, region: e.region_code });
    }
    const codeHolders = await this.creditCodeHolders(rows);
    const out: ScopeProblem[] = [];
    rows.forEach((r, k) => {
      const row = r.row ?? this.rows + k + 1;
      const code = typeof r.creditCode === 'string' ? readCreditCode(r.creditCode) : undefined;
      const codeHolder = code?.ok ? codeHolders.get(code.code) : undefined;
      if (codeHolder !== undefined && codeHolder.toLowerCase() !== (r.id ?? '').toLowerCase())
        out.push({ row, field: 'credit_code', code: 'credit_code_taken', messages: SCOPE_MESSAGES.creditCode, value: r.creditCode ?? '' });
      const holder = r.id === undefined ? undefined : held.get(r.id.toLowerCase());
      if (holder !== undefined && scope !== undefined && !inScope(scope, holder.id, holder.region)) {
        out.push({ row, field: 'id', code: 'id_outside_scope', messages: SCOPE_MESSAGES.id, value: r.id });
      } else if (holder !== undefined && holder.id !== r.id) {
        out.push({ row, field: 'id', code: 'id_case', messages: SCOPE_MESSAGES.case, value: r.id });
      } else if (scope !== undefined && !inScope(scope, r.id ?? '', r.regionCode.trim())) {
        out.push({
          row,
          field: 'region',
          code: 'region_outside_scope',
          messages: interpolate(SCOPE_MESSAGES.region, { region: r.regionCode.trim() }),
          value: r.regionCode,
        });
      }
    });
    return out;
  }

  /** The enterprises holding the rows' credit codes, by code (capitals), read in the import's transaction. */
  private async creditCodeHolders(rows: readonly EnterpriseImportRow[]): Promise<Map<string, string>> {
    const codes = [
      ...new Set(
        rows.flatMap((r) => {
          const reading = typeof r.creditCode === 'string' ? readCreditCode(r.creditCode) : undefined;
          return reading?.ok ? [reading.code] : [];
        }),
      ),
    ];
    const out = new Map<string, string>();
    for (const batch of statementBatches(this.tx.dialect, codes, 1)) {
      const found = await this.tx.db
        .selectFrom('enterprises')
        .select(['id', 'credit_code'])
        .where(sql<string>`upper(credit_code)`, 'in', batch)
        .execute();
      for (const e of found) if (e.credit_code !== null) out.set(e.credit_code.toUpperCase(), e.id);
    }
    return out;
  }

  /** The import record and its audit row, in the import's transaction. */
  async finish(): Promise<ImportResult> {
    const finished = nowIso();
    const counts = {
      totalRows: this.rows,
      enterprisesCreated: this.enterprisesCreated,
      enterprisesUpdated: this.enterprisesUpdated,
      rowsUnchanged: this.rowsUnchanged,
      yearsWritten: this.yearsWritten,
    };
    await this.tx.db
      .insertInto('imports')
      .values({
        id: this.id,
        user_id: this.options.actor,
        file_name: this.options.fileName ?? null,
        status: 'completed',
        total_rows: this.rows,
        enterprises_created: this.enterprisesCreated,
        enterprises_updated: this.enterprisesUpdated,
        years_written: this.yearsWritten,
        errors: null,
        started_at: this.started,
        finished_at: finished,
      })
      .execute();
    await writeAudit(this.tx, this.options.actor, [
      { action: 'import.complete', entityType: 'import', entityId: this.id, after: { fileName: this.options.fileName ?? null, ...counts } },
    ]);
    this.options.onProgress?.({
      phase: 'done',
      rows: this.rows,
      enterprisesCreated: this.enterprisesCreated,
      enterprisesUpdated: this.enterprisesUpdated,
      yearsWritten: this.yearsWritten,
    });
    return { importId: this.id, status: 'completed', ...counts, recomputed: this.options.recompute !== false, seconds: this.seconds };
  }
}

/** Records an import that wrote nothing (its own transaction, after the import's rolled back). */
async function recordUnsuccessful(
  ctx: StoreContext,
  run: { id: string; started: string; rows: number },
  options: ImportOptions,
  status: 'failed' | 'rejected',
  errors: unknown,
  problemCount: number,
): Promise<void> {
  if (ctx.inTransaction) return; // the caller's transaction rolls back anyway: nothing to record in it
  await inTransaction(ctx, async (tx) => {
    await tx.db.deleteFrom('running_imports').where('id', '=', run.id).execute();
    await tx.db
      .insertInto('imports')
      .values({
        id: run.id,
        user_id: options.actor,
        file_name: options.fileName ?? null,
        status,
        total_rows: run.rows,
        enterprises_created: 0,
        enterprises_updated: 0,
        years_written: 0,
        errors: toJsonOrNull(errors),
        started_at: run.started,
        finished_at: nowIso(),
      })
      .execute();
    await writeAudit(tx, options.actor, [
      {
        action: status === 'failed' ? 'import.fail' : 'import.reject',
        entityType: 'import',
        entityId: run.id,
        after: {
          fileName: options.fileName ?? null,
          totalRows: run.rows,
          problems: problemCount,
          ...(status === 'failed' ? { error: errors } : {}),
        },
      },
    ]);
  });
}

async function* batches<T>(source: Source<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source as AsyncIterable<T>) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
      // Let the event loop breathe between batches: a server stays responsive during a long import.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) yield batch;
}

function errorText(e: unknown): { message: string; code?: string } {
  if (e instanceof StoreError) return { message: e.message, code: e.code };
  return { message: e instanceof Error ? e.message : String(e) };
}

/**
 * Records the import as running, in a transaction of its own (migration 0010), unless it joins a caller's
 * transaction (which then owns the outcome). Returns whether it did.
 */
async function markRunning(ctx: StoreContext, id: string, started: string, options: ImportOptions): Promise<boolean> {
  if (ctx.inTransaction) return false;
  await ctx.db
    .insertInto('running_imports')
    .values({ id, user_id: options.actor, file_name: options.fileName ?? null, started_at: started })
    .execute();
  return true;
}

/**
 * First thing in the import's transaction: its running row is deleted, so it disappears with the commit and
 * stays if the process dies. On PostgreSQL the delete holds the row's lock until then. A row already gone
 * was recorded as interrupted by another instance starting up: the import stops rather than finish twice.
 */
async function claimRunning(tx: StoreContext, id: string): Promise<void> {
  const deleted = await tx.db.deleteFrom('running_imports').where('id', '=', id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1)
    throw new ConflictError(`import '${id}' was recorded as interrupted meanwhile`, { id, reason: 'interrupted' });
}

function writerFor(tx: StoreContext): Writer {
  return tx.sqlite ? sqliteWriter(tx.sqlite) : kyselyWriter(tx);
}

/**
 * Imports validated rows in one transaction. Any error — a bad row, a database error, an exception
 * thrown by `onProgress` — rolls everything back; the failure is then recorded (import record and
 * audit row) and the error rethrown.
 * @example await store.importEnterprises(validateEnterpriseRows(records).rows, { actor: user.id, fileName: 'qingdao-2013.csv' })
 */
export async function importEnterprises(
  ctx: StoreContext,
  rows: Source<EnterpriseImportRow>,
  options: ImportOptions,
): Promise<ImportResult> {
  const size = options.batchSize ?? 5000;
  let run: ImportRun | undefined;
  const info = { id: randomUUID(), started: nowIso(), rows: 0 };
  const marked = await markRunning(ctx, info.id, info.started, options);
  try {
    return await inTransaction(ctx, async (tx) => {
      if (marked) await claimRunning(tx, info.id);
      run = new ImportRun(info.id, info.started, tx, writerFor(tx), options, false);
      for await (const batch of batches(rows, size)) {
        await run.batch(batch);
        info.rows = run.rows;
      }
      return run.finish();
    });
  } catch (e) {
    await recordUnsuccessful(ctx, info, options, 'failed', errorText(e), 0);
    throw e;
  }
}

class Rejected extends Error {}

/**
 * Validates and imports raw records as they stream (see validateEnterpriseRows for the columns): rows
 * are written while the file is read; when any row has a problem, the rest is still checked (to report
 * every problem) and the whole transaction is rolled back. Returns the result, or `status: 'rejected'`
 * with the problems (nothing written).
 * @example const r = await store.importRecords(csvRecords, { actor: user.id, lang: 'zh-CN', fileName: 'a.csv' })
 */
export async function importRecords(
  ctx: StoreContext,
  records: Source<unknown>,
  options: ImportOptions & { lang?: Lang; firstRow?: number; defaultYear?: number; maxProblems?: number },
): Promise<ImportResult | RejectedImport> {
  const reader = new EnterpriseRowReader(options);
  const size = options.batchSize ?? 5000;
  const info = { id: randomUUID(), started: nowIso(), rows: 0 };
  const marked = await markRunning(ctx, info.id, info.started, options);
  let total = 0;
  try {
    return await inTransaction(ctx, async (tx) => {
      if (marked) await claimRunning(tx, info.id);
      const run = new ImportRun(info.id, info.started, tx, writerFor(tx), options, true);
      for await (const batch of batches(records, size)) {
        total += batch.length;
        const rows = reader.read(batch);
        // Every batch is checked against the scope, also after a problem, so that all bad rows are listed.
        for (const p of await run.scopeProblems(rows)) reader.reportRow(p.row, p.field, p.code, p.messages, p.value);
        if (reader.problemCount === 0) await run.batch(rows);
        info.rows = total;
      }
      if (reader.problemCount > 0) throw new Rejected();
      return run.finish();
    });
  } catch (e) {
    if (e instanceof Rejected) {
      const problems = [...reader.problems].sort((a, b) => a.row - b.row);
      await recordUnsuccessful(ctx, info, options, 'rejected', problems, reader.problemCount);
      return { importId: info.id, status: 'rejected', totalRows: total, problems, problemCount: reader.problemCount };
    }
    await recordUnsuccessful(ctx, info, options, 'failed', errorText(e), 0);
    throw e;
  }
}

/** What became of an import whose process died (see {@link recoverInterruptedImports}). */
export interface InterruptedImport {
  readonly importId: string;
  readonly userId: string;
  readonly fileName: string | null;
  readonly startedAt: string;
}

const INTERRUPTED = 'the service stopped before the import finished; nothing of it was written';

/**
 * Records every import whose process died mid-way (its running row is still there; its own transaction
 * was rolled back by the database, so none of its rows were written): a `failed` import record and an
 * `import.fail` audit row (`interrupted: true`), each in one transaction. Run on start, after migrating.
 * On PostgreSQL the rows of imports still running in another instance are locked and skipped.
 * @example const recovered = await store.recoverInterruptedImports()
 */
export async function recoverInterruptedImports(ctx: StoreContext): Promise<InterruptedImport[]> {
  const out: InterruptedImport[] = [];
  for (;;) {
    const one = await inTransaction(ctx, async (tx) => {
      let q = tx.db.selectFrom('running_imports').selectAll().orderBy('started_at').limit(1);
      if (tx.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const row = await q.executeTakeFirst();
      if (row === undefined) return undefined;
      const at = nowIso();
      await tx.db.deleteFrom('running_imports').where('id', '=', row.id).execute();
      await tx.db
        .insertInto('imports')
        .values({
          id: row.id,
          user_id: row.user_id,
          file_name: row.file_name,
          status: 'failed',
          total_rows: 0,
          enterprises_created: 0,
          enterprises_updated: 0,
          years_written: 0,
          errors: toJsonOrNull({ code: 'interrupted', message: INTERRUPTED }),
          started_at: row.started_at,
          finished_at: at,
        })
        .execute();
      await writeAudit(
        tx,
        SYSTEM_ACTOR,
        [
          {
            action: 'import.fail',
            entityType: 'import',
            entityId: row.id,
            after: { fileName: row.file_name, userId: row.user_id, startedAt: row.started_at, interrupted: true, error: INTERRUPTED },
          },
        ],
        at,
      );
      return { importId: row.id, userId: row.user_id, fileName: row.file_name, startedAt: row.started_at };
    });
    if (one === undefined) return out;
    out.push(one);
  }
}
