/**
 * Statistics bulletins (item 29) on SQLite and PostgreSQL: figures of a small fixture computed exactly (counts
 * on the founding day's bound, size classes, fen sums, set-aside against 30% / 18%, banks' quarters, take-up and
 * complaints by the China day of each event with the period's last day and the next), the
 * lifecycle draft → reviewed → published with four eyes, versions, and published rows refused UPDATE and DELETE
 * by the database itself.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BULLETIN_JOB,
  bulletinContentHash,
  ConflictError,
  generateScheduledBulletins,
  NotFoundError,
  parsePeriod,
  periodsEndedBefore,
  previousPeriod,
  type Store,
  ValidationError,
} from '../src/index.ts';
import { dialects } from './dialects.ts';

const ALL = { all: true } as const;
const SHANDONG = { regionPrefix: '37' };

/** Five enterprises: three in Qingdao (370202), two in Jinan (370102); one founded on each side of 2013-03-31. */
function fixture() {
  const base = { industry: 'C3911', restrictedIndustry: false, inputs: null } as const;
  const years = (e: { id: string; name: string; regionCode: string; founded: string }, employees: number, revenueYuan: number) =>
    [2012, 2013].map((year) => ({
      ...base,
      ...e,
      year,
      employees,
      revenueFen: revenueYuan * 100,
      totalAssetsFen: revenueYuan * 100,
      taxableIncomeFen: 10_000_00,
      totalProfitFen: 10_000_00,
    }));
  return [
    ...years({ id: 'BT-1', name: '青岛微型一', regionCode: '370202', founded: '2010-05-01' }, 5, 500_000),
    ...years({ id: 'BT-2', name: '青岛小型二', regionCode: '370202', founded: '2013-03-31' }, 50, 5_000_000),
    ...years({ id: 'BT-3', name: '青岛大型三', regionCode: '370211', founded: '2013-04-01' }, 1500, 500_000_000),
    ...years({ id: 'BT-4', name: '济南微型四', regionCode: '370102', founded: '2013-03-30' }, 8, 900_000),
    ...years({ id: 'BT-5', name: '深圳小型五', regionCode: '440304', founded: '2011-01-01' }, 40, 8_000_000),
  ];
}

describe('bulletin periods', () => {
  it('reads months and quarters, with their bounds and the period before', () => {
    expect(parsePeriod('2013-Q1')).toMatchObject({ kind: 'quarter', start: '2013-01-01', end: '2013-03-31' });
    expect(parsePeriod('2012-02').end).toBe('2012-02-29');
    expect(previousPeriod(parsePeriod('2013-Q1')).key).toBe('2012-Q4');
    expect(previousPeriod(parsePeriod('2013-01')).key).toBe('2012-12');
    expect(periodsEndedBefore('2013-04-05').map((p) => p.key)).toEqual(['2013-03', '2013-Q1']);
    expect(periodsEndedBefore('2013-05-05').map((p) => p.key)).toEqual(['2013-04']);
    expect(periodsEndedBefore('2013-01-05').map((p) => p.key)).toEqual(['2012-12', '2012-Q4']);
    for (const bad of ['2013-Q5', '2013-13', '1948-Q1', '2013Q1', '']) expect(() => parsePeriod(bad)).toThrow(ValidationError);
  });
});

for (const [name, open] of dialects('xw_bl')) {
  describe(`bulletins on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.migrate();
      const result = await store.importEnterprises(fixture(), { actor: 'tester' });
      expect(result.status).toBe('completed');
      await store.budgetUnits.create({ id: 'BU-BT', name: '公告测试单位', regionCode: '370202' }, { actor: 'tester' });
      await store.budgetUnits.upsertYear('BU-BT', { year: 2013, procurementBudgetFen: 100_000_000 }, { actor: 'tester', scope: ALL });
      await store.procurementProjects.create(
        { budgetUnitId: 'BU-BT', year: 2013, name: 'SME', budgetFen: 12_000_000, reservedFor: 'sme' },
        { actor: 'tester', scope: ALL },
      );
      await store.procurementProjects.create(
        { budgetUnitId: 'BU-BT', year: 2013, name: 'SM', budgetFen: 18_000_000, reservedFor: 'small_micro' },
        { actor: 'tester', scope: ALL },
      );
    }, 120_000);
    afterAll(async () => cleanup?.());

    it('counts enterprises on the founding bound of the quarter, by size class, group and region', async () => {
      const b = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q1' }, { actor: 'officer-a' });
      const e = b.content.enterprises;
      // 2013-03-31 (last day) counts in Q1, 2013-04-01 does not; 2013-03-30 and -31 are new since 2012-12-31.
      expect(e.total).toEqual({ current: 3, previous: 1, change: 2 });
      expect(e.byRegion).toEqual([
        { key: '370100', current: 1, previous: 0, change: 1 },
        { key: '370200', current: 2, previous: 1, change: 1 },
      ]);
      const classes = Object.fromEntries(e.bySizeClass.map((s) => [s.key, s.current]));
      expect(classes).toEqual({ small: 1, micro: 2 });
      expect(e.byIndustryGroup).toEqual([{ key: 'industry', current: 3, previous: 1, change: 2 }]);
      expect(b.content.regions.map((r) => r.code)).toEqual(['370100', '370200']);
      expect(b.content.regionName['zh-CN']).toBe('山东省');
      // Q2 takes in the one founded on 2013-04-01.
      const q2 = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q2' }, { actor: 'officer-a' });
      expect(q2.content.enterprises.total).toEqual({ current: 4, previous: 3, change: 1 });
      expect(q2.content.enterprises.bySizeClass.find((s) => s.key === 'large')).toEqual({
        key: 'large',
        current: 1,
        previous: 0,
        change: 1,
      });
    });

    it('sums entitlements in exact fen as the stored entitlements do, and the set-aside as the policy decides', async () => {
      const b = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q1' }, { actor: 'officer-a' });
      const rows = await store.db
        .selectFrom('entitlements')
        .innerJoin('enterprises', 'enterprises.id', 'entitlements.enterprise_id')
        .select(['entitlements.total_support_value_fen as v'])
        .where('entitlements.year', '=', 2013)
        .where('enterprises.region_code', 'like', '37%')
        .execute();
      const positive = rows.map((r) => Number(r.v ?? 0)).filter((v) => v > 0);
      expect(b.content.entitlements.available).toBe(true);
      expect(b.content.entitlements.enterprises.current).toBe(positive.length);
      expect(b.content.entitlements.valueFen.current).toBe(positive.reduce((s, v) => s + v, 0));
      expect(b.content.entitlements.byMeasure.reduce((s, m) => s + m.valueFen, 0)).toBe(b.content.entitlements.valueFen.current);
      expect(b.content.entitlements.takeUp.available).toBe(false);
      // 30,000,000 of 100,000,000 fen for SMEs (30%), 18,000,000 for small/micro (18%): on both lines.
      expect(b.content.setAside).toMatchObject({
        available: true,
        unitsRecorded: 1,
        unitsMeeting: 1,
        budgetFen: 100_000_000,
        smeReservedFen: 30_000_000,
        smallMicroReservedFen: 18_000_000,
        smeReservedShare: '0.300000',
        smallMicroReservedShare: '0.180000',
        meets: true,
      });
      expect(b.content.lending.available).toBe(false);
      expect(b.content.complaints.available).toBe(false);
      expect(b.content.targets.find((t) => t.key === 'service_platforms')?.measured).toBeNull();
      expect(b.content.targets.find((t) => t.key === 'set_aside_units')).toMatchObject({ measured: 1, of: 1 });
      for (const lang of ['zh-CN', 'ko', 'en'] as const) expect(b.content.text[lang].length).toBeGreaterThan(4);
      expect(b.content.text['zh-CN'][0]).toContain('登记企业 3 户');
      expect(b.content.text.en[0]).toContain('held 3 enterprises, up 2');
    });

    it('counts the banks of the quarter closed by the period’s end', async () => {
      await store.banks.create({ id: 'BK-BT', name: '公告测试银行', regionCode: '370202' }, { actor: 'tester' });
      const report = (quarter: number, balance: number, meets: boolean) => ({
        bank_id: 'BK-BT',
        year: 2013,
        quarter,
        all_loan_balance_fen: 1_000_000_00,
        all_loan_increment_fen: 0,
        small_micro_loan_balance_fen: balance,
        small_micro_loan_count: 3,
        small_micro_loan_increment_fen: 1_00,
        small_lines_balance_fen: 0,
        all_loan_balance_last_year_fen: 0,
        small_micro_loan_balance_last_year_fen: 0,
        small_micro_loan_increment_last_year_fen: 0,
        meets_two_targets: store.dialect === 'sqlite' ? Number(meets) : meets,
        policy_version: 't',
        parameter_hash: 't',
        source: 'api',
        submitted_by: 'tester',
        submitted_at: '2013-04-10T00:00:00.000Z',
      });
      await store.db
        .insertInto('lending_reports')
        .values([report(1, 200_000_01, true), report(2, 250_000_00, false)])
        .execute();
      // May closes no quarter: it shows Q1; June shows Q2 against Q1.
      const may = await store.bulletins.generate({ scope: SHANDONG, period: '2013-05' }, { actor: 'officer-a' });
      expect(may.content.lending).toMatchObject({ year: 2013, quarter: 1, available: true });
      expect(may.content.lending.smallMicroBalanceFen.current).toBe(200_000_01);
      const june = await store.bulletins.generate({ scope: SHANDONG, period: '2013-06' }, { actor: 'officer-a' });
      expect(june.content.lending.smallMicroBalanceFen).toEqual({ current: 250_000_00, previous: 200_000_01, change: 4_999_999 });
      expect(june.content.lending.banksMeetingTwoTargets).toEqual({ current: 0, previous: 1, change: -1 });
    });

    it('counts take-up and complaints by the China day of each event, in the region, with the period before', async () => {
      const at = '2013-05-01T00:00:00.000Z';
      const programme = (id: string, regionCode: string) => ({
        id,
        name: id,
        measure: 'M-TEST',
        department: 'finance',
        region_code: regionCode,
        year: 2013,
        budget_fen: 1_000_000_00,
        publicity_days: 5,
        created_by: 'tester',
        created_at: at,
        updated_at: at,
      });
      await store.db
        .insertInto('programmes')
        .values([programme('PG-37', '370200'), programme('PG-44', '440300')])
        .execute();
      const offer = (
        id: string,
        programmeId: string,
        enterpriseId: string,
        regionCode: string,
        amountFen: number,
        status: string,
        times: { eligible: string; confirmed?: string; paid?: string },
      ) => ({
        id,
        programme_id: programmeId,
        enterprise_id: enterpriseId,
        region_code: regionCode,
        year: 2013,
        measure: 'M-TEST',
        amount_fen: amountFen,
        promised_fen: amountFen,
        trace: '{}',
        status,
        eligible_at: times.eligible,
        confirmed_at: times.confirmed ?? null,
        paid_at: times.paid ?? null,
        updated_at: at,
      });
      await store.db
        .insertInto('offers')
        .values([
          // Made in May, confirmed 2013-06-01 08:00 China time, paid 2013-06-30 23:59:59 China time (the last day).
          offer('OF-1', 'PG-37', 'BT-1', '370202', 100_001, 'paid', {
            eligible: '2013-05-20T02:00:00.000Z',
            confirmed: '2013-06-01T00:00:00.000Z',
            paid: '2013-06-30T15:59:59.999Z',
          }),
          // Paid 2013-07-01 00:00 China time: the day after the period, so in July, not June.
          offer('OF-2', 'PG-37', 'BT-2', '370202', 250_000, 'paid', {
            eligible: '2013-06-10T02:00:00.000Z',
            confirmed: '2013-06-12T02:00:00.000Z',
            paid: '2013-06-30T16:00:00.000Z',
          }),
          offer('OF-4', 'PG-37', 'BT-4', '370102', 7, 'offered', { eligible: '2013-06-30T10:00:00.000Z' }),
          // Guangdong: outside Shandong's bulletin.
          offer('OF-5', 'PG-44', 'BT-5', '440304', 999, 'paid', {
            eligible: '2013-06-10T02:00:00.000Z',
            confirmed: '2013-06-11T02:00:00.000Z',
            paid: '2013-06-20T02:00:00.000Z',
          }),
        ])
        .execute();
      const complaint = (
        id: string,
        enterpriseId: string,
        regionCode: string,
        type: 'fee' | 'bank',
        filedAt: string,
        dueDate: string,
        reply?: { at: string; rating?: number; ratedAt?: string },
      ) => ({
        id,
        enterprise_id: enterpriseId,
        region_code: regionCode,
        type,
        department: type === 'fee' ? 'development_reform' : 'banking_regulator',
        respondent: 'R',
        body: 'B',
        status: reply ? 'replied' : 'open',
        filed_by: 'tester',
        filed_at: filedAt,
        due_date: dueDate,
        due_estimated: 0,
        reply: reply ? 'answer' : null,
        replied_by: reply ? 'officer' : null,
        replied_at: reply?.at ?? null,
        rating: reply?.rating ?? null,
        rated_at: reply?.ratedAt ?? null,
      });
      await store.db
        .insertInto('complaints')
        .values([
          // Filed in May, replied in June on its due day (in time), rated 4 in June.
          complaint('CP-1', 'BT-1', '370202', 'fee', '2013-05-28T02:00:00.000Z', '2013-06-07', {
            at: '2013-06-07T15:00:00.000Z',
            rating: 4,
            ratedAt: '2013-06-08T02:00:00.000Z',
          }),
          // Filed and replied in June, a day late, rated 5 in June.
          complaint('CP-2', 'BT-4', '370102', 'bank', '2013-06-03T02:00:00.000Z', '2013-06-20', {
            at: '2013-06-20T16:00:00.000Z',
            rating: 5,
            ratedAt: '2013-06-22T02:00:00.000Z',
          }),
          // Filed on the last day of June (China time), still open.
          complaint('CP-3', 'BT-2', '370202', 'fee', '2013-06-30T15:30:00.000Z', '2013-07-12'),
          // Filed 2013-07-01 China time: July.
          complaint('CP-4', 'BT-2', '370202', 'fee', '2013-06-30T16:30:00.000Z', '2013-07-12'),
          // Guangdong: outside.
          complaint('CP-5', 'BT-5', '440304', 'bank', '2013-06-10T02:00:00.000Z', '2013-06-24'),
        ])
        .execute();

      const june = await store.bulletins.generate({ scope: SHANDONG, period: '2013-06' }, { actor: 'officer-a' });
      expect(june.content.formatVersion).toBe(2);
      const t = june.content.entitlements.takeUp;
      if (!t.available) throw new Error('take-up expected');
      expect(t.programmes).toBe(1);
      expect(t.offered).toEqual({ current: 2, previous: 1, change: 1 });
      expect(t.offeredFen).toEqual({ current: 250_007, previous: 100_001, change: 150_006 });
      expect(t.confirmed).toEqual({ current: 2, previous: 0, change: 2 });
      expect(t.confirmedFen.current).toBe(350_001);
      expect(t.paid).toEqual({ current: 1, previous: 0, change: 1 });
      expect(t.paidFen).toEqual({ current: 100_001, previous: 0, change: 100_001 });
      expect(t.byMeasure.map((m) => [m.key, m.paidFen.current])).toEqual([['M-TEST', 100_001]]);
      const july = await store.bulletins.generate({ scope: SHANDONG, period: '2013-07' }, { actor: 'officer-a' });
      const tj = july.content.entitlements.takeUp;
      if (!tj.available) throw new Error('take-up expected');
      expect(tj.paidFen).toEqual({ current: 250_000, previous: 100_001, change: 149_999 });

      const c = june.content.complaints;
      if (!c.available) throw new Error('complaints expected');
      expect(c.filed).toEqual({ current: 2, previous: 1, change: 1 });
      // CP-1 replied on its due day (in time); CP-2 on 2013-06-21 China time, a day after its due date (late).
      expect(c.replied).toEqual({ current: 2, previous: 0, change: 2 });
      expect(c.repliedInTime.current).toBe(1);
      expect([c.rated.current, c.ratingSum.current, c.meanRating]).toEqual([2, 9, '4.50']);
      expect(c.byType.map((r) => [r.key, r.filed.current, r.filed.previous])).toEqual([
        ['bank', 1, 0],
        ['fee', 1, 1],
      ]);
      expect(c.byDepartment.map((r) => r.key)).toEqual(['banking_regulator', 'development_reform']);
      const cj = july.content.complaints;
      if (!cj.available) throw new Error('complaints expected');
      // CP-4, filed 2013-07-01 China time, is July's; nothing replied in July.
      expect([cj.filed.current, cj.replied.current, cj.repliedInTime.current, cj.filed.previous]).toEqual([1, 0, 0, 2]);
      expect(june.content.text['zh-CN'].join('')).toContain('拨付 1 笔');
      expect(june.content.text.en.join('')).toContain('2 complaints were filed');
      expect(june.content.text.ko.join('')).toContain('평균 4.50점');

      // A region with none of them: no data; the nation: both regions.
      const beijing = await store.bulletins.generate({ scope: ALL, regionPrefix: '11', period: '2013-06' }, { actor: 'officer-a' });
      expect([beijing.content.entitlements.takeUp.available, beijing.content.complaints.available]).toEqual([false, false]);
      const nation = await store.bulletins.generate({ scope: ALL, period: '2013-06' }, { actor: 'officer-a' });
      const tn = nation.content.entitlements.takeUp;
      expect(tn.available && tn.paidFen.current).toBe(100_001 + 999);
      for (const b of [june, july, beijing, nation]) await store.bulletins.discard(b.id, { actor: 'officer-a', scope: ALL });
    });

    it('keeps to the scope: an officer of Qingdao cannot generate or see Shandong', async () => {
      await expect(
        store.bulletins.generate({ scope: { regionPrefix: '3702' }, regionPrefix: '37', period: '2013-Q1' }, { actor: 'o' }),
      ).rejects.toThrow(NotFoundError);
      const list = await store.bulletins.list({ scope: { regionPrefix: '3702' } });
      expect(list.every((b) => b.regionPrefix.startsWith('3702'))).toBe(true);
      await expect(store.bulletins.generate({ scope: ALL, period: '2013-Q9' }, { actor: 'o' })).rejects.toThrow(ValidationError);
    });

    it('generates the scheduled drafts once per period and region, as the job of the queue', async () => {
      const first = await generateScheduledBulletins(store, '2013-07-05');
      // The month and the quarter just ended, nationally and for Shandong (37) and Guangdong (44).
      expect([...first.generated].sort()).toEqual(['*/2013-06', '*/2013-Q2', '37/2013-06', '37/2013-Q2', '44/2013-06', '44/2013-Q2']);
      const again = await generateScheduledBulletins(store, '2013-07-05');
      expect([again.generated.length, again.skipped.length]).toEqual([0, 6]);
      const drafts = await store.bulletins.list({ scope: ALL, status: 'draft', period: '2013-Q2' });
      expect(drafts.filter((b) => b.createdBy === 'system').length).toBe(3);
      // Through the durable queue: the worker the service registers runs the same function for the day given.
      await store.jobs.work<{ day: string }>(BULLETIN_JOB, async (job) => generateScheduledBulletins(store, job.data.day), {
        pollIntervalMs: 500,
      });
      const id = await store.jobs.send(BULLETIN_JOB, { day: '2013-09-05' });
      const end = Date.now() + 20_000;
      while (Date.now() < end && (await store.jobs.getJob(id ?? ''))?.state !== 'completed') await new Promise((r) => setTimeout(r, 100));
      const job = await store.jobs.getJob(id ?? '');
      expect(job?.state).toBe('completed');
      expect((job?.output as { generated: string[] } | undefined)?.generated).toEqual(['*/2013-08', '37/2013-08', '44/2013-08']);
      await store.jobs.stop();
    }, 60_000);

    it('goes draft → reviewed (by another) → published, versioned; published rows are immutable in the database', async () => {
      const draft = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q1' }, { actor: 'officer-a' });
      await expect(store.bulletins.publish(draft.id, { actor: 'officer-b', scope: SHANDONG })).rejects.toThrow(ConflictError);
      await expect(store.bulletins.review(draft.id, { actor: 'officer-a', scope: SHANDONG })).rejects.toMatchObject({
        details: { reason: 'bulletin_same_reviewer' },
      });
      const reviewed = await store.bulletins.review(draft.id, { actor: 'officer-b', scope: SHANDONG });
      expect(reviewed.status).toBe('reviewed');
      const published = await store.bulletins.publish(draft.id, { actor: 'officer-b', scope: SHANDONG });
      expect([published.status, published.version]).toEqual(['published', 1]);
      await expect(store.bulletins.review(draft.id, { actor: 'officer-c', scope: SHANDONG })).rejects.toThrow(ConflictError);
      await expect(store.bulletins.discard(draft.id, { actor: 'officer-c', scope: SHANDONG })).rejects.toThrow(ConflictError);

      const back = await store.bulletins.getPublished(draft.id);
      expect(back.content).toEqual(draft.content);
      expect(bulletinContentHash(back.content)).toBe(draft.contentHash);

      // The database itself refuses changes to the published row.
      await expect(sql`update bulletins set content_hash = 'x' where id = ${draft.id}`.execute(store.db)).rejects.toThrow(/immutable/);
      await expect(sql`update bulletins set status = 'draft' where id = ${draft.id}`.execute(store.db)).rejects.toThrow(/immutable/);
      await expect(sql`delete from bulletins where id = ${draft.id}`.execute(store.db)).rejects.toThrow(/immutable/);
      if (store.dialect === 'sqlite') {
        await expect(
          sql`replace into bulletins (id, region_prefix, period_kind, period, status, content, content_hash, created_by, created_at)
            values (${draft.id}, '37', 'quarter', '2013-Q1', 'draft', '{}', 'x', 'm', 'now')`.execute(store.db),
        ).rejects.toThrow(/immutable/);
      } else {
        await expect(sql`truncate bulletins`.execute(store.db)).rejects.toThrow(/TRUNCATE rejected/);
      }
      expect((await store.bulletins.getPublished(draft.id)).contentHash).toBe(draft.contentHash);

      // A correction: a new draft of the same region and period, published as version 2; both stay in the archive.
      const correction = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q1' }, { actor: 'system' });
      await store.bulletins.review(correction.id, { actor: 'officer-a', scope: SHANDONG });
      expect((await store.bulletins.publish(correction.id, { actor: 'officer-a', scope: SHANDONG })).version).toBe(2);
      const archive = await store.bulletins.listPublished({ period: '2013-Q1' });
      expect(archive.map((b) => b.version)).toEqual([2, 1]);
      // Drafts are not public.
      const other = await store.bulletins.generate({ scope: SHANDONG, period: '2013-Q2' }, { actor: 'officer-a' });
      await expect(store.bulletins.getPublished(other.id)).rejects.toThrow(NotFoundError);
      await store.bulletins.discard(other.id, { actor: 'officer-a', scope: SHANDONG });
      await expect(store.bulletins.get(other.id, { scope: SHANDONG })).rejects.toThrow(NotFoundError);
      const audit = await store.db.selectFrom('audit_log').select('action').where('entity_id', '=', draft.id).execute();
      expect(audit.map((a) => a.action)).toEqual(['bulletin.generate', 'bulletin.review', 'bulletin.publish']);
    });
  });
}
