/**
 * A programme's budget: confirmed offers reserve it; a confirmation beyond what remains waits in the queue, and
 * the queue is served first eligible first (`eligible_at`, then id) while the next offer fits — a later, smaller
 * offer does not jump ahead of an earlier one. Every allocation locks the programme's row first (PostgreSQL
 * `SELECT … FOR UPDATE`; SQLite has one writer), so two confirmations at once cannot both take the last yuan.
 */
import { sql } from 'kysely';
import { writeAudit } from '../audit.ts';
import type { StoreContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { nowIso, toInt } from '../values.ts';
import { RESERVING } from './offer-status.ts';

/** Locks the programme's row for the rest of the transaction and returns its budget in fen. */
export async function lockProgramme(tx: StoreContext, programmeId: string): Promise<number> {
  let q = tx.db.selectFrom('programmes').select(['id', 'budget_fen']).where('id', '=', programmeId);
  if (tx.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) throw new NotFoundError('programme', programmeId);
  return toInt(row.budget_fen);
}

/** The fen reserved by the programme's offers. */
export async function reservedFen(tx: StoreContext, programmeId: string): Promise<number> {
  const row = await tx.db
    .selectFrom('offers')
    .select(sql<unknown>`coalesce(sum(amount_fen), 0)`.as('total'))
    .where('programme_id', '=', programmeId)
    .where('status', 'in', [...RESERVING])
    .executeTakeFirstOrThrow();
  return toInt(row.total);
}

/**
 * Promotes waiting offers of the programme while the budget allows (inside the caller's transaction; locks the
 * programme). Returns the ids promoted, each audited as `offer.reserve`.
 */
export async function allocate(tx: StoreContext, programmeId: string, actor: string): Promise<string[]> {
  const budget = await lockProgramme(tx, programmeId);
  let reserved = await reservedFen(tx, programmeId);
  const waiting = await tx.db
    .selectFrom('offers')
    .select(['id', 'amount_fen', 'region_code'])
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'waiting')
    .orderBy('eligible_at')
    .orderBy('confirmed_at')
    .orderBy('id')
    .execute();
  const promoted: { id: string; region: string; amount: number }[] = [];
  for (const w of waiting) {
    const amount = toInt(w.amount_fen);
    if (reserved + amount > budget) break;
    reserved += amount;
    promoted.push({ id: w.id, region: w.region_code, amount });
  }
  if (promoted.length === 0) return [];
  const at = nowIso();
  for (let i = 0; i < promoted.length; i += 500) {
    await tx.db
      .updateTable('offers')
      .set({ status: 'confirmed', reserved_at: at, updated_at: at })
      .where(
        'id',
        'in',
        promoted.slice(i, i + 500).map((p) => p.id),
      )
      .execute();
  }
  await writeAudit(
    tx,
    actor,
    promoted.map((p) => ({
      action: 'offer.reserve',
      entityType: 'offer',
      entityId: p.id,
      regionCode: p.region,
      after: { status: 'confirmed', amountFen: p.amount, programmeId },
    })),
    at,
  );
  return promoted.map((p) => p.id);
}
