/**
 * Department data feeds (issue 13 §2) on SQLite and PostgreSQL: a graduate-hires batch from human resources is
 * validated whole, written, and its recompute job changes the enterprise's entitlements (item 25.2); a batch with
 * one bad row is refused with row, field and reason in three languages and changes nothing (no rows, no batch, no
 * job, no audit); the same batch id with the same content is answered again without a second write, with other
 * content it is a conflict; an enterprise outside the sender's region is refused like one that does not exist;
 * enterprise-level inputs (R&D, donations) merge into the year's inputs; yearly figures fill the registry columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL, ConflictError, type FeedSender, type Store, startFeedWorkers } from '../src/index.ts';
import { dialects } from './dialects.ts';

const HR: FeedSender = { actor: 'hr.qd', department: 'human_resources', regionPrefix: '3702' };
const TAX: FeedSender = { actor: 'tax.qd', department: 'tax', regionPrefix: '3702' };
const AMR: FeedSender = { actor: 'amr.qd', department: 'market_regulation', regionPrefix: '3702' };

const hire = (extra: Record<string, unknown> = {}) => ({
  enterprise_id: 'F-QD-1',
  year: 2013,
  hire_id: 'H-1',
  hire_date: '2013-07-01',
  graduation_year: 2013,
  contract_months: 24,
  social_insurance_paid_in_full: true,
  insured_months: 6,
  local_average_monthly_wage: '3500',
  ...extra,
});

const until = async (what: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

for (const [name, make] of dialects('xw_feeds')) {
  describe(`department feeds (${name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const component = async (measure: string) => {
      const [row] = await store.entitlements.get('F-QD-1', { scope: ALL, year: 2013 });
      return { total: row?.totalSupportValueFen ?? null, c: row?.detail.components.find((c) => c.measure === measure) };
    };
    const counts = async () => ({
      batches: (await store.db.selectFrom('feed_batches').select('id').execute()).length,
      members: (await store.db.selectFrom('feed_members').select('member_key').execute()).length,
      audit: (await store.db.selectFrom('audit_log').select('id').where('entity_type', '=', 'feed_batch').execute()).length,
    });

    beforeAll(async () => {
      ({ store, cleanup } = await make());
      await store.migrate();
      for (const [id, region] of [
        ['F-QD-1', '370202'],
        ['F-SZ-1', '440303'],
      ] as const) {
        await store.enterprises.create({ id, name: `企业${id}`, regionCode: region, industry: 'I65' }, { actor: 'a' });
        await store.enterprises.upsertYear(
          id,
          {
            year: 2013,
            employees: 40,
            revenueFen: 8_000_000_00,
            totalAssetsFen: 5_000_000_00,
            taxableIncomeFen: 100_000_00,
            totalProfitFen: 120_000_00,
          },
          { actor: 'a', scope: ALL },
        );
      }
      await startFeedWorkers(store, { pollIntervalMs: 200 });
    }, 120_000);
    afterAll(async () => cleanup?.());

    it('accepts graduate hires; the recompute job changes the entitlements (item 25.2)', async () => {
      const before = await component('gf2012-14/25.2');
      expect(before.c?.eligible).not.toBe(true);
      const result = await store.feeds.submit({ batchId: 'hr-1', kind: 'graduate_hires', rows: [hire()] }, HR);
      expect(result.status).toBe('accepted');
      if (result.status !== 'accepted') return;
      expect(result.batch).toMatchObject({ rows: 1, enterprises: 1, department: 'human_resources', regionPrefix: '3702' });
      const jobId = result.batch.jobId ?? '';
      await until(async () => (await store.jobs.getJob(jobId))?.state === 'completed');
      const job = await store.jobs.getJob(jobId);
      expect(job?.output).toMatchObject({ enterprises: 1, years: 1 });
      expect(job?.progress).toMatchObject({ fraction: 1, done: 1, total: 1 });
      const after = await component('gf2012-14/25.2');
      expect(after.c?.eligible).toBe(true);
      // 6 insured months × 60% of 3,500 × (18% + 9% + 2%) = 6 × 609.00 = 3,654.00 yuan (Qingdao 2012 rules).
      expect(after.c?.valueFen).toBe(3654_00);
      expect((after.total ?? 0) - (before.total ?? 0)).toBe(after.c?.valueFen ?? -1);
    }, 40_000);

    it('refuses a batch with one bad row whole, in three languages, changing nothing', async () => {
      const before = await counts();
      const result = await store.feeds.submit(
        {
          batchId: 'hr-bad',
          kind: 'graduate_hires',
          rows: [hire({ hire_id: 'H-2' }), hire({ hire_id: 'H-3', hire_date: '2013-02-30' }), hire({ hire_id: 'H-4', surname: '王' })],
          firstRow: 2,
        },
        HR,
      );
      expect(result.status).toBe('rejected');
      if (result.status !== 'rejected') return;
      expect(result.problems.map((p) => [p.row, p.field])).toEqual([
        [3, 'hire_date'],
        [4, 'surname'],
      ]);
      expect(result.problems[1].message).toEqual({
        'zh-CN': '“surname”不是本类数据的列',
        ko: '“surname”은(는) 이 데이터 종류의 열이 아닙니다',
        en: '"surname" is not a column of this kind of feed',
      });
      expect(await counts()).toEqual(before);
      // Corrected, the same id is accepted (a refused batch is not kept).
      expect((await store.feeds.submit({ batchId: 'hr-bad', kind: 'graduate_hires', rows: [hire({ hire_id: 'H-2' })] }, HR)).status).toBe(
        'accepted',
      );
    });

    it('answers the same batch again without writing; other content under the same id is a conflict', async () => {
      const rows = [hire({ hire_id: 'H-9' })];
      const first = await store.feeds.submit({ batchId: 'hr-same', kind: 'graduate_hires', rows }, HR);
      const before = await counts();
      const again = await store.feeds.submit({ batchId: 'hr-same', kind: 'graduate_hires', rows }, HR);
      expect(again).toMatchObject({ status: 'accepted', replayed: true });
      if (first.status === 'accepted' && again.status === 'accepted') expect(again.batch).toEqual(first.batch);
      expect(await counts()).toEqual(before);
      await expect(
        store.feeds.submit({ batchId: 'hr-same', kind: 'graduate_hires', rows: [hire({ hire_id: 'H-9', contract_months: 36 })] }, HR),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('refuses enterprises outside the sender’s region like unknown ones; a year without registry figures', async () => {
      const result = await store.feeds.submit(
        {
          batchId: 'hr-region',
          kind: 'graduate_hires',
          rows: [hire({ enterprise_id: 'F-SZ-1' }), hire({ enterprise_id: 'F-NONE' }), hire({ hire_id: 'H-5', year: 2014 })],
        },
        HR,
      );
      expect(result.status === 'rejected' && result.problems.map((p) => [p.row, p.field, p.code])).toEqual([
        [1, 'enterprise_id', 'unknown_enterprise'],
        [2, 'enterprise_id', 'unknown_enterprise'],
        [3, 'year', 'no_year'],
      ]);
      // An administrator (no region) reaches Shenzhen.
      const admin = await store.feeds.submit(
        { batchId: 'hr-admin', kind: 'graduate_hires', rows: [hire({ enterprise_id: 'F-SZ-1' })] },
        { actor: 'admin', department: null, regionPrefix: null },
      );
      expect(admin.status).toBe('accepted');
      await expect(store.feeds.get('hr-admin', '3702')).rejects.toThrow(/not found/);
      expect((await store.feeds.list({ regionPrefix: '3702', department: 'human_resources' })).map((b) => b.id).sort()).toEqual([
        'hr-1',
        'hr-bad',
        'hr-same',
      ]);
    });

    it('merges R&D and donations into the year’s inputs; yearly figures fill the registry columns', async () => {
      const rd = await store.feeds.submit(
        {
          batchId: 'tax-1',
          kind: 'rd_donations',
          rows: [{ enterprise_id: 'F-QD-1', year: 2013, rd_expensed_costs: '200000.50', sme_fund_donation: '10000' }],
        },
        TAX,
      );
      expect(rd.status).toBe('accepted');
      const year = await store.db
        .selectFrom('enterprise_years')
        .select(['inputs', 'employees'])
        .where('enterprise_id', '=', 'F-QD-1')
        .executeTakeFirst();
      const inputs = typeof year?.inputs === 'string' ? JSON.parse(year.inputs) : year?.inputs;
      expect(inputs).toMatchObject({ rd_expensed_costs: '200000.50', sme_fund_donation: '10000' });
      const figures = await store.feeds.submit(
        { batchId: 'amr-1', kind: 'yearly_figures', rows: [{ enterprise_id: 'F-QD-1', year: 2014, employees: 55, revenue: '9000000.00' }] },
        AMR,
      );
      expect(figures.status).toBe('accepted');
      const y2014 = await store.db
        .selectFrom('enterprise_years')
        .select(['employees', 'revenue_fen'])
        .where('enterprise_id', '=', 'F-QD-1')
        .where('year', '=', 2014)
        .executeTakeFirst();
      expect({ employees: Number(y2014?.employees), revenue: Number(y2014?.revenue_fen) }).toEqual({
        employees: 55,
        revenue: 9_000_000_00,
      });
    });
  });
}
