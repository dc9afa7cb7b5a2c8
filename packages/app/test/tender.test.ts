import { readFileSync } from 'node:fs';
import { getSystem } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { evaluateTender, Fen, readTender, withPolicyNames } from '../src/index.ts';

const system = getSystem();
const example = JSON.parse(readFileSync(new URL('../../../examples/tender.json', import.meta.url), 'utf8'));

describe('readTender and evaluateTender', () => {
  it('reads examples/tender.json without a problem and gives per-bid outcomes in fen', () => {
    const { tender, problems } = readTender(system, example);
    expect(problems).toEqual([]);
    const outcome = evaluateTender(system, tender);
    expect(outcome).toMatchObject({ id: 'T2013-017', date: '2013-05-10', method: 'comprehensive' });
    // B3: 1,010,000.50 × (1 − 2%) = 989,800.49; the deduction is the difference, both in fen.
    expect(outcome.bids[2]).toMatchObject({ priceFen: 101_000_050, evaluatedPriceFen: 98_980_049, deductionFen: 2_020_001 });
    expect(outcome.bids.map((b) => b.rank)).toEqual([3, 4, 2, 5, 1]);
    expect(outcome.bids[0].trace).toBeUndefined();
    expect(evaluateTender(system, tender, { trace: true }).bids[0].traced).toBe('bid_total_score');
  });

  it('takes an amount in fen as it is, and refuses fen that is not a whole number', () => {
    const bid = (price: unknown) => ({ id: 'T', date: '2013-05-10', method: 'lowest_price', bids: [{ id: 'B', price }] });
    const exact = readTender(system, bid(new Fen(9_007_199_254_740_991)));
    expect(exact.problems).toEqual([]);
    expect(exact.tender.bids[0].values.get('bid_price')).toBe(9_007_199_254_740_991);
    expect(readTender(system, bid(new Fen(0.5))).problems).toMatchObject([{ path: ['bids', 0, 'price'], code: 'XW_INPUT_NOT_AN_AMOUNT' }]);
  });

  it('names every problem by its path of keys, with a code and three languages', () => {
    const { problems } = readTender(system, {
      id: 'T',
      method: 'comprehensive',
      bids: [
        { id: 'B', price: 1, supplier_size_class: 'tiny', products: [{}], colour: 'red' },
        { id: 'B', price: 1 },
      ],
    });
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['date', 'XW_TENDER_MISSING'],
      ['price_weight', 'XW_TENDER_WEIGHT_REQUIRED'],
      ['bids.0.supplier_size_class', 'XW_INPUT_NOT_A_CHOICE'],
      ['bids.0.colour', 'XW_INPUT_UNKNOWN_FIELD'],
      ['bids.0.products.0.manufacturer_size_class', 'XW_TENDER_MISSING'],
      ['bids.1.id', 'XW_TENDER_DUPLICATE_ID'],
    ]);
    for (const p of problems) expect(Object.keys(p.message).sort()).toEqual(['en', 'ko', 'zh-CN']);
  });
});

describe('the names of 0.1', () => {
  it('renames a bid’s and a product’s old names to the policy’s, and reports an old name given with its new one', () => {
    expect(withPolicyNames('bid', { id: 'B', size_class: 'small' })).toEqual({ raw: { id: 'B', supplier_size_class: 'small' }, both: [] });
    expect(withPolicyNames('product', { size_class: 'medium', large_trademark: true })).toEqual({
      raw: { manufacturer_size_class: 'medium', large_enterprise_trademark: true },
      both: [],
    });
    expect(withPolicyNames('bid', { size_class: 'small', supplier_size_class: 'micro' })).toEqual({
      raw: { supplier_size_class: 'micro' },
      both: ['size_class'],
    });
  });
});
