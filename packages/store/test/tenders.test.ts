/**
 * Tenders on every backend: scoped reads and writes through the budget unit, the evaluation by the
 * policy with the declaration checks against the registry, the legal range of the tender's date, and
 * publication — final in the repository and in the database's triggers, with the project's award.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, type Store, ValidationError } from '../src/index.ts';
import { dialects } from './dialects.ts';

const BACKENDS = dialects('xw_tenders', 2);

const actor = 'proc-user';
const UNIT = { budgetUnitId: 'BU-T-370202' };

describe.each(BACKENDS)('tenders on %s', (_name, make) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await make());
    await store.migrate();
    const at = new Date().toISOString();
    await store.db
      .insertInto('budget_units')
      .values([
        { id: 'BU-T-370202', name: '青岛测试单位', region_code: '370202', created_at: at, updated_at: at },
        { id: 'BU-T-440300', name: '深圳测试单位', region_code: '440300', created_at: at, updated_at: at },
      ])
      .execute();
    await store.db
      .insertInto('procurement_projects')
      .values({
        id: 'PJ-T-1',
        budget_unit_id: 'BU-T-370202',
        year: 2013,
        name: '办公设备',
        budget_fen: 200_000_000,
        reserved_for: 'none',
        created_at: at,
        updated_at: at,
      })
      .execute();
    // Industry (C3911): small from 20 employees and 3,000,000 yuan; medium from 300 and 20,000,000 (300号).
    const ent = async (id: string, employees: number, revenueYuan: number) => {
      await store.enterprises.create({ id, name: `企业${id}`, regionCode: '370202', industry: 'C3911' }, { actor });
      await store.enterprises.upsertYear(
        id,
        { year: 2013, employees, revenueFen: revenueYuan * 100, totalAssetsFen: 0 },
        { actor, scope: { all: true } },
      );
    };
    await ent('REG-SMALL', 50, 10_000_000);
    await ent('REG-MEDIUM', 400, 50_000_000);
  }, 120_000);
  afterAll(async () => cleanup?.());

  const bids = () => [
    // Declared small and small in the registry: 8% off 1,000,000.00 → 920,000.00.
    { bidId: 'B1', supplierId: 'REG-SMALL', supplierName: '小企业', priceFen: 100_000_000, declaredSizeClass: 'small' as const },
    // Declared small, medium in the registry: the declaration is flagged; the evaluation still uses it (8%).
    { bidId: 'B2', supplierId: 'REG-MEDIUM', supplierName: '中企业', priceFen: 95_000_000, declaredSizeClass: 'small' as const },
    // A large supplier: no deduction, 930,000.00.
    { bidId: 'B3', supplierId: 'NOT-IN-REGISTRY', supplierName: '大企业', priceFen: 93_000_000, declaredSizeClass: 'large' as const },
  ];

  it('creates, scopes and evaluates a tender exactly to the fen, checking every declaration', async () => {
    const created = await store.tenders.create(
      {
        id: 'TD-T-1',
        name: '办公设备采购',
        tenderDate: '2013-05-10',
        method: 'lowest_price',
        deductionRate: '0.08',
        projectId: 'PJ-T-1',
        bids: bids(),
      },
      { actor, scope: UNIT },
    );
    expect(created).toMatchObject({ status: 'draft', version: 1, budgetUnitId: 'BU-T-370202', regionCode: '370202', bidCount: 3 });
    expect(created.bids.map((b) => b.bidId)).toEqual(['B1', 'B2', 'B3']);
    // Scope: the other unit and another region's officer see nothing; the region's officer and all do.
    await expect(store.tenders.get('TD-T-1', { scope: { budgetUnitId: 'BU-T-440300' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.tenders.get('TD-T-1', { scope: { regionPrefix: '44' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.tenders.get('TD-T-1', { scope: { enterpriseId: 'REG-SMALL' } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await store.tenders.get('TD-T-1', { scope: { regionPrefix: '3702' } })).id).toBe('TD-T-1');
    expect((await store.tenders.list({ scope: { budgetUnitId: 'BU-T-440300' } })).items).toEqual([]);
    expect((await store.tenders.list({ scope: UNIT })).items.map((t) => t.id)).toContain('TD-T-1');
    await expect(store.tenders.update('TD-T-1', { name: 'x' }, { actor, scope: { budgetUnitId: 'BU-T-440300' } })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const evaluation = await store.tenders.evaluate('TD-T-1', { actor, scope: UNIT });
    expect(evaluation.sequence).toBe(1);
    const [b1, b2, b3] = evaluation.result.bids;
    expect(b1).toMatchObject({
      deductionRate: 0.08,
      deductionReason: 'small_micro',
      evaluatedPriceFen: 92_000_000,
      deductionFen: 8_000_000,
      rank: 2,
    });
    expect(b2).toMatchObject({ deductionRate: 0.08, evaluatedPriceFen: 87_400_000, rank: 1, priceFen: 95_000_000 });
    expect(b3).toMatchObject({ deductionRate: 0, deductionReason: 'not_small_micro', evaluatedPriceFen: 93_000_000, rank: 3 });
    expect(b3.reason.en).toMatch(/not a small or micro enterprise/);
    expect(evaluation.result.ranges.smallMicro).toEqual({ min: 0.06, max: 0.1 });
    // The declarations: confirmed, contradicted, not verifiable. The budget unit has no registry scope: it
    // learns whether the registry agrees and its class, never the figures behind it.
    expect(b1.declarations).toMatchObject([{ party: 'supplier', status: 'confirmed', registryClass: 'small' }]);
    expect(b2.declarations).toMatchObject([{ party: 'supplier', status: 'contradicted', registryClass: 'medium', material: true }]);
    expect(b2.declarations[0].explanation.en).toBe('declared small, but the registry classes it medium for 2013');
    expect(b2.declarations[0].explanation['zh-CN']).toBe('声明为小型企业，但企业名录 2013 年的划型为中型企业');
    expect(b1.declarations[0].explanation.en).toBe('matches the registry: small in 2013');
    expect(b3.declarations).toMatchObject([{ status: 'not_verifiable', registryClass: null }]);
    expect(b3.declarations[0].explanation.en).toBe('cannot be checked against the registry');
    expect(evaluation.result.contradictions).toBe(1);
    // Readers with the enterprises in scope (all; the region's officer) see the registry's reason with its figures.
    for (const scope of [{ all: true as const }, { regionPrefix: '3702' }]) {
      const seen = await store.tenders.evaluation('TD-T-1', { scope });
      expect(seen.result.bids[1].declarations[0].explanation.en).toMatch(
        /declared small, but the registry’s 2013 figures make it medium: medium, not small: employees 400 ≥ 300, revenue 50,000,000 yuan ≥ 20,000,000 yuan$/,
      );
      expect(seen.result.bids[1].declarations[0].explanation['zh-CN']).toMatch(/声明为小型企业，但企业名录按 2013 年数据划型为中型企业/);
    }
    // An id outside the registry is outside every scope but the whole registry's: the region's officer does not learn whether it exists.
    const officer = await store.tenders.evaluation('TD-T-1', { scope: { regionPrefix: '3702' } });
    expect(officer.result.bids[2].declarations[0].explanation.en).toBe('cannot be checked against the registry');
    const admin = await store.tenders.evaluation('TD-T-1', { scope: { all: true } });
    expect(admin.result.bids[2].declarations[0].explanation.en).toMatch(/"NOT-IN-REGISTRY" is not in the registry/);
    const unit = await store.tenders.evaluation('TD-T-1', { scope: UNIT });
    expect(unit.result.bids[1].declarations[0].explanation.en).not.toMatch(/revenue|employees|yuan/);
    expect((await store.tenders.get('TD-T-1', { scope: UNIT })).status).toBe('evaluated');
  });

  it('lists by status and by a name that contains the text (wildcards taken literally) or an id', async () => {
    await store.tenders.create(
      { id: 'TD-L-1', name: 'List 100% 国产', tenderDate: '2013-01-02', method: 'lowest_price' },
      { actor, scope: UNIT },
    );
    await store.tenders.create(
      { id: 'TD-L-2', name: 'LIST 1000 台', tenderDate: '2013-01-02', method: 'lowest_price' },
      { actor, scope: UNIT },
    );
    const ids = async (q: Omit<Parameters<Store['tenders']['list']>[0], 'scope'>) =>
      (await store.tenders.list({ scope: UNIT, limit: 200, ...q })).items.map((t) => t.id);
    expect(await ids({ text: '100%' })).toEqual(['TD-L-1']);
    expect(await ids({ text: 'list' })).toEqual(['TD-L-2', 'TD-L-1']);
    expect(await ids({ text: 'TD-L-2' })).toEqual(['TD-L-2']);
    expect(await ids({ status: 'evaluated', text: 'list' })).toEqual([]);
    // Keyset pages: one at a time, newest first, nothing lost or repeated.
    const all = await ids({});
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.tenders.list({ scope: UNIT, limit: 1, cursor });
      paged.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('refuses a rate outside the legal range of the tender date, naming the range; accepts both bounds', async () => {
    const make = (id: string, rate: string, date = '2013-05-10') =>
      store.tenders.create(
        { id, name: id, tenderDate: date, method: 'lowest_price', deductionRate: rate, bids: bids() },
        { actor, scope: UNIT },
      );
    for (const [id, rate, ok] of [
      ['TD-R-1', '0.06', true],
      ['TD-R-2', '0.1', true],
      ['TD-R-3', '0.0599', false],
      ['TD-R-4', '0.1001', false],
    ] as const) {
      await make(id, rate);
      const run = store.tenders.evaluate(id, { actor, scope: UNIT });
      if (ok) {
        const r = await run;
        expect(r.result.bids[0].deductionRate).toBe(Number(rate));
      } else {
        const e = await run.catch((x: unknown) => x);
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).field).toBe('deductionRate');
        expect((e as ValidationError).messages.en).toMatch(/outside the legal range 6%–10% in force on 2013-05-10/);
        expect((e as ValidationError).messages['zh-CN']).toMatch(/6%–10%/);
        // Nothing stored.
        expect(await store.tenders.evaluations(id, { scope: UNIT })).toEqual([]);
      }
    }
    // No rule for a date after 2027-12-31: a clear error, no evaluation.
    await make('TD-R-5', '0.08', '2028-01-01');
    const e = await store.tenders.evaluate('TD-R-5', { actor, scope: UNIT }).catch((x: unknown) => x);
    expect((e as ValidationError).field).toBe('tenderDate');
    expect((e as ValidationError).messages.en).toMatch(/no rule is encoded for a tender dated 2028-01-01/);
  });

  it('publishes: the award keeps the original price, and nothing can change afterwards, not even in the database', async () => {
    await expect(store.tenders.publish('TD-R-3', { actor, scope: UNIT })).rejects.toMatchObject({ details: { reason: 'not_evaluated' } });
    const published = await store.tenders.publish('TD-T-1', { actor, scope: UNIT });
    expect(published.publishedBy).toBe(actor);
    const project = await store.db.selectFrom('procurement_projects').selectAll().where('id', '=', 'PJ-T-1').executeTakeFirstOrThrow();
    expect(project).toMatchObject({ awarded_supplier_id: 'REG-MEDIUM', awarded_size_class: 'small', tender_id: 'TD-T-1' });
    // The contract amount is the original bid price (950,000.00), not the evaluated 874,000.00.
    expect(Number(project.awarded_amount_fen)).toBe(95_000_000);
    const scope = UNIT;
    for (const change of [
      () => store.tenders.update('TD-T-1', { name: '改' }, { actor, scope }),
      () => store.tenders.putBid('TD-T-1', { bidId: 'B9', supplierName: 'x', priceFen: 1 }, { actor, scope }),
      () => store.tenders.deleteBid('TD-T-1', 'B1', { actor, scope }),
      () => store.tenders.evaluate('TD-T-1', { actor, scope }),
      () => store.tenders.publish('TD-T-1', { actor, scope }),
      () => store.tenders.delete('TD-T-1', { actor, scope }),
    ]) {
      const e = await change().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ConflictError);
      expect((e as ConflictError).details.reason).toBe('published');
    }
    // Behind the repository's back: the triggers refuse.
    await expect(
      store.db.updateTable('tender_evaluations').set({ result: '{}' }).where('tender_id', '=', 'TD-T-1').execute(),
    ).rejects.toThrow(/published/);
    await expect(store.db.deleteFrom('tender_evaluations').where('tender_id', '=', 'TD-T-1').execute()).rejects.toThrow(/published/);
    await expect(store.db.updateTable('tenders').set({ name: 'x' }).where('id', '=', 'TD-T-1').execute()).rejects.toThrow(/published/);
    await expect(store.db.deleteFrom('tenders').where('id', '=', 'TD-T-1').execute()).rejects.toThrow(/published/);
    await expect(store.db.updateTable('tender_bids').set({ price_fen: 1 }).where('tender_id', '=', 'TD-T-1').execute()).rejects.toThrow(
      /published/,
    );
    await expect(
      store.db
        .insertInto('tender_bids')
        .values({
          tender_id: 'TD-T-1',
          bid_id: 'X',
          position: 9,
          supplier_name: 'x',
          price_fen: 1,
          compliant: 1,
          products: '[]',
          consortium: '[]',
        })
        .execute(),
    ).rejects.toThrow(/published/);
    // Its project is part of the record: deleting it is a conflict, not a database error, and it stays.
    await expect(store.procurementProjects.delete('PJ-T-1', { actor, scope: UNIT })).rejects.toBeInstanceOf(ConflictError);
    expect((await store.procurementProjects.get('PJ-T-1', { scope: UNIT })).id).toBe('PJ-T-1');
    const again = await store.tenders.evaluation('TD-T-1', { scope: UNIT });
    expect(again.result.bids[1].evaluatedPriceFen).toBe(87_400_000);
    // Every step is in the audit log, with the unit's region.
    const actions = (await store.audit.list({ entityId: 'TD-T-1', limit: 50 })).items.map((a) => [a.action, a.regionCode]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['tender.create', '370202'],
        ['tender.evaluate', '370202'],
        ['tender.publish', '370202'],
      ]),
    );
  });

  it("checks each product manufacturer's declared class against the registry too", async () => {
    await store.tenders.create(
      {
        id: 'TD-M-1',
        name: '制造商',
        tenderDate: '2013-07-01',
        method: 'lowest_price',
        deductionRate: '0.1',
        bids: [
          {
            bidId: 'B1',
            supplierId: 'REG-SMALL',
            supplierName: '小',
            priceFen: 1_000_00,
            declaredSizeClass: 'small',
            products: [
              { manufacturerId: 'REG-MEDIUM', manufacturerName: '中', sizeClass: 'small' },
              { manufacturerId: 'REG-SMALL', manufacturerName: '小', sizeClass: 'micro' },
            ],
          },
        ],
      },
      { actor, scope: UNIT },
    );
    const e = await store.tenders.evaluate('TD-M-1', { actor, scope: UNIT });
    const [b] = e.result.bids;
    expect(b.declarations.map((d) => [d.party, d.index, d.status, d.registryClass, d.material])).toEqual([
      ['supplier', null, 'confirmed', 'small', false],
      ['manufacturer', 0, 'contradicted', 'medium', true],
      // small declared micro: a contradiction, though both are small/micro (not material to the deduction).
      ['manufacturer', 1, 'contradicted', 'small', false],
    ]);
    expect(e.result.contradictions).toBe(2);
    // The declared (small-made) goods keep the deduction: 1,000.00 × 90% = 900.00.
    expect(b).toMatchObject({ deductionReason: 'small_micro', evaluatedPriceFen: 900_00 });
  });

  it('links a tender only to an unawarded project of its unit and year', async () => {
    const at = new Date().toISOString();
    await store.db
      .insertInto('procurement_projects')
      .values({
        id: 'PJ-T-2014',
        budget_unit_id: 'BU-T-370202',
        year: 2014,
        name: '2014',
        budget_fen: 1,
        reserved_for: 'none',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const make = (id: string, date: string, projectId: string) =>
      store.tenders.create({ id, name: id, tenderDate: date, method: 'lowest_price', projectId }, { actor, scope: UNIT });
    const other = await make('TD-P-0', '2013-03-01', 'PJ-T-2014').catch((e: unknown) => e);
    expect((other as ValidationError).messages.en).toBe('the project "PJ-T-2014" is of 2014, the tender is dated in 2013');
    const awarded = await make('TD-P-0', '2013-03-01', 'PJ-T-1').catch((e: unknown) => e);
    expect((awarded as ValidationError).messages.en).toBe('the project "PJ-T-1" is already awarded');
    const foreign = await make('TD-P-0', '2013-03-01', 'PJ-NOPE').catch((e: unknown) => e);
    expect((foreign as ValidationError).field).toBe('projectId');
    await expect(store.tenders.get('TD-P-0', { scope: UNIT })).rejects.toBeInstanceOf(NotFoundError);
    const linked = await make('TD-P-1', '2014-03-01', 'PJ-T-2014');
    expect(linked.projectId).toBe('PJ-T-2014');
    // Moving the date to another year while linked is refused; unlinking first allows it.
    await expect(store.tenders.update('TD-P-1', { tenderDate: '2015-01-05' }, { actor, scope: UNIT })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const moved = await store.tenders.update('TD-P-1', { tenderDate: '2015-01-05', projectId: null }, { actor, scope: UNIT });
    expect(moved).toMatchObject({ tenderDate: '2015-01-05', projectId: null });
  });

  it('adds bids all or none, and a change after an evaluation sends the tender back to draft', async () => {
    await store.tenders.create(
      { id: 'TD-I-1', name: '导入', tenderDate: '2014-03-01', method: 'lowest_price', deductionRate: '0.1' },
      { actor, scope: UNIT },
    );
    const bad = await store.tenders
      .addBids(
        'TD-I-1',
        [
          { bidId: 'A', supplierName: 'a', priceFen: 100 },
          { bidId: 'A', supplierName: 'b', priceFen: 200 },
        ],
        { actor, scope: UNIT },
      )
      .catch((x: unknown) => x);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).field).toBe('bids.1.bidId');
    expect((await store.tenders.get('TD-I-1', { scope: UNIT })).bids).toEqual([]);
    const added = await store.tenders.addBids(
      'TD-I-1',
      [
        {
          bidId: 'C',
          supplierName: '联合体',
          priceFen: 100_000_000,
          consortium: [
            { memberId: 'REG-SMALL', name: '小', sizeClass: 'small', share: '0.3' },
            { memberId: 'REG-MEDIUM', name: '中', sizeClass: 'large', share: '0.7' },
          ],
        },
      ],
      { actor, scope: UNIT },
    );
    expect(added.bids.map((b) => b.bidId)).toEqual(['C']);
    // A consortium bid needs the consortium rate: none is fixed, so the policy names the range.
    const e = await store.tenders.evaluate('TD-I-1', { actor, scope: UNIT }).catch((x: unknown) => x);
    expect((e as ValidationError).messages.en).toMatch(/outside the legal range 2%–3%/);
    await store.tenders.update('TD-I-1', { consortiumDeductionRate: '0.02' }, { actor, scope: UNIT });
    const ev = await store.tenders.evaluate('TD-I-1', { actor, scope: UNIT });
    // 30% small/micro: consortium deduction 2% → 980,000.00. The medium member declared large: the registry (no 2014 figures) cannot say.
    expect(ev.result.bids[0]).toMatchObject({
      deductionReason: 'consortium_share',
      evaluatedPriceFen: 98_000_000,
      evaluatedSizeClass: 'large',
    });
    expect(ev.result.bids[0].declarations.map((d) => d.status)).toEqual(['not_verifiable', 'not_verifiable']);
    // In the registry without a class for 2014 reads to the budget unit as "not in the registry" does: no existence oracle.
    expect(ev.result.bids[0].declarations.map((d) => d.explanation.en)).toEqual([
      'cannot be checked against the registry',
      'cannot be checked against the registry',
    ]);
    expect((await store.tenders.get('TD-I-1', { scope: UNIT })).status).toBe('evaluated');
    await store.tenders.putBid('TD-I-1', { bidId: 'D', supplierName: 'd', priceFen: 5 }, { actor, scope: UNIT });
    const after = await store.tenders.get('TD-I-1', { scope: UNIT });
    expect(after.status).toBe('draft');
    await expect(store.tenders.publish('TD-I-1', { actor, scope: UNIT })).rejects.toBeInstanceOf(ConflictError);
  });
});
