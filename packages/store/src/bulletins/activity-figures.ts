/**
 * The bulletin's take-up and complaints parts (item 29 of 国发〔2012〕14号: statistics of the measures' delivery and of
 * the complaint channels of items 06 and 11). Events count in the period of their China day (the day the law's
 * deadlines use): an offer made, confirmed or paid on the period's last day counts, on the next day it does not.
 * Rows are read once per part and counted here, so both dialects give the same integers; money exact in fen.
 */
import { chinaDay } from '@xiaowei/app';
import type { Labels } from '@xiaowei/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { regionRange, toInt, toIntOrNull } from '../values.ts';
import type { Change, ComplaintFigures, ComplaintRow, NoData, TakeUpFigures, TakeUpMeasureRow } from './content.ts';
import type { BulletinPeriod } from './period.ts';

type Db = Kysely<Database>;
type Which = 'now' | 'before';

const inPeriod = (at: string | null, p: BulletinPeriod): boolean => {
  if (at === null) return false;
  const day = chinaDay(at);
  return day >= p.start && day <= p.end;
};

/** Running totals of the two periods, turned into Changes at the end. */
class Pair<K extends string> {
  private readonly now = new Map<K, number>();
  private readonly before = new Map<K, number>();
  add(which: Which, key: K, n: number): void {
    const m = which === 'now' ? this.now : this.before;
    m.set(key, (m.get(key) ?? 0) + n);
  }
  get(key: K): Change {
    const current = this.now.get(key) ?? 0;
    const previous = this.before.get(key) ?? 0;
    return { current, previous, change: current - previous };
  }
}

type TakeUpKey = 'offered' | 'offeredFen' | 'confirmed' | 'confirmedFen' | 'paid' | 'paidFen';

function periodsOf(at: string | null, period: BulletinPeriod, previous: BulletinPeriod): Which[] {
  const out: Which[] = [];
  if (inPeriod(at, period)) out.push('now');
  if (inPeriod(at, previous)) out.push('before');
  return out;
}

/**
 * Offers of enterprises of the region `prefix`. No programme of the region and no offer to its enterprises:
 * no data. A withdrawn or cancelled offer still counts as made, and as confirmed when it was (the event happened).
 */
export async function takeUpFigures(
  db: Db,
  prefix: string,
  period: BulletinPeriod,
  previous: BulletinPeriod,
  title: (measure: string) => Labels,
): Promise<TakeUpFigures | NoData> {
  const [lo, hi] = regionRange(prefix);
  const programmes = await db.selectFrom('programmes').select('id').where('region_code', '>=', lo).where('region_code', '<=', hi).execute();
  const offers = await db
    .selectFrom('offers')
    .select(['programme_id', 'measure', 'amount_fen', 'status', 'eligible_at', 'confirmed_at', 'paid_at'])
    .where('region_code', '>=', lo)
    .where('region_code', '<=', hi)
    .execute();
  if (programmes.length === 0 && offers.length === 0) return { available: false };
  const total = new Pair<TakeUpKey>();
  const byMeasure = new Map<string, Pair<TakeUpKey>>();
  const used = new Set(programmes.map((p) => p.id));
  for (const o of offers) {
    used.add(o.programme_id);
    const fen = toInt(o.amount_fen);
    const m = byMeasure.get(o.measure) ?? new Pair<TakeUpKey>();
    byMeasure.set(o.measure, m);
    const count = (which: Which, n: 'offered' | 'confirmed' | 'paid') => {
      for (const p of [total, m]) {
        p.add(which, n, 1);
        p.add(which, `${n}Fen`, fen);
      }
    };
    for (const w of periodsOf(o.eligible_at, period, previous)) count(w, 'offered');
    for (const w of periodsOf(o.confirmed_at, period, previous)) count(w, 'confirmed');
    if (o.status === 'paid') for (const w of periodsOf(o.paid_at, period, previous)) count(w, 'paid');
  }
  const fields = (p: Pair<TakeUpKey>) => ({
    offered: p.get('offered'),
    offeredFen: p.get('offeredFen'),
    confirmed: p.get('confirmed'),
    confirmedFen: p.get('confirmedFen'),
    paid: p.get('paid'),
    paidFen: p.get('paidFen'),
  });
  const rows: TakeUpMeasureRow[] = [...byMeasure.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, p]) => ({ key, name: title(key), ...fields(p) }));
  return { available: true, programmes: used.size, ...fields(total), byMeasure: rows };
}

type ComplaintKey = 'filed' | 'replied' | 'repliedInTime' | 'rated' | 'ratingSum';

/** `sum / n` as decimal text cut (not rounded) to 2 places, from integers only. */
export function meanText(sum: number, n: number): string | null {
  if (n === 0) return null;
  const hundredths = Math.floor((sum * 100) / n);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** Complaints of enterprises of the region; none ever filed there: no data. */
export async function complaintFigures(
  db: Db,
  prefix: string,
  period: BulletinPeriod,
  previous: BulletinPeriod,
): Promise<ComplaintFigures | NoData> {
  const [lo, hi] = regionRange(prefix);
  const rows = await db
    .selectFrom('complaints')
    .select(['type', 'department', 'filed_at', 'due_date', 'replied_at', 'rating', 'rated_at'])
    .where('region_code', '>=', lo)
    .where('region_code', '<=', hi)
    .execute();
  if (rows.length === 0) return { available: false };
  const total = new Pair<ComplaintKey>();
  const byType = new Map<string, Pair<ComplaintKey>>();
  const byDepartment = new Map<string, Pair<ComplaintKey>>();
  const pair = (m: Map<string, Pair<ComplaintKey>>, k: string) => {
    const p = m.get(k) ?? new Pair<ComplaintKey>();
    m.set(k, p);
    return p;
  };
  for (const c of rows) {
    const pairs = [total, pair(byType, c.type), pair(byDepartment, c.department)];
    const add = (w: Which, k: ComplaintKey, n: number) => {
      for (const p of pairs) p.add(w, k, n);
    };
    for (const w of periodsOf(c.filed_at, period, previous)) add(w, 'filed', 1);
    for (const w of periodsOf(c.replied_at, period, previous)) {
      add(w, 'replied', 1);
      // The due date is a China day (COMPLAINT_REPLY_WORKING_DAYS working days after filing): a reply that day is in time.
      if (c.replied_at !== null && chinaDay(c.replied_at) <= c.due_date) add(w, 'repliedInTime', 1);
    }
    const rating = toIntOrNull(c.rating);
    if (rating !== null) {
      for (const w of periodsOf(c.rated_at, period, previous)) {
        add(w, 'rated', 1);
        add(w, 'ratingSum', rating);
      }
    }
  }
  const fields = (p: Pair<ComplaintKey>) => ({
    filed: p.get('filed'),
    replied: p.get('replied'),
    repliedInTime: p.get('repliedInTime'),
    rated: p.get('rated'),
    ratingSum: p.get('ratingSum'),
  });
  const list = (m: Map<string, Pair<ComplaintKey>>): ComplaintRow[] =>
    [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, p]) => ({ key, ...fields(p) }));
  const t = fields(total);
  return {
    available: true,
    ...t,
    meanRating: meanText(t.ratingSum.current, t.rated.current),
    previousMeanRating: meanText(t.ratingSum.previous, t.rated.previous),
    byType: list(byType),
    byDepartment: list(byDepartment),
  };
}
