/**
 * Proactive delivery (issue 13 §3–4) on SQLite and PostgreSQL: the recompute makes one offer per programme and
 * eligible enterprise (run twice: still one), withdraws it with the reason when the data no longer support it;
 * confirmations reserve the budget and beyond it wait in a queue served first eligible first, promoted when
 * budget frees; 50 parallel confirmations with budget for 10 reserve exactly 10; publicity window bounds for
 * objections and payment; payment batches (a distinct approver, results, retry, cancel); take-up counts.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { NotFoundError, type Store, ValidationError } from '../src/index.ts';
import { dialects, migratedStore } from './dialects.ts';

const actor = 'u-officer';
const ALL = { all: true } as const;
const QINGDAO = { regionPrefix: '3702' } as const;
const MEASURE = 'gf2012-14/02.2';
const YEAR = 2014;
// A small low-profit enterprise of 2014 (taxable income 60,000 yuan, under the line): the test reads the amount
// the measure's formula gives rather than assuming one.
const ELIGIBLE = {
  employees: 50,
  revenueFen: 10_000_000_00,
  totalAssetsFen: 8_000_000_00,
  taxableIncomeFen: 60_000_00,
  totalProfitFen: 60_000_00,
};
// Taxable income of 5,000,000 yuan: far beyond the small low-profit line of any year.
const NOT_ELIGIBLE = { ...ELIGIBLE, taxableIncomeFen: 5_000_000_00, totalProfitFen: 5_000_000_00 };
const ACCOUNT = { accountName: '企业', bankName: '中国工商银行青岛分行', accountNumber: '6222 0211 0001 2345 678' };

for (const [name, make] of dialects('xw_test_offers')) {
  describe(`offers on ${name}`, () => {
    let store: Store;
    migratedStore(make, (s) => {
      store = s;
    });

    const enterprises = async (n: number, figures = ELIGIBLE, region = '370202') => {
      const tag = randomUUID().slice(0, 6);
      const rows = Array.from({ length: n }, (_, i) => ({
        id: `O${tag}-${String(i).padStart(3, '0')}`,
        name: `企业${tag}${i}`,
        regionCode: region,
        industry: 'C3911',
        year: YEAR,
        ...figures,
      }));
      await store.importEnterprises(rows, { actor });
      return rows.map((r) => r.id);
    };
    const programme = (budgetYuan: string, publicityDays: number, regionCode: string) =>
      store.programmes.create(
        {
          name: `项目${randomUUID().slice(0, 4)}`,
          measure: MEASURE,
          department: 'finance',
          regionCode,
          year: YEAR,
          budgetYuan,
          publicityDays,
        },
        { actor, scope: QINGDAO },
      );
    const offersOf = (programmeId: string) => store.offers.list({ scope: ALL, programmeId });
    const count = async (action: string, id: string) =>
      Number(
        (await sql<{ n: unknown }>`select count(*) as n from audit_log where action = ${action} and entity_id = ${id}`.execute(store.db))
          .rows[0].n,
      );

    it('refuses a bad programme with its field, writes nothing; a region outside the officer’s is refused', async () => {
      const before = (await store.programmes.list({ scope: ALL })).length;
      const bad = async (patch: Record<string, unknown>, scope: object = QINGDAO) =>
        store.programmes
          .create(
            {
              name: 'p',
              measure: MEASURE,
              department: 'finance',
              regionCode: '3702',
              year: YEAR,
              budgetYuan: '100',
              publicityDays: 5,
              ...patch,
            },
            { actor, scope: scope as typeof QINGDAO },
          )
          .catch((e) => e);
      for (const [patch, field] of [
        [{ budgetYuan: '1.234' }, 'budget'],
        [{ budgetYuan: '-1' }, 'budget'],
        [{ budgetYuan: '1e5' }, 'budget'],
        [{ measure: 'gf2012-14/99.9' }, 'measure'],
        [{ department: 'police' }, 'department'],
        [{ regionCode: '4403' }, 'region_code'],
        [{ publicityDays: 61 }, 'publicity_days'],
        [{ year: 2010 }, 'year'],
      ] as const) {
        const e = await bad(patch);
        expect(e).toBeInstanceOf(ValidationError);
        expect(e.field).toBe(field);
        expect(e.messages.ko.length).toBeGreaterThan(0);
      }
      expect((await store.programmes.list({ scope: ALL })).length).toBe(before);
      // Exact yuan: 0.29 is 29 fen, not 28.999….
      const p = await programme('1234567.29', 5, '370285');
      expect(p.budgetFen).toBe(123456729);
    });

    it('offers once per programme and enterprise, also when recomputed twice; withdraws with the reason; offers again when eligible again', async () => {
      const [before] = await enterprises(1, ELIGIBLE, '370202');
      const p = await programme('1000000', 5, '370202');
      // Eligible before the programme existed: offered when it is created.
      const first = await offersOf(p.id);
      expect(first.map((o) => o.enterpriseId)).toEqual([before]);
      expect(first[0].status).toBe('offered');
      expect(first[0].amountFen).toBeGreaterThan(0);
      expect(first[0].trace.components.length).toBeGreaterThan(0);
      expect(first[0].trace.measure).toBe(MEASURE);
      // Eligible after: offered by the recompute of the change.
      const [after] = await enterprises(1, NOT_ELIGIBLE, '370202');
      expect((await offersOf(p.id)).length).toBe(1);
      await store.enterprises.upsertYear(after, { year: YEAR, ...ELIGIBLE }, { actor, scope: ALL });
      expect((await offersOf(p.id)).length).toBe(2);
      await store.recomputeEntitlements({ enterpriseIds: [before, after] });
      await store.recomputeEntitlements({ all: true });
      const twice = await offersOf(p.id);
      expect(twice.length).toBe(2);
      expect(await count('offer.create', twice[0].id)).toBe(1);
      // The data no longer support it: withdrawn with the reason, in three languages.
      await store.enterprises.upsertYear(after, { year: YEAR, ...NOT_ELIGIBLE }, { actor, scope: ALL });
      const withdrawn = (await offersOf(p.id)).find((o) => o.enterpriseId === after);
      expect(withdrawn?.status).toBe('withdrawn');
      expect(withdrawn?.closedReason).toBe('no_longer_eligible');
      // Eligible again: a new live offer, the withdrawn one kept.
      await store.enterprises.upsertYear(after, { year: YEAR, ...ELIGIBLE }, { actor, scope: ALL });
      const again = (await offersOf(p.id)).filter((o) => o.enterpriseId === after);
      expect(again.map((o) => o.status).sort()).toEqual(['offered', 'withdrawn']);
      // Outside the programme's region (another county of the city): no offer.
      const [other] = await enterprises(1, ELIGIBLE, '370213');
      expect((await offersOf(p.id)).some((o) => o.enterpriseId === other)).toBe(false);
      // Another enterprise's offer is not found by an enterprise scope.
      await expect(store.offers.get(first[0].id, { scope: { enterpriseId: after } })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('confirming reserves the budget; beyond it the offer waits; first eligible first; promoted when budget frees', async () => {
      // One at a time: each eligible at its own moment, so the queue's order is theirs.
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(...(await enterprises(1, ELIGIBLE, '370203')));
      const probe = await programme('0', 5, '370203');
      const amount = (await offersOf(probe.id))[0].amountFen;
      const p = await programme(String((2 * amount) / 100), 5, '370203');
      const offers = await offersOf(p.id);
      const byEnterprise = new Map(offers.map((o) => [o.enterpriseId, o]));
      const confirm = (i: number) =>
        store.offers.confirm(byEnterprise.get(ids[i])!.id, ACCOUNT, { actor: ids[i], scope: { enterpriseId: ids[i] } });
      // A bad account number is refused, nothing changed.
      const bad = await store.offers
        .confirm(byEnterprise.get(ids[0])!.id, { ...ACCOUNT, accountNumber: '1234-x' }, { actor: ids[0], scope: { enterpriseId: ids[0] } })
        .catch((e) => e);
      expect(bad).toBeInstanceOf(ValidationError);
      expect(bad.field).toBe('account_number');
      expect((await store.offers.get(byEnterprise.get(ids[0])!.id, { scope: ALL })).status).toBe('offered');
      expect((await confirm(0)).status).toBe('confirmed');
      expect((await confirm(1)).status).toBe('confirmed');
      const third = await confirm(2);
      expect(third.status).toBe('waiting');
      expect(third.account?.accountNumber).toBe('6222021100012345678');
      expect((await confirm(3)).status).toBe('waiting');
      // Confirming twice is refused.
      expect((await confirm(0).catch((e) => e)).field).toBe('status');
      expect(await store.offers.budget(p.id, { scope: QINGDAO })).toMatchObject({
        budgetFen: 2 * amount,
        reservedFen: 2 * amount,
        remainingFen: 0,
        waiting: 2,
      });
      // The data withdraw a confirmed offer: the first of the queue is promoted (no overspend).
      await store.enterprises.upsertYear(ids[0], { year: YEAR, ...NOT_ELIGIBLE }, { actor, scope: ALL });
      const queue = await offersOf(p.id);
      const status = (i: number) => queue.find((o) => o.enterpriseId === ids[i] && o.status !== 'withdrawn')?.status;
      expect(status(2)).toBe('confirmed');
      expect(status(3)).toBe('waiting');
      // A larger budget admits the rest.
      await store.programmes.update(p.id, { budgetYuan: String((3 * amount) / 100) }, { actor, scope: QINGDAO });
      expect((await store.offers.get(byEnterprise.get(ids[3])!.id, { scope: ALL })).status).toBe('confirmed');
    });

    it('50 parallel confirmations with budget for 10 reserve exactly 10 and never overspend', async () => {
      const ids = await enterprises(50, ELIGIBLE, '370211');
      const probe = await programme('0', 5, '370211');
      const amount = (await offersOf(probe.id))[0].amountFen;
      const p = await programme(String((10 * amount) / 100), 5, '370211');
      const offers = await offersOf(p.id);
      expect(offers.length).toBe(50);
      const results = await Promise.all(
        offers.map((o) => store.offers.confirm(o.id, ACCOUNT, { actor: o.enterpriseId, scope: { enterpriseId: o.enterpriseId } })),
      );
      expect(results.filter((r) => r.status === 'confirmed').length).toBe(10);
      expect(results.filter((r) => r.status === 'waiting').length).toBe(40);
      const budget = await store.offers.budget(p.id, { scope: ALL });
      expect(budget.reservedFen).toBe(10 * amount);
      expect(budget.reservedFen).toBeLessThanOrEqual(budget.budgetFen);
      expect(ids.length).toBe(50);
    }, 60_000);

    it('publishes, takes objections only inside the window, pays after it; batches approved by another officer; take-up moves', async () => {
      const ids = await enterprises(3, ELIGIBLE, '370212');
      const p = await programme('10000000', 7, '370212');
      const offers = await offersOf(p.id);
      for (const o of offers) await store.offers.confirm(o.id, ACCOUNT, { actor: o.enterpriseId, scope: { enterpriseId: o.enterpriseId } });
      const t0 = '2026-03-01T00:00:00.000Z';
      expect(await store.offers.publish(p.id, { actor, scope: QINGDAO, now: t0 })).toBe(3);
      const ends = '2026-03-08T00:00:00.000Z';
      const pub = await store.offers.publicity(p.id, { now: t0 });
      expect(pub.length).toBe(3);
      expect(pub[0].publicityEndsAt).toBe(ends);
      const [a, b, c] = offers;
      // Day before the end: an objection is taken; at the end: refused. Without sign-in a contact is needed.
      expect(
        (await store.offers.fileObjection(a.id, { reason: '营业收入不实' }, { actor: 'public', now: ends }).catch((e) => e)).field,
      ).toBe('contact');
      expect(
        (await store.offers.fileObjection(a.id, { reason: '不实', contact: '138' }, { actor: 'public', now: ends }).catch((e) => e)).field,
      ).toBe('offer_id');
      const objA = await store.offers.fileObjection(
        a.id,
        { reason: '不实', contact: '13800000000' },
        { actor: 'public', now: '2026-03-07T23:59:59.999Z' },
      );
      const objB = await store.offers.fileObjection(
        b.id,
        { reason: '重复', filedBy: ids[2] },
        { actor: ids[2], now: '2026-03-07T00:00:00.000Z' },
      );
      expect((await store.offers.listObjections({ scope: QINGDAO, programmeId: p.id })).length).toBe(2);
      expect(await store.offers.listObjections({ scope: { regionPrefix: '4403' } })).toEqual([]);
      // Payable: not the day before the end, and not while an objection is open.
      expect((await store.payments.payable(p.id, { scope: QINGDAO, now: '2026-03-07T23:59:59.999Z' })).count).toBe(0);
      expect((await store.payments.payable(p.id, { scope: QINGDAO, now: ends })).count).toBe(1);
      await store.offers.decideObjection(objA.id, 'upheld', '核实成立', { actor, scope: QINGDAO });
      await store.offers.decideObjection(objB.id, 'dismissed', null, { actor, scope: QINGDAO });
      expect((await store.offers.decideObjection(objB.id, 'upheld', null, { actor, scope: QINGDAO }).catch((e) => e)).field).toBe('status');
      expect((await store.offers.get(a.id, { scope: ALL })).closedReason).toBe('objection_upheld');
      const batch = await store.payments.create(p.id, { actor, scope: QINGDAO, now: '2026-03-08T00:00:01.000Z' });
      expect(batch.lines.map((l) => l.offerId).sort()).toEqual([b.id, c.id].sort());
      expect(batch.totalFen).toBe(b.amountFen + c.amountFen);
      // The creator cannot approve; results need approval first.
      expect((await store.payments.approve(batch.id, { actor, scope: QINGDAO }).catch((e) => e)).field).toBe('approved_by');
      expect(
        (await store.payments.recordResult(batch.id, b.id, { outcome: 'paid' }, { actor, scope: QINGDAO }).catch((e) => e)).field,
      ).toBe('status');
      await store.payments.approve(batch.id, { actor: 'u-officer-2', scope: QINGDAO });
      await store.payments.export(batch.id, 'csv', { actor, scope: QINGDAO });
      await store.payments.recordResult(batch.id, b.id, { outcome: 'paid' }, { actor, scope: QINGDAO });
      expect(
        (await store.payments.recordResult(batch.id, c.id, { outcome: 'failed' }, { actor, scope: QINGDAO }).catch((e) => e)).field,
      ).toBe('reason');
      const closed = await store.payments.recordResult(
        batch.id,
        c.id,
        { outcome: 'failed', reason: '账号不存在' },
        { actor, scope: QINGDAO },
      );
      expect(closed.status).toBe('closed');
      const paid = await store.offers.get(b.id, { scope: { enterpriseId: b.enterpriseId } });
      expect(paid.status).toBe('paid');
      expect(paid.paidAt).not.toBeNull();
      // The failed one is retried in a new batch, then cancelled after failing again.
      const retry = await store.payments.create(p.id, { actor, scope: QINGDAO });
      expect(retry.lines.map((l) => l.offerId)).toEqual([c.id]);
      await store.payments.approve(retry.id, { actor: 'admin', scope: ALL, asAdmin: true });
      await store.payments.recordResult(retry.id, c.id, { outcome: 'failed', reason: '账户冻结' }, { actor, scope: QINGDAO });
      await store.payments.cancel(c.id, { actor, scope: QINGDAO });
      expect((await store.offers.get(c.id, { scope: ALL })).status).toBe('cancelled');
      // A cancelled or upheld offer is not made again by the next recompute.
      await store.recomputeEntitlements({ enterpriseIds: ids });
      expect((await offersOf(p.id)).filter((o) => o.status === 'offered')).toEqual([]);
      const [row] = await store.takeUp({ scope: QINGDAO, programmeId: p.id });
      expect(row).toMatchObject({ offered: 3, confirmed: 1, published: 1, paid: 1, paidFen: b.amountFen, unclaimed: 0, withdrawn: 2 });
      expect(row.eligible).toBeGreaterThanOrEqual(3);
      expect(row.promisedFen).toBeGreaterThanOrEqual(3 * b.amountFen);
      expect(row.daysToPaymentMedian).not.toBeNull();
      expect(await count('payment.paid', b.id)).toBe(1);
    });

    it('a department reads its own department’s programmes of its region, their offers and take-up; others are not found', async () => {
      const ids = await enterprises(2);
      const run = (department: string, regionCode: string) =>
        store.programmes.create(
          {
            name: `部门${randomUUID().slice(0, 4)}`,
            measure: MEASURE,
            department,
            regionCode,
            year: YEAR,
            budgetYuan: '100000',
            publicityDays: 0,
          },
          { actor, scope: ALL },
        );
      const finance = await run('finance', '3702');
      const tax = await run('tax', '3702');
      const elsewhere = await run('finance', '4403');
      const view = { scope: QINGDAO, department: 'finance' } as const;
      const mine = (await store.programmes.list(view)).map((p) => p.id);
      expect(mine).toContain(finance.id);
      expect(mine).not.toContain(tax.id);
      expect(mine).not.toContain(elsewhere.id);
      expect((await store.programmes.list({ scope: QINGDAO })).map((p) => p.id)).toEqual(expect.arrayContaining([finance.id, tax.id]));
      expect((await store.programmes.get(finance.id, view)).department).toBe('finance');
      await expect(store.programmes.get(tax.id, view)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.programmes.get(elsewhere.id, view)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.offers.budget(tax.id, view)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.offers.budget(finance.id, view)).budgetFen).toBe(100_000_00);
      // Both Qingdao programmes made offers (to the two enterprises, and to those of earlier cases); the department
      // sees its own programme's, the same as the officer does, and none of the other's.
      const financeOffers = await store.offers.list({ ...view, programmeId: finance.id });
      expect(financeOffers.map((o) => o.enterpriseId)).toEqual(expect.arrayContaining(ids));
      expect(financeOffers).toEqual(await store.offers.list({ scope: QINGDAO, programmeId: finance.id }));
      const [taxOffer] = await store.offers.list({ scope: QINGDAO, programmeId: tax.id });
      expect(taxOffer).toBeDefined();
      expect(await store.offers.list({ ...view, programmeId: tax.id })).toEqual([]);
      expect((await store.offers.list(view)).every((o) => o.department === 'finance')).toBe(true);
      expect((await store.offers.get(financeOffers[0].id, view)).id).toBe(financeOffers[0].id);
      await expect(store.offers.get(taxOffer.id, view)).rejects.toBeInstanceOf(NotFoundError);
      const rows = await store.takeUp(view);
      expect(rows.map((r) => r.programme.id)).toContain(finance.id);
      expect(rows.every((r) => r.programme.department === 'finance' && r.programme.regionCode.startsWith('3702'))).toBe(true);
      expect(await store.takeUp({ ...view, programmeId: tax.id })).toEqual([]);
    });
  });
}
