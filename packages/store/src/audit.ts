/**
 * The audit log: one row per state change, written by the repository that makes the change, in the
 * same transaction. The table is append-only in the database (triggers in migration 0001).
 */
import type { StoreContext } from './context.ts';
import { statementBatches } from './statement-batches.ts';
import { fromJsonOrNull, nowIso, toInt, toJsonOrNull } from './values.ts';

/** Who makes a change: a user id, or {@link SYSTEM_ACTOR} for the platform itself (seeds, jobs). */
export interface WriteOptions {
  readonly actor: string;
}

export const SYSTEM_ACTOR = 'system';

export interface AuditEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly regionCode?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface AuditRecord extends Required<AuditEntry> {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
}

/** Columns of an audit row as inserted (the statement's bound values per row). */
const AUDIT_COLUMNS = 8;

/**
 * Appends audit rows within `ctx`'s transaction, in statements under the dialect's variable limit (an
 * import changing 30,000 enterprises writes 30,000 rows).
 */
export async function writeAudit(ctx: StoreContext, actor: string, entries: readonly AuditEntry[], at = nowIso()): Promise<void> {
  if (entries.length === 0) return;
  if (actor.trim() === '') throw new TypeError('an audited change needs an actor');
  for (const batch of statementBatches(ctx.dialect, entries, AUDIT_COLUMNS)) await insertAudit(ctx, actor, batch, at);
}

async function insertAudit(ctx: StoreContext, actor: string, entries: readonly AuditEntry[], at: string): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        at,
        actor,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId,
        region_code: e.regionCode ?? null,
        before: toJsonOrNull(e.before),
        after: toJsonOrNull(e.after),
      })),
    )
    .execute();
}

export interface AuditRow {
  id: unknown;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  region_code: string | null;
  before: unknown;
  after: unknown;
}

export function auditRecord(row: AuditRow): AuditRecord {
  return {
    id: toInt(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    regionCode: row.region_code,
    before: fromJsonOrNull(row.before),
    after: fromJsonOrNull(row.after),
  };
}
