/**
 * Take-up (issue 13 §4): per programme — so per measure, region and year — how many enterprises the stored
 * entitlements show eligible and what the engine promises them (its total for the measure), against how many
 * were offered, confirmed, published and paid (count and fen), the offers still unclaimed, and the days from
 * eligibility (the offer's `eligible_at`) to payment (median and mean). Money exact in fen.
 */
import { sql } from 'kysely';
import { readerOf, type StoreContext } from '../context.ts';
import type { ProgrammesTable } from '../schema.ts';
import type { Scope } from '../scope.ts';
import { regionRange, toInt } from '../values.ts';
import { type Programme, programmeInScope, programmeOf } from './programmes.ts';

export interface TakeUpRow {
  readonly programme: Programme;
  /** Enterprises of the region eligible for the measure in the year, and the engine's total for them (fen). */
  readonly eligible: number;
  readonly promisedFen: number;
  readonly offered: number;
  readonly offeredFen: number;
  readonly confirmed: number;
  readonly confirmedFen: number;
  readonly published: number;
  readonly publishedFen: number;
  readonly paid: number;
  readonly paidFen: number;
  /** Offers still awaiting the enterprise's confirmation. */
  readonly unclaimed: number;
  readonly unclaimedFen: number;
  readonly withdrawn: number;
  readonly waiting: number;
  /** Days from eligibility to payment over the paid offers (null when none is paid). */
  readonly daysToPaymentMedian: number | null;
  readonly daysToPaymentMean: number | null;
}

export interface TakeUpQuery {
  readonly scope: Scope;
  readonly year?: number;
  readonly measure?: string;
  readonly programmeId?: string;
  /** Only the programmes this department runs (a department user's view). */
  readonly department?: string;
}

/** The median of sorted numbers. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function takeUp(ctx: StoreContext, query: TakeUpQuery): Promise<TakeUpRow[]> {
  const db = readerOf(ctx);
  let q = db.selectFrom('programmes').selectAll().where(programmeInScope(query.scope, query.department));
  if (query.year !== undefined) q = q.where('year', '=', query.year);
  if (query.measure !== undefined) q = q.where('measure', '=', query.measure);
  if (query.programmeId !== undefined) q = q.where('id', '=', query.programmeId);
  const programmes = (
    (await q.orderBy('year', 'desc').orderBy('measure').orderBy('region_code').limit(500).execute()) as ProgrammesTable[]
  ).map(programmeOf);
  const out: TakeUpRow[] = [];
  for (const p of programmes) {
    const [lo, hi] = regionRange(p.regionCode);
    const e = await db
      .selectFrom('entitlement_components as c')
      .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
      .select([sql<unknown>`count(*)`.as('n'), sql<unknown>`coalesce(sum(c.value_fen), 0)`.as('fen')])
      .where('c.year', '=', p.year)
      .where('c.measure', '=', p.measure)
      .where(sql<boolean>`c.eligible`)
      .where('e.region_code', '>=', lo)
      .where('e.region_code', '<=', hi)
      .executeTakeFirstOrThrow();
    const offers = await db
      .selectFrom('offers')
      .select(['status', 'amount_fen', 'confirmed_at', 'published_at', 'eligible_at', 'paid_at'])
      .where('programme_id', '=', p.id)
      .execute();
    let offered = 0,
      offeredFen = 0,
      confirmed = 0,
      confirmedFen = 0,
      published = 0,
      publishedFen = 0,
      paid = 0,
      paidFen = 0,
      unclaimed = 0,
      unclaimedFen = 0,
      withdrawn = 0,
      waiting = 0;
    const days: number[] = [];
    for (const o of offers) {
      const fen = toInt(o.amount_fen);
      offered++;
      offeredFen += fen;
      const closed = o.status === 'withdrawn' || o.status === 'cancelled';
      if (closed) withdrawn++;
      if (o.status === 'offered') {
        unclaimed++;
        unclaimedFen += fen;
      }
      if (o.status === 'waiting') waiting++;
      if (o.confirmed_at !== null && !closed) {
        confirmed++;
        confirmedFen += fen;
      }
      if (o.published_at !== null && !closed) {
        published++;
        publishedFen += fen;
      }
      if (o.status === 'paid' && o.paid_at !== null) {
        paid++;
        paidFen += fen;
        days.push((Date.parse(o.paid_at) - Date.parse(o.eligible_at)) / 86_400_000);
      }
    }
    days.sort((a, b) => a - b);
    const med = median(days);
    out.push({
      programme: p,
      eligible: toInt(e.n),
      promisedFen: toInt(e.fen),
      offered,
      offeredFen,
      confirmed,
      confirmedFen,
      published,
      publishedFen,
      paid,
      paidFen,
      unclaimed,
      unclaimedFen,
      withdrawn,
      waiting,
      daysToPaymentMedian: med === null ? null : round1(med),
      daysToPaymentMean: days.length === 0 ? null : round1(days.reduce((s, d) => s + d, 0) / days.length),
    });
  }
  return out;
}
