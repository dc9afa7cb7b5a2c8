/**
 * Tenders of item 05 (财库〔2011〕181号): a budget unit's tenders, their bids with the SME declarations,
 * their evaluations by the policy, and publication. Reads and writes are scoped through the tender's
 * budget unit (its procurement staff: that unit; officers: the units of their region; all), every change
 * is audited in its own transaction, and a published tender is final: any change is a ConflictError here
 * and refused by the database's triggers (migration 0005) besides.
 */

import { randomUUID } from 'node:crypto';
import type { Labels } from '@xiaowei/engine';
import { getSystem, POLICY_VERSION, TENDER_FORMAT_MESSAGES } from '@xiaowei/policy';
import { sql } from 'kysely';
import { type AuditEntry, type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { disclose } from '../procurement/declaration-disclosure.ts';
import { evaluateStoredTender } from '../procurement/evaluate-stored-tender.ts';
import { checkTenderRates } from '../procurement/legal-deduction-ranges.ts';
import {
  type BidInput,
  bidProblems,
  type DeclaredClass,
  duplicateBidProblem,
  type MemberDeclaration,
  type ProductDeclaration,
  type TenderInput,
  type TenderMethod,
  type TenderPatch,
  type TenderStatus,
  tenderProblems,
} from '../procurement/tender-fields.ts';
import type { EvaluationReport, Tender, TenderBid, TenderDetail, TenderEvaluation } from '../procurement/tender-types.ts';
import { verifyDeclarations } from '../procurement/verify-declarations.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { statementBatches } from '../statement-batches.ts';
import { cleanText } from '../text.ts';
import { boolParam, containsPattern, fromJson, nowIso, toBool, toInt, toJson } from '../values.ts';
import type { Page } from './enterprises.ts';

export interface TenderListQuery {
  readonly scope: Scope;
  readonly status?: TenderStatus;
  /** Name contains (case-insensitive) or id equals. */
  readonly text?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

type ScopedWrite = WriteOptions & { scope: Scope; expectedVersion?: number };

interface TenderRow {
  id: string;
  budget_unit_id: string;
  budget_unit_name: string;
  region_code: string;
  project_id: string | null;
  name: string;
  tender_date: string;
  method: string;
  price_weight: string | null;
  deduction_rate: string | null;
  consortium_deduction_rate: string | null;
  reserved_for_sme: unknown;
  status: string;
  version: unknown;
  bid_count: unknown;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

function tenderFromRow(r: TenderRow): Tender {
  return {
    id: r.id,
    budgetUnitId: r.budget_unit_id,
    budgetUnitName: r.budget_unit_name,
    regionCode: r.region_code,
    projectId: r.project_id,
    name: r.name,
    tenderDate: r.tender_date,
    method: r.method as TenderMethod,
    priceWeight: r.price_weight,
    deductionRate: r.deduction_rate,
    consortiumDeductionRate: r.consortium_deduction_rate,
    reservedForSme: toBool(r.reserved_for_sme),
    status: r.status as TenderStatus,
    version: toInt(r.version),
    bidCount: toInt(r.bid_count ?? 0),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

interface BidRow {
  bid_id: string;
  position: unknown;
  supplier_id: string | null;
  supplier_name: string;
  price_fen: unknown;
  technical_score: string | null;
  compliant: unknown;
  declared_size_class: string | null;
  products: unknown;
  consortium: unknown;
}

function bidFromRow(r: BidRow): TenderBid {
  return {
    bidId: r.bid_id,
    position: toInt(r.position),
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    priceFen: toInt(r.price_fen),
    technicalScore: r.technical_score,
    compliant: toBool(r.compliant),
    declaredSizeClass: r.declared_size_class as DeclaredClass | null,
    products: fromJson<ProductDeclaration[]>(r.products),
    consortium: fromJson<MemberDeclaration[]>(r.consortium),
  };
}

interface EvaluationRow {
  tender_id: string;
  sequence: unknown;
  result: unknown;
  policy_version: string;
  parameter_hash: string;
  evaluated_at: string;
  evaluated_by: string;
  published_at: string | null;
  published_by: string | null;
  evaluated_by_name?: string | null;
  published_by_name?: string | null;
}

function evaluationFromRow(r: EvaluationRow): TenderEvaluation {
  return {
    tenderId: r.tender_id,
    sequence: toInt(r.sequence),
    result: fromJson<EvaluationReport>(r.result),
    policyVersion: r.policy_version,
    parameterHash: r.parameter_hash,
    evaluatedAt: r.evaluated_at,
    evaluatedBy: r.evaluated_by,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    evaluatedByName: r.evaluated_by_name ?? r.evaluated_by,
    publishedByName: r.published_by === null ? null : (r.published_by_name ?? r.published_by),
  };
}

/** A bid as stored: trimmed text, empty optional ids as null, declarations in a fixed shape. */
function normalBid(b: BidInput): Omit<TenderBid, 'position'> {
  const opt = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
  return {
    bidId: b.bidId.trim(),
    supplierId: opt(b.supplierId),
    supplierName: cleanText(b.supplierName),
    priceFen: b.priceFen,
    technicalScore: opt(b.technicalScore),
    compliant: b.compliant ?? true,
    declaredSizeClass: b.declaredSizeClass ?? null,
    products: (b.products ?? []).map((p) => ({
      manufacturerId: opt(p.manufacturerId),
      manufacturerName: cleanText(p.manufacturerName),
      sizeClass: p.sizeClass,
      largeTrademark: p.largeTrademark === true,
    })),
    consortium: (b.consortium ?? []).map((m) => ({
      memberId: opt(m.memberId),
      name: cleanText(m.name),
      sizeClass: m.sizeClass,
      share: m.share,
    })),
  };
}

function bidRow(tenderId: string, b: Omit<TenderBid, 'position'>, position: number) {
  return {
    tender_id: tenderId,
    bid_id: b.bidId,
    position,
    supplier_id: b.supplierId,
    supplier_name: b.supplierName,
    price_fen: b.priceFen,
    technical_score: b.technicalScore,
    compliant: boolParam(b.compliant),
    declared_size_class: b.declaredSizeClass,
    products: toJson(b.products),
    consortium: toJson(b.consortium),
  };
}

/** Bid rows in statements under the dialect's variable limit (an imported bid file may be long). */
async function insertBids(tx: StoreContext, rows: readonly ReturnType<typeof bidRow>[]): Promise<void> {
  for (const batch of statementBatches(tx.dialect, rows, BID_COLUMNS)) await tx.db.insertInto('tender_bids').values(batch).execute();
}

const BID_COLUMNS = 11;

function throwFirst(problems: { field: string; message: Labels }[], prefix = ''): void {
  if (problems.length > 0) throw new ValidationError(`${prefix}${problems[0].field}`, problems[0].message);
}

/** The image of a tender in the audit log. */
function image(t: Tender): Record<string, unknown> {
  const { budgetUnitName: _n, regionCode: _r, createdAt: _c, createdBy: _b, bidCount: _k, ...rest } = t;
  return rest;
}

const PUBLISHED = (id: string) => new ConflictError(`tender '${id}' is published and cannot be changed`, { id, reason: 'published' });

export class TenderRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: StoreContext['db'], scope: Scope) {
    return db
      .selectFrom('tenders as t')
      .innerJoin('budget_units as bu', 'bu.id', 't.budget_unit_id')
      .where(partyScopeCondition(scope, 'budgetUnit', 'bu', 'id'))
      .selectAll('t')
      .select(['bu.name as budget_unit_name', 'bu.region_code as region_code'])
      .select(sql<unknown>`(select count(*) from tender_bids b where b.tender_id = t.id)`.as('bid_count'));
  }

  /** The tender `id` within `scope`, or NotFoundError. */
  private async fetch(tx: StoreContext, id: string, scope: Scope): Promise<Tender> {
    const row = await this.select(readerOf(tx), scope).where('t.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('tender', id);
    return tenderFromRow(row as unknown as TenderRow);
  }

  /** The tender for a change: in scope, not published, at the expected version. */
  private async fetchForChange(tx: StoreContext, id: string, options: ScopedWrite): Promise<Tender> {
    const tender = await this.fetch(tx, id, options.scope);
    if (tender.status === 'published') throw PUBLISHED(id);
    if (options.expectedVersion !== undefined && options.expectedVersion !== tender.version)
      throw new ConflictError(`tender '${id}' changed (version ${tender.version}, expected ${options.expectedVersion})`, {
        id,
        version: tender.version,
      });
    return tender;
  }

  private async bidsOf(tx: StoreContext, id: string): Promise<TenderBid[]> {
    const rows = await readerOf(tx).selectFrom('tender_bids').selectAll().where('tender_id', '=', id).orderBy('position').execute();
    return rows.map((r) => bidFromRow(r as unknown as BidRow));
  }

  /** Evaluations of `id` with the display names of who evaluated and published them (the ids stay the audit's). */
  private evaluationsQuery(db: StoreContext['db'], id: string) {
    return db
      .selectFrom('tender_evaluations as v')
      .leftJoin('users as ue', 'ue.id', 'v.evaluated_by')
      .leftJoin('users as up', 'up.id', 'v.published_by')
      .selectAll('v')
      .select(['ue.display_name as evaluated_by_name', 'up.display_name as published_by_name'])
      .where('v.tender_id', '=', id);
  }

  private async latestEvaluation(tx: StoreContext, id: string): Promise<TenderEvaluation | null> {
    const row = await this.evaluationsQuery(readerOf(tx), id).orderBy('v.sequence', 'desc').limit(1).executeTakeFirst();
    return row ? evaluationFromRow(row as unknown as EvaluationRow) : null;
  }

  private async detail(tx: StoreContext, id: string, scope: Scope): Promise<TenderDetail> {
    const tender = await this.fetch(tx, id, scope);
    const evaluation = await this.latestEvaluation(tx, id);
    return { ...tender, bids: await this.bidsOf(tx, id), evaluation: evaluation && (await this.disclosed(tx, evaluation, scope)) };
  }

  /** An evaluation as the reader with `scope` may see it (registry figures only of the parties in scope). */
  private async disclosed(tx: StoreContext, evaluation: TenderEvaluation, scope: Scope): Promise<TenderEvaluation> {
    return (await disclose(tx, [evaluation], scope))[0];
  }

  /** Marks a change: version + 1, back to draft (an evaluation of the old data no longer describes it). */
  private async touch(tx: StoreContext, tender: Tender, actor: string, set: Record<string, unknown> = {}): Promise<void> {
    const result = await tx.db
      .updateTable('tenders')
      .set({ ...set, status: 'draft', version: tender.version + 1, updated_at: nowIso(), updated_by: actor })
      .where('id', '=', tender.id)
      .where('version', '=', tender.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`tender '${tender.id}' changed meanwhile`, { id: tender.id });
  }

  private audit(tx: StoreContext, actor: string, tender: Tender, entry: Omit<AuditEntry, 'entityType' | 'entityId' | 'regionCode'>) {
    return writeAudit(tx, actor, [{ entityType: 'tender', entityId: tender.id, regionCode: tender.regionCode, ...entry }]);
  }

  private checkBids(bids: readonly BidInput[], existing: readonly string[]): Omit<TenderBid, 'position'>[] {
    const seen = new Set(existing);
    return bids.map((b, k) => {
      throwFirst(bidProblems(b), `bids.${k}.`);
      const bid = normalBid(b);
      if (seen.has(bid.bidId)) {
        const p = duplicateBidProblem('bidId', bid.bidId);
        throw new ValidationError(`bids.${k}.bidId`, p.message);
      }
      seen.add(bid.bidId);
      return bid;
    });
  }

  /**
   * Creates a draft tender of a budget unit within `scope` (default: the scope's own budget unit), with its bids.
   * @example await store.tenders.create({ name: '办公设备采购', tenderDate: '2013-05-10', method: 'lowest_price', deductionRate: '0.08' }, { actor, scope: { budgetUnitId: 'BU-1' } })
   */
  async create(input: TenderInput & { bids?: readonly BidInput[] }, options: WriteOptions & { scope: Scope }): Promise<TenderDetail> {
    throwFirst(tenderProblems(input, true));
    const unitId = input.budgetUnitId ?? ('budgetUnitId' in options.scope ? options.scope.budgetUnitId : undefined);
    if (!unitId)
      throw new ValidationError('budgetUnitId', { 'zh-CN': '请指定预算单位', ko: '예산 단위를 지정하십시오', en: 'name the budget unit' });
    const bids = this.checkBids(input.bids ?? [], []);
    return inTransaction(this.ctx, async (tx) => {
      const unit = await tx.db
        .selectFrom('budget_units as bu')
        .select(['bu.id', 'bu.region_code'])
        .where('bu.id', '=', unitId)
        .where(partyScopeCondition(options.scope, 'budgetUnit', 'bu', 'id'))
        .executeTakeFirst();
      if (!unit) throw new NotFoundError('budget unit', unitId);
      if (input.projectId) await this.checkProject(tx, input.projectId, unitId, input.tenderDate);
      const id = input.id ?? `TD-${randomUUID().slice(0, 8).toUpperCase()}`;
      const exists = await tx.db.selectFrom('tenders').select('id').where('id', '=', id).executeTakeFirst();
      if (exists) throw new ConflictError(`tender '${id}' exists`, { id });
      const at = nowIso();
      await tx.db
        .insertInto('tenders')
        .values({
          id,
          budget_unit_id: unitId,
          project_id: input.projectId ?? null,
          name: cleanText(input.name),
          tender_date: input.tenderDate,
          method: input.method,
          price_weight: input.priceWeight ?? null,
          deduction_rate: input.deductionRate ?? null,
          consortium_deduction_rate: input.consortiumDeductionRate ?? null,
          reserved_for_sme: boolParam(input.reservedForSme === true),
          status: 'draft',
          version: 1,
          created_at: at,
          created_by: options.actor,
          updated_at: at,
          updated_by: options.actor,
        })
        .execute();
      await insertBids(
        tx,
        bids.map((b, k) => bidRow(id, b, k + 1)),
      );
      const created = await this.detail(tx, id, options.scope);
      await this.audit(tx, options.actor, created, { action: 'tender.create', after: { ...image(created), bids } });
      return created;
    });
  }

  /**
   * A project the tender may award: one of its unit's, of the tender's year (the set-aside counts an award in
   * its project's year), not awarded by another tender.
   */
  private async checkProject(tx: StoreContext, projectId: string, unitId: string, tenderDate: string, tenderId?: string): Promise<void> {
    const project = await tx.db
      .selectFrom('procurement_projects')
      .select(['id', 'year', 'tender_id', 'awarded_supplier_name'])
      .where('id', '=', projectId)
      .where('budget_unit_id', '=', unitId)
      .executeTakeFirst();
    if (!project)
      throw new ValidationError('projectId', {
        'zh-CN': `“${projectId}”不是本预算单位的采购项目`,
        ko: `“${projectId}”은(는) 이 예산 단위의 구매 프로젝트가 아닙니다`,
        en: `"${projectId}" is not a procurement project of this budget unit`,
      });
    const year = Number(tenderDate.slice(0, 4));
    if (toInt(project.year) !== year)
      throw new ValidationError('projectId', {
        'zh-CN': `项目“${projectId}”属于 ${project.year} 年度，采购日期在 ${year} 年`,
        ko: `프로젝트 “${projectId}”은(는) ${project.year}년도이나 입찰 일자는 ${year}년입니다`,
        en: `the project "${projectId}" is of ${project.year}, the tender is dated in ${year}`,
      });
    if (
      (project.tender_id !== null && project.tender_id !== tenderId) ||
      (project.tender_id === null && project.awarded_supplier_name !== null)
    )
      throw new ValidationError('projectId', {
        'zh-CN': `项目“${projectId}”已授标`,
        ko: `프로젝트 “${projectId}”은(는) 이미 낙찰되었습니다`,
        en: `the project "${projectId}" is already awarded`,
      });
  }

  /** One tender within `scope`, with its bids and newest evaluation. */
  async get(id: string, options: { scope: Scope }): Promise<TenderDetail> {
    return this.detail(this.ctx, id, options.scope);
  }

  /** A page of tenders within `scope`, newest first (keyset on creation time and id). */
  async list(query: TenderListQuery): Promise<Page<Tender>> {
    const limit = pageSize(query.limit, 200);
    let q = this.select(readerOf(this.ctx), query.scope);
    if (query.status !== undefined) q = q.where('t.status', '=', query.status);
    if (query.text) {
      const text = query.text.trim();
      q = q.where(sql<boolean>`(lower(t.name) like ${containsPattern(text)} escape '\\' or t.id = ${text})`);
    }
    if (query.cursor) {
      const [key, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`(t.created_at, t.id) < (${String(key)}, ${String(id)})`);
    }
    const rows = (await q
      .orderBy('t.created_at', 'desc')
      .orderBy('t.id', 'desc')
      .limit(limit + 1)
      .execute()) as unknown as TenderRow[];
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    return { items: page.map(tenderFromRow), nextCursor: more && last ? encodeCursor(last.created_at, last.id) : null };
  }

  /** Changes fields of a tender that is not published (back to draft). */
  async update(id: string, patch: TenderPatch, options: ScopedWrite): Promise<TenderDetail> {
    throwFirst(tenderProblems(patch, false));
    return inTransaction(this.ctx, async (tx) => {
      const before = await this.fetchForChange(tx, id, options);
      const projectId = patch.projectId === undefined ? before.projectId : patch.projectId;
      if (projectId && (patch.projectId !== undefined || patch.tenderDate !== undefined))
        await this.checkProject(tx, projectId, before.budgetUnitId, patch.tenderDate ?? before.tenderDate, id);
      const set: Record<string, unknown> = {};
      if (patch.name !== undefined) set.name = cleanText(patch.name);
      if (patch.tenderDate !== undefined) set.tender_date = patch.tenderDate;
      if (patch.method !== undefined) set.method = patch.method;
      if (patch.priceWeight !== undefined) set.price_weight = patch.priceWeight;
      if (patch.deductionRate !== undefined) set.deduction_rate = patch.deductionRate;
      if (patch.consortiumDeductionRate !== undefined) set.consortium_deduction_rate = patch.consortiumDeductionRate;
      if (patch.reservedForSme !== undefined) set.reserved_for_sme = boolParam(patch.reservedForSme);
      if (patch.projectId !== undefined) set.project_id = patch.projectId;
      await this.touch(tx, before, options.actor, set);
      const after = await this.detail(tx, id, options.scope);
      await this.audit(tx, options.actor, after, { action: 'tender.update', before: image(before), after: image(after) });
      return after;
    });
  }

  /** Deletes a tender that is not published, with its bids and unpublished evaluations. */
  async delete(id: string, options: ScopedWrite): Promise<void> {
    await inTransaction(this.ctx, async (tx) => {
      const before = await this.fetchForChange(tx, id, options);
      const bids = await this.bidsOf(tx, id);
      await tx.db.deleteFrom('tenders').where('id', '=', id).execute();
      await this.audit(tx, options.actor, before, { action: 'tender.delete', before: { ...image(before), bids } });
    });
  }

  /** Adds a bid, or replaces the bid with the same id (keeping its place). */
  async putBid(id: string, bid: BidInput, options: ScopedWrite): Promise<TenderDetail> {
    const [checked] = this.checkBids([bid], []);
    return inTransaction(this.ctx, async (tx) => {
      const tender = await this.fetchForChange(tx, id, options);
      const bids = await this.bidsOf(tx, id);
      const old = bids.find((b) => b.bidId === checked.bidId);
      if (old) {
        const { tender_id: _t, bid_id: _b, position: _p, ...set } = bidRow(id, checked, old.position);
        await tx.db.updateTable('tender_bids').set(set).where('tender_id', '=', id).where('bid_id', '=', checked.bidId).execute();
      } else {
        const position = bids.reduce((m, b) => Math.max(m, b.position), 0) + 1;
        await tx.db
          .insertInto('tender_bids')
          .values(bidRow(id, checked, position))
          .execute();
      }
      await this.touch(tx, tender, options.actor);
      const after = await this.detail(tx, id, options.scope);
      await this.audit(tx, options.actor, after, {
        action: old ? 'tender_bid.update' : 'tender_bid.create',
        before: old ?? null,
        after: checked,
      });
      return after;
    });
  }

  /**
   * Adds bids after the existing ones, all or none (an Excel import): a bad bid or a bid id already in the
   * tender is a ValidationError naming the bid (`bids.<k>.<field>`), and nothing is written.
   */
  async addBids(id: string, bids: readonly BidInput[], options: ScopedWrite & { fileName?: string }): Promise<TenderDetail> {
    return inTransaction(this.ctx, async (tx) => {
      const tender = await this.fetchForChange(tx, id, options);
      const existing = await this.bidsOf(tx, id);
      const checked = this.checkBids(
        bids,
        existing.map((b) => b.bidId),
      );
      if (checked.length === 0) throw new ValidationError('bids', TENDER_FORMAT_MESSAGES.no_bids);
      const start = existing.reduce((m, b) => Math.max(m, b.position), 0);
      await insertBids(
        tx,
        checked.map((b, k) => bidRow(id, b, start + k + 1)),
      );
      await this.touch(tx, tender, options.actor);
      const after = await this.detail(tx, id, options.scope);
      await this.audit(tx, options.actor, after, {
        action: 'tender_bid.import',
        after: { fileName: options.fileName ?? null, bids: checked },
      });
      return after;
    });
  }

  /** Removes a bid of a tender that is not published. */
  async deleteBid(id: string, bidId: string, options: ScopedWrite): Promise<TenderDetail> {
    return inTransaction(this.ctx, async (tx) => {
      const tender = await this.fetchForChange(tx, id, options);
      const old = (await this.bidsOf(tx, id)).find((b) => b.bidId === bidId);
      if (!old) throw new NotFoundError('bid', bidId);
      await tx.db.deleteFrom('tender_bids').where('tender_id', '=', id).where('bid_id', '=', bidId).execute();
      await this.touch(tx, tender, options.actor);
      const after = await this.detail(tx, id, options.scope);
      await this.audit(tx, options.actor, after, { action: 'tender_bid.delete', before: old });
      return after;
    });
  }

  /**
   * Evaluates the tender with the policy and stores the evaluation as the next one of the tender (status
   * `evaluated`): the rates must lie in the legal ranges of the tender's date (ValidationError naming the
   * range), every declaration is checked against the registry, and the report keeps the policy version
   * and parameter hash that produced it. A published tender is not evaluated again (ConflictError).
   */
  async evaluate(id: string, options: ScopedWrite): Promise<TenderEvaluation> {
    return inTransaction(this.ctx, async (tx) => {
      const tender = await this.fetchForChange(tx, id, options);
      const bids = await this.bidsOf(tx, id);
      if (bids.length === 0) throw new ValidationError('bids', TENDER_FORMAT_MESSAGES.no_bids);
      if (tender.method === 'comprehensive' && tender.priceWeight === null)
        throw new ValidationError('priceWeight', TENDER_FORMAT_MESSAGES.weight_required);
      const ranges = checkTenderRates(tender);
      const declarations = await verifyDeclarations(tx, bids, Number(tender.tenderDate.slice(0, 4)));
      const system = getSystem();
      const result = evaluateStoredTender(system, tender, bids, ranges, declarations);
      const last = await this.latestEvaluation(tx, id);
      const evaluation = {
        sequence: (last?.sequence ?? 0) + 1,
        policyVersion: POLICY_VERSION,
        parameterHash: system.parameterHash,
        evaluatedAt: nowIso(),
      };
      await tx.db
        .insertInto('tender_evaluations')
        .values({
          tender_id: id,
          sequence: evaluation.sequence,
          result: toJson(result),
          policy_version: evaluation.policyVersion,
          parameter_hash: evaluation.parameterHash,
          evaluated_at: evaluation.evaluatedAt,
          evaluated_by: options.actor,
          published_at: null,
          published_by: null,
        })
        .execute();
      const updated = await tx.db
        .updateTable('tenders')
        .set({ status: 'evaluated', updated_at: evaluation.evaluatedAt, updated_by: options.actor })
        .where('id', '=', id)
        .where('version', '=', tender.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`tender '${id}' changed meanwhile`, { id });
      await this.audit(tx, options.actor, tender, {
        action: 'tender.evaluate',
        after: {
          sequence: evaluation.sequence,
          contradictions: result.contradictions,
          winner: result.bids.find((b) => b.rank === 1)?.bidId ?? null,
        },
      });
      return this.disclosed(tx, (await this.latestEvaluation(tx, id)) as TenderEvaluation, options.scope);
    });
  }

  /**
   * Publishes the newest evaluation of an evaluated tender: from then on neither the tender, its bids nor
   * the evaluation can change. A tender linked to a project writes the project's award in the same
   * transaction — the winner (rank 1), its class as evaluated, and its ORIGINAL bid price as the contract
   * amount (181号: the deducted price only enters the evaluation).
   */
  async publish(id: string, options: ScopedWrite): Promise<TenderEvaluation> {
    return inTransaction(this.ctx, async (tx) => {
      const tender = await this.fetchForChange(tx, id, options);
      const evaluation = await this.latestEvaluation(tx, id);
      if (tender.status !== 'evaluated' || evaluation === null)
        throw new ConflictError(`tender '${id}' has no evaluation of its current bids: evaluate it first`, { id, reason: 'not_evaluated' });
      const at = nowIso();
      const winner = evaluation.result.bids.find((b) => b.rank === 1);
      if (tender.projectId !== null && winner) {
        const project = await tx.db
          .selectFrom('procurement_projects')
          .select(['id', 'tender_id', 'awarded_supplier_name'])
          .where('id', '=', tender.projectId)
          .executeTakeFirst();
        if (project?.tender_id && project.tender_id !== id)
          throw new ConflictError(`project '${tender.projectId}' was awarded by tender '${project.tender_id}'`, {
            id,
            reason: 'project_awarded',
          });
        await tx.db
          .updateTable('procurement_projects')
          .set({
            awarded_supplier_id: winner.supplierId,
            awarded_supplier_name: winner.supplierName,
            awarded_size_class: winner.evaluatedSizeClass,
            awarded_amount_fen: winner.priceFen,
            tender_id: id,
            updated_at: at,
          })
          .where('id', '=', tender.projectId)
          .execute();
      }
      await tx.db
        .updateTable('tender_evaluations')
        .set({ published_at: at, published_by: options.actor })
        .where('tender_id', '=', id)
        .where('sequence', '=', evaluation.sequence)
        .execute();
      await tx.db
        .updateTable('tenders')
        .set({ status: 'published', updated_at: at, updated_by: options.actor })
        .where('id', '=', id)
        .where('version', '=', tender.version)
        .execute();
      await this.audit(tx, options.actor, tender, {
        action: 'tender.publish',
        after: {
          sequence: evaluation.sequence,
          projectId: tender.projectId,
          winner: winner
            ? { bidId: winner.bidId, supplierId: winner.supplierId, amountFen: winner.priceFen, sizeClass: winner.evaluatedSizeClass }
            : null,
        },
      });
      return this.disclosed(tx, (await this.latestEvaluation(tx, id)) as TenderEvaluation, options.scope);
    });
  }

  /** The evaluations of a tender within `scope`, oldest first. */
  async evaluations(id: string, options: { scope: Scope }): Promise<TenderEvaluation[]> {
    await this.fetch(this.ctx, id, options.scope);
    const rows = await this.evaluationsQuery(readerOf(this.ctx), id).orderBy('v.sequence').execute();
    return disclose(
      this.ctx,
      rows.map((r) => evaluationFromRow(r as unknown as EvaluationRow)),
      options.scope,
    );
  }

  /** One evaluation (default: the newest) of a tender within `scope`, or NotFoundError. */
  async evaluation(id: string, options: { scope: Scope; sequence?: number }): Promise<TenderEvaluation> {
    await this.fetch(this.ctx, id, options.scope);
    let q = this.evaluationsQuery(readerOf(this.ctx), id);
    q = options.sequence !== undefined ? q.where('v.sequence', '=', options.sequence) : q.orderBy('v.sequence', 'desc').limit(1);
    const row = await q.executeTakeFirst();
    if (!row) throw new NotFoundError('evaluation', `${id}${options.sequence !== undefined ? `#${options.sequence}` : ''}`);
    return this.disclosed(this.ctx, evaluationFromRow(row as unknown as EvaluationRow), options.scope);
  }
}
