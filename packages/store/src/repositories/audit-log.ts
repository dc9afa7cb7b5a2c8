/** Reading the audit log: filters, region prefix, keyset paging newest first. */
import { sql } from 'kysely';
import { type AuditRecord, type AuditRow, auditRecord } from '../audit.ts';
import { readerOf, type StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageSize } from '../cursor.ts';
import { ValidationError } from '../errors.ts';
import type { Scope } from '../scope.ts';
import { checkScope } from '../scope.ts';
import { isRegionPrefix, regionRange } from '../values.ts';
import type { Page } from './enterprises.ts';

export interface AuditQuery {
  /** Rows about enterprises in the scope (region scope: rows whose region is within it; enterprise scope: that enterprise's rows). Default: all. */
  readonly scope?: Scope;
  readonly actor?: string;
  readonly entityType?: string;
  readonly entityId?: string;
  /** Exact action (`enterprise.update`) or a family ending in '.' (`enterprise.`). */
  readonly action?: string;
  /** ISO time, inclusive. */
  readonly from?: string;
  /** ISO time, exclusive. */
  readonly to?: string;
  readonly regionPrefix?: string;
  readonly limit?: number;
  readonly cursor?: string | null;
}

const bad = (field: string) =>
  new ValidationError(field, {
    'zh-CN': `查询条件“${field}”无效`,
    ko: `조회 조건 “${field}”이(가) 올바르지 않습니다`,
    en: `invalid ${field}`,
  });

export class AuditRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Audit rows, newest first.
   * @example await store.audit.list({ entityType: 'enterprise', entityId: 'E1' })
   */
  async list(query: AuditQuery = {}): Promise<Page<AuditRecord>> {
    const limit = pageSize(query.limit);
    let q = readerOf(this.ctx).selectFrom('audit_log').selectAll();
    const scope = query.scope ? checkScope(query.scope) : undefined;
    const prefixes = [scope && 'regionPrefix' in scope ? scope.regionPrefix : undefined, query.regionPrefix].filter(
      (p): p is string => p !== undefined,
    );
    for (const prefix of prefixes) {
      if (!isRegionPrefix(prefix)) throw bad('regionPrefix');
      const [lo, hi] = regionRange(prefix);
      q = q.where('region_code', '>=', lo).where('region_code', '<=', hi);
    }
    if (scope && 'enterpriseId' in scope) q = q.where('entity_type', '=', 'enterprise').where('entity_id', '=', scope.enterpriseId);
    // A budget unit's or a bank's staff read their own records through their own routes, not the log.
    if (scope && ('budgetUnitId' in scope || 'bankId' in scope)) q = q.where(sql<boolean>`1 = 0`);
    if (query.actor !== undefined) q = q.where('actor', '=', query.actor);
    if (query.entityType !== undefined) q = q.where('entity_type', '=', query.entityType);
    if (query.entityId !== undefined) q = q.where('entity_id', '=', query.entityId);
    if (query.action !== undefined) {
      if (query.action.endsWith('.')) {
        const escaped = query.action.replace(/[\\%_]/g, (c) => `\\${c}`);
        q = q.where(sql<boolean>`action like ${`${escaped}%`} escape '\\'`);
      } else q = q.where('action', '=', query.action);
    }
    for (const [field, value] of [
      ['from', query.from],
      ['to', query.to],
    ] as const) {
      if (value !== undefined && Number.isNaN(Date.parse(value))) throw bad(field);
    }
    if (query.from !== undefined) q = q.where('at', '>=', new Date(query.from).toISOString());
    if (query.to !== undefined) q = q.where('at', '<', new Date(query.to).toISOString());
    if (query.cursor) {
      const [, id] = decodeCursor(query.cursor);
      q = q.where(sql<boolean>`id < ${Number(id)}`);
    }
    const rows = (await q
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()) as AuditRow[];
    const more = rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map(auditRecord);
    const last = items[items.length - 1];
    return { items, nextCursor: more && last ? encodeCursor(null, last.id) : null };
  }
}
