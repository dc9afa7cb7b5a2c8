/**
 * Offers follow the stored entitlements (免申即享: the data, not an application, make the offer). Called by the
 * entitlement recompute inside the transaction that writes a batch's entitlement rows, so a crash loses or
 * doubles neither: for every programme whose measure and year were evaluated, an enterprise of its region now
 * eligible with a value gets an offer (one live offer per programme and enterprise — also a unique index), an
 * offer still awaiting confirmation follows a changed amount, and a live offer the data no longer support is
 * withdrawn with the reason (`no_longer_eligible`) and its budget goes to the queue.
 */
import { randomUUID } from 'node:crypto';
import { getSystem, POLICY_VERSION } from '@xiaowei/policy';
import { type AuditEntry, SYSTEM_ACTOR, writeAudit } from '../audit.ts';
import type { StoreContext } from '../context.ts';
import type { StoredDetail } from '../entitlements/evaluate.ts';
import type { OffersTable, ProgrammesTable } from '../schema.ts';
import { statementBatches } from '../statement-batches.ts';
import { fromJson, nowIso, regionRange, toInt } from '../values.ts';
import { allocate } from './budget.ts';
import { noticeNewOffers, noticeWithdrawn } from './offer-notices.ts';
import { WITHDRAWABLE } from './offer-status.ts';
import { type Programme, programmeOf } from './programmes.ts';

/** One enterprise-year as the recompute just evaluated it. */
export interface EvaluatedYear {
  readonly enterpriseId: string;
  readonly regionCode: string;
  readonly year: number;
  readonly detail: StoredDetail;
}

/** The "why" an offer keeps: the entitlement's components of the measure and the rules that computed them. */
export interface OfferTrace {
  readonly measure: string;
  readonly year: number;
  readonly policyVersion: string;
  readonly parameterHash: string;
  readonly components: readonly { valueVariable: string; eligible: boolean | null; valueFen: number | null; counted: boolean }[];
}

/** The amount of a measure in a detail: eligible and the sum of its counted values, as `entitlement_components` keeps it. */
export function measureAmount(
  detail: StoredDetail,
  measure: string,
): { eligible: boolean; amountFen: number; trace: OfferTrace['components'] } {
  let eligible = false;
  let amountFen = 0;
  const trace: { valueVariable: string; eligible: boolean | null; valueFen: number | null; counted: boolean }[] = [];
  for (const [m, valueVariable, e, valueFen, counted] of detail.components) {
    if (m !== measure) continue;
    trace.push({ valueVariable, eligible: e, valueFen: valueFen === null ? null : toInt(valueFen), counted });
    if (e === true) eligible = true;
    if (counted && valueFen !== null) amountFen += toInt(valueFen);
  }
  return { eligible, amountFen, trace };
}

function inRegion(regionCode: string, programmeRegion: string): boolean {
  return regionCode.startsWith(programmeRegion);
}

const CHUNK = 900;

async function liveOffers(tx: StoreContext, programmeId: string, ids: readonly string[]): Promise<OffersTable[]> {
  const out: OffersTable[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await tx.db
      .selectFrom('offers')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('enterprise_id', 'in', ids.slice(i, i + CHUNK))
      .execute()) as OffersTable[];
    out.push(...rows);
  }
  return out;
}

/**
 * Brings the offers of `ids` in line with `evaluated` (inside the recompute's transaction). `full`: every year
 * of each enterprise was evaluated, so a year that is not in `evaluated` no longer exists.
 */
export async function syncOffers(
  tx: StoreContext,
  ids: readonly string[],
  evaluated: readonly EvaluatedYear[],
  full: boolean,
): Promise<void> {
  if (ids.length === 0) return;
  const years = new Set(evaluated.map((e) => e.year));
  let q = tx.db.selectFrom('programmes').selectAll();
  if (!full) {
    if (years.size === 0) return;
    q = q.where('year', 'in', [...years]);
  }
  const programmes = ((await q.orderBy('id').execute()) as ProgrammesTable[]).map(programmeOf);
  if (programmes.length === 0) return;
  const byKey = new Map<string, EvaluatedYear>();
  for (const e of evaluated) byKey.set(`${e.enterpriseId}|${e.year}`, e);
  const hash = getSystem().parameterHash;
  for (const p of programmes) await syncProgramme(tx, p, ids, byKey, full, hash);
}

async function syncProgramme(
  tx: StoreContext,
  p: Programme,
  ids: readonly string[],
  byKey: ReadonlyMap<string, EvaluatedYear>,
  full: boolean,
  hash: string,
): Promise<void> {
  const existing = await liveOffers(tx, p.id, ids);
  const live = new Map<string, OffersTable>();
  const blocked = new Set<string>();
  for (const o of existing) {
    if (o.status === 'withdrawn' || o.status === 'cancelled') {
      // An offer closed by an upheld objection or a cancelled payment is not made again by the data.
      if (o.closed_reason !== 'no_longer_eligible') blocked.add(o.enterprise_id);
    } else live.set(o.enterprise_id, o);
  }
  const at = nowIso();
  const create: OffersTable[] = [];
  const withdraw: OffersTable[] = [];
  const audit: AuditEntry[] = [];
  for (const id of ids) {
    const e = byKey.get(`${id}|${p.year}`);
    if (e === undefined && !full) continue;
    const now =
      e !== undefined && inRegion(e.regionCode, p.regionCode)
        ? measureAmount(e.detail, p.measure)
        : { eligible: false, amountFen: 0, trace: [] };
    const offer = live.get(id);
    const supported = now.eligible && now.amountFen > 0;
    if (supported && e !== undefined) {
      const trace: OfferTrace = {
        measure: p.measure,
        year: p.year,
        policyVersion: POLICY_VERSION,
        parameterHash: hash,
        components: now.trace,
      };
      if (offer === undefined) {
        if (blocked.has(id)) continue;
        const row: OffersTable = {
          id: randomUUID(),
          programme_id: p.id,
          enterprise_id: id,
          region_code: e.regionCode,
          year: p.year,
          measure: p.measure,
          amount_fen: now.amountFen,
          promised_fen: now.amountFen,
          trace: JSON.stringify(trace),
          status: 'offered',
          eligible_at: at,
          confirmed_at: null,
          reserved_at: null,
          published_at: null,
          publicity_ends_at: null,
          paid_at: null,
          closed_at: null,
          closed_reason: null,
          account_name: null,
          bank_name: null,
          account_number: null,
          failure_reason: null,
          updated_at: at,
        };
        create.push(row);
        audit.push({
          action: 'offer.create',
          entityType: 'offer',
          entityId: row.id,
          regionCode: row.region_code,
          after: { programmeId: p.id, enterpriseId: id, amountFen: row.amount_fen, status: 'offered' },
        });
      } else if (offer.status === 'offered' && toInt(offer.amount_fen) !== now.amountFen) {
        // Not yet confirmed: the offer follows the data. A confirmed amount stays as confirmed.
        await tx.db
          .updateTable('offers')
          .set({ amount_fen: now.amountFen, promised_fen: now.amountFen, trace: JSON.stringify(trace), updated_at: at })
          .where('id', '=', offer.id)
          .execute();
        audit.push({
          action: 'offer.update',
          entityType: 'offer',
          entityId: offer.id,
          regionCode: offer.region_code,
          before: { amountFen: toInt(offer.amount_fen) },
          after: { amountFen: now.amountFen },
        });
      }
    } else if (offer !== undefined && (WITHDRAWABLE as readonly string[]).includes(offer.status)) {
      withdraw.push(offer);
      audit.push({
        action: 'offer.withdraw',
        entityType: 'offer',
        entityId: offer.id,
        regionCode: offer.region_code,
        before: { status: offer.status },
        after: { status: 'withdrawn', reason: 'no_longer_eligible' },
      });
    }
  }
  if (create.length === 0 && withdraw.length === 0 && audit.length === 0) return;
  for (const batch of statementBatches(tx.dialect, create, 23)) await tx.db.insertInto('offers').values(batch).execute();
  for (let i = 0; i < withdraw.length; i += CHUNK) {
    await tx.db
      .updateTable('offers')
      .set({ status: 'withdrawn', closed_at: at, closed_reason: 'no_longer_eligible', updated_at: at })
      .where(
        'id',
        'in',
        withdraw.slice(i, i + CHUNK).map((o) => o.id),
      )
      .execute();
  }
  await writeAudit(tx, SYSTEM_ACTOR, audit, at);
  if (create.length > 0)
    await noticeNewOffers(
      tx,
      p.name,
      create.map((o) => ({ id: o.id, enterpriseId: o.enterprise_id, amountFen: toInt(o.amount_fen) })),
    );
  if (withdraw.length > 0) {
    await noticeWithdrawn(
      tx,
      p.name,
      withdraw.map((o) => ({ id: o.id, enterpriseId: o.enterprise_id, amountFen: toInt(o.amount_fen) })),
      'no_longer_eligible',
    );
    // Withdrawn reservations free budget for the queue.
    if (withdraw.some((o) => o.status !== 'offered' && o.status !== 'waiting')) await allocate(tx, p.id, SYSTEM_ACTOR);
  }
}

/** A new programme: offers to the enterprises of its region whose stored entitlements are already eligible. */
export async function offerProgrammeToExisting(tx: StoreContext, p: Programme): Promise<void> {
  const [lo, hi] = p.regionCode.length === 0 ? ['000000', '999999'] : regionRange(p.regionCode);
  const rows = await tx.db
    .selectFrom('entitlement_components as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .innerJoin('entitlements as n', (j) => j.onRef('n.enterprise_id', '=', 'c.enterprise_id').onRef('n.year', '=', 'c.year'))
    .select(['e.id', 'e.region_code', 'n.detail'])
    .where('c.year', '=', p.year)
    .where('c.measure', '=', p.measure)
    .where('e.region_code', '>=', lo)
    .where('e.region_code', '<=', hi)
    .where('c.value_fen', '>', 0)
    .orderBy('e.id')
    .execute();
  const evaluated: EvaluatedYear[] = rows.map((r) => ({
    enterpriseId: r.id,
    regionCode: r.region_code,
    year: p.year,
    detail: fromJson<StoredDetail>(r.detail),
  }));
  for (let i = 0; i < evaluated.length; i += 5000) {
    const part = evaluated.slice(i, i + 5000);
    const byKey = new Map(part.map((e) => [`${e.enterpriseId}|${e.year}`, e]));
    await syncProgramme(
      tx,
      p,
      part.map((e) => e.enterpriseId),
      byKey,
      false,
      getSystem().parameterHash,
    );
  }
}
