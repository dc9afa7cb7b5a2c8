/**
 * Demo tenders of the Qingdao procurement centre (BU-DEMO-370200, the budget unit of `procurement.demo`),
 * 2013–2015, with suppliers taken from the demo registry by their stored size class: one evaluated
 * tender in which a supplier declares itself small while the registry's figures make it medium (the
 * flagged declaration), one draft under comprehensive scoring with a consortium bid, and one published
 * tender whose award is written to the unit's open 2015 project. Deterministic for a given registry;
 * idempotent (a tender that exists is left alone); nothing is seeded without the budget unit.
 */
import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../audit.ts';
import type { StoreApi } from '../create-store.ts';
import type { BidInput, DeclaredClass } from '../procurement/tender-fields.ts';
import type { Database } from '../schema.ts';

type SeedStore = StoreApi & { readonly db: Kysely<Database> };

const UNIT = 'BU-DEMO-370200';
const SCOPE = { budgetUnitId: UNIT } as const;

/** The first `n` registry enterprises (Qingdao first) of size class `cls` in `year`, as [id, name]. */
async function pick(store: SeedStore, year: number, cls: DeclaredClass, n: number) {
  const rows = await store.db
    .selectFrom('entitlements as n')
    .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .select(['e.id', 'e.name', 'e.region_code'])
    .where('n.year', '=', year)
    .where('n.size_class', '=', cls)
    .where('e.id', 'like', 'XW-DEMO-%')
    .orderBy('e.id')
    .limit(200)
    .execute();
  const qingdao = rows.filter((r) => r.region_code.startsWith('3702'));
  return [...qingdao, ...rows.filter((r) => !r.region_code.startsWith('3702'))].slice(0, n).map((r) => [r.id, r.name] as const);
}

/**
 * Seeds the demo tenders; returns the ids created now.
 * @example await seedTenders(store) // ['TD-DEMO-2013-01', 'TD-DEMO-2014-01', 'TD-DEMO-2015-01'] the first time
 */
export async function seedTenders(store: SeedStore): Promise<string[]> {
  const unit = await store.db.selectFrom('budget_units').select('id').where('id', '=', UNIT).executeTakeFirst();
  if (!unit) return [];
  const created: string[] = [];
  const opts = { actor: SYSTEM_ACTOR, scope: SCOPE };
  const exists = async (id: string) =>
    (await store.db.selectFrom('tenders').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

  // 2013: lowest price, 8%. The second supplier declares small; the registry's 2013 figures make it medium.
  if (!(await exists('TD-DEMO-2013-01'))) {
    const small = await pick(store, 2013, 'small', 2);
    const micro = await pick(store, 2013, 'micro', 1);
    const medium = await pick(store, 2013, 'medium', 2);
    if (small.length === 2 && micro.length === 1 && medium.length === 2) {
      const bids: BidInput[] = [
        { bidId: 'B01', supplierId: small[0][0], supplierName: small[0][1], priceFen: 1_286_000_00, declaredSizeClass: 'small' },
        { bidId: 'B02', supplierId: medium[0][0], supplierName: medium[0][1], priceFen: 1_248_500_00, declaredSizeClass: 'small' },
        { bidId: 'B03', supplierId: medium[1][0], supplierName: medium[1][1], priceFen: 1_199_000_00, declaredSizeClass: 'medium' },
        {
          bidId: 'B04',
          supplierId: micro[0][0],
          supplierName: micro[0][1],
          priceFen: 1_310_000_00,
          declaredSizeClass: 'micro',
          products: [{ manufacturerId: small[1][0], manufacturerName: small[1][1], sizeClass: 'small' }],
        },
      ];
      await store.tenders.create(
        {
          id: 'TD-DEMO-2013-01',
          name: '2013 年办公电脑及外设采购',
          tenderDate: '2013-06-18',
          method: 'lowest_price',
          deductionRate: '0.08',
          bids,
        },
        opts,
      );
      await store.tenders.evaluate('TD-DEMO-2013-01', opts);
      created.push('TD-DEMO-2013-01');
    }
  }

  // 2014: comprehensive scoring (price 30 points), with a consortium whose small/micro members hold 40%.
  if (!(await exists('TD-DEMO-2014-01'))) {
    const small = await pick(store, 2014, 'small', 2);
    const large = await pick(store, 2014, 'large', 1);
    const micro = await pick(store, 2014, 'micro', 1);
    if (small.length === 2 && large.length === 1 && micro.length === 1) {
      const bids: BidInput[] = [
        {
          bidId: 'B01',
          supplierId: small[0][0],
          supplierName: small[0][1],
          priceFen: 856_000_00,
          technicalScore: '61.5',
          declaredSizeClass: 'small',
        },
        {
          bidId: 'B02',
          supplierId: large[0][0],
          supplierName: large[0][1],
          priceFen: 812_000_00,
          technicalScore: '64',
          declaredSizeClass: 'large',
        },
        {
          bidId: 'B03',
          supplierName: `${large[0][1]}联合体`,
          priceFen: 834_000_00,
          technicalScore: '62.5',
          consortium: [
            { memberId: large[0][0], name: large[0][1], sizeClass: 'large', share: '0.6' },
            { memberId: micro[0][0], name: micro[0][1], sizeClass: 'micro', share: '0.4' },
          ],
        },
      ];
      await store.tenders.create(
        {
          id: 'TD-DEMO-2014-01',
          name: '2014 年政务信息系统运维服务',
          tenderDate: '2014-04-22',
          method: 'comprehensive',
          priceWeight: '30',
          deductionRate: '0.1',
          consortiumDeductionRate: '0.03',
          bids,
        },
        opts,
      );
      created.push('TD-DEMO-2014-01');
    }
  }

  // 2015: lowest price, 6%, linked to the unit's open printing project; published (the award is written).
  if (!(await exists('TD-DEMO-2015-01'))) {
    const small = await pick(store, 2015, 'small', 1);
    const medium = await pick(store, 2015, 'medium', 1);
    const micro = await pick(store, 2015, 'micro', 1);
    const project = await store.db
      .selectFrom('procurement_projects')
      .select('id')
      .where('budget_unit_id', '=', UNIT)
      .where('year', '=', 2015)
      .where('reserved_for', '=', 'none')
      .where('tender_id', 'is', null)
      .where('awarded_supplier_name', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (small.length === 1 && medium.length === 1 && micro.length === 1) {
      const bids: BidInput[] = [
        { bidId: 'B01', supplierId: medium[0][0], supplierName: medium[0][1], priceFen: 396_000_00, declaredSizeClass: 'medium' },
        { bidId: 'B02', supplierId: small[0][0], supplierName: small[0][1], priceFen: 408_800_00, declaredSizeClass: 'small' },
        { bidId: 'B03', supplierId: micro[0][0], supplierName: micro[0][1], priceFen: 431_000_00, declaredSizeClass: 'micro' },
      ];
      await store.tenders.create(
        {
          id: 'TD-DEMO-2015-01',
          name: '2015 年印刷与宣传服务',
          tenderDate: '2015-09-08',
          method: 'lowest_price',
          deductionRate: '0.06',
          projectId: project?.id ?? null,
          bids,
        },
        opts,
      );
      await store.tenders.evaluate('TD-DEMO-2015-01', opts);
      await store.tenders.publish('TD-DEMO-2015-01', opts);
      created.push('TD-DEMO-2015-01');
    }
  }
  return created;
}
