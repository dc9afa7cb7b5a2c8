import { describe, expect, it } from 'vitest';
import { xiaowei } from './helpers/xiaowei.ts';

interface BidOut {
  id: string | number;
  price_deduction_rate: number;
  evaluated_price: number;
  price_score?: number;
  total_score?: number;
  rank: number | null;
  deduction_reason: string;
  reason?: string;
  trace?: Record<string, { variable: string; children: unknown[] }>;
}
interface TenderOut {
  tender: string | number;
  bids: BidOut[];
}

const evaluate = (tender: unknown, ...args: string[]) => xiaowei(['procurement', 'evaluate', '-', ...args], JSON.stringify(tender));

/** A lowest-price tender of 2013 with a 6% small/micro and a 2% consortium deduction. */
const tender = (bids: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'T1',
  date: '2013-05-10',
  method: 'lowest_price',
  deduction_rate: 0.06,
  consortium_deduction_rate: 0.02,
  bids,
  ...extra,
});

describe('xiaowei procurement evaluate', () => {
  it('evaluates the example tender: deductions, exact evaluated prices, scores and ranks in input order', () => {
    const r = xiaowei(['procurement', 'evaluate', 'examples/tender.json', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 1,010,000.50 × (1 − 2%) = 989,800.49 exactly, written from fen.
    expect(r.stdout).toContain('"evaluated_price": 989800.49,');
    const out = JSON.parse(r.stdout) as TenderOut;
    expect(out.tender).toBe('T2013-017');
    expect(out.bids.map((b) => b.id)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    const byId = new Map(out.bids.map((b) => [b.id, b]));
    expect(byId.get('B1')).toMatchObject({ price_deduction_rate: 0, evaluated_price: 1000000, deduction_reason: 'not_small_micro' });
    // 1,040,000 × 94% = 977,600
    expect(byId.get('B2')).toMatchObject({ price_deduction_rate: 0.06, evaluated_price: 977600, deduction_reason: 'small_micro' });
    expect(byId.get('B3')).toMatchObject({ price_deduction_rate: 0.02, deduction_reason: 'consortium_share' });
    // A retailer with 9 employees and 800,000 yuan of revenue is micro under 300号: 990,000 × 94% = 930,600,
    // the lowest evaluated price, so the benchmark: price score 930,600 / 930,600 × 30 = 30, total 50 + 30.
    expect(byId.get('B4')).toMatchObject({ evaluated_price: 930600, price_score: 30, total_score: 80, deduction_reason: 'small_micro' });
    // A medium-made product: the bid counts as medium, no deduction. 930,600 / 1,020,000 × 30 = 27.370588235…
    expect(byId.get('B5')).toMatchObject({ price_deduction_rate: 0, price_score: 27.370588235, total_score: 84.370588235, rank: 1 });
    expect(byId.get('B1')).toMatchObject({ price_score: 27.918, total_score: 83.418, rank: 3 });
    expect(out.bids.map((b) => b.rank).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(out.bids[0].reason).toBeUndefined();
    expect(out.bids[0].trace).toBeUndefined();
  });

  it('ranks a lowest-price tender by evaluated price, with no scores; ties go to the technical score, then input order', () => {
    const r = evaluate(
      tender([
        { id: 'L', price: 940000, supplier_size_class: 'large', technical_score: 10 },
        // 1,000,000 × 94% = 940,000: the same evaluated price as L, a higher technical score
        { id: 'S', price: 1000000, supplier_size_class: 'small', technical_score: 20 },
        { id: 'M', price: 940000, supplier_size_class: 'medium', technical_score: 10 },
        { id: 'X', price: 500000, supplier_size_class: 'micro', compliant: false },
        { id: 'BIG', price: 9999999999.99, supplier_size_class: 'micro' },
      ]),
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 999,999,999,999 fen × 94/100 = 939,999,999,999.06 fen → 9,399,999,999.99 yuan, as written.
    expect(r.stdout).toContain('"evaluated_price": 9399999999.99,');
    const out = JSON.parse(r.stdout) as TenderOut;
    expect(out.bids.map((b) => [b.id, b.rank])).toEqual([
      ['L', 2],
      ['S', 1],
      ['M', 3],
      ['X', null],
      ['BIG', 4],
    ]);
    expect(out.bids[0]).not.toHaveProperty('price_score');
    expect(out.bids[0]).not.toHaveProperty('total_score');
  });

  it('applies the consortium rule at 29.99%, 30% and 30.01% and the all-small/micro rule', () => {
    const consortium = (small: number) => [
      { size_class: 'small', share: small },
      { size_class: 'large', share: Number((1 - small).toFixed(4)) },
    ];
    const r = evaluate(
      tender([
        { id: 'C2999', price: 1000000, consortium: consortium(0.2999) },
        { id: 'C3000', price: 1000000, consortium: consortium(0.3) },
        { id: 'C3001', price: 1000000, consortium: consortium(0.3001) },
        {
          id: 'ALL',
          price: 1000000,
          consortium: [
            { size_class: 'small', share: 0.7 },
            { size_class: 'micro', share: 0.2 },
            { size_class: 'micro', share: 0.1 },
          ],
        },
      ]),
    );
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as TenderOut;
    expect(out.bids.map((b) => [b.id, b.price_deduction_rate, b.evaluated_price, b.deduction_reason])).toEqual([
      ['C2999', 0, 1000000, 'consortium_share_below'],
      ['C3000', 0.02, 980000, 'consortium_share'],
      ['C3001', 0.02, 980000, 'consortium_share'],
      ['ALL', 0.06, 940000, 'consortium_all_small_micro'],
    ]);
  });

  it('gives no deduction in a project reserved for SMEs, nor for products under a large enterprise trademark', () => {
    const reserved = evaluate(
      tender([{ id: 'B1', price: 100, supplier_size_class: 'small' }], { reserved_for_sme: true, deduction_rate: null }),
    );
    expect(reserved.status).toBe(0);
    expect((JSON.parse(reserved.stdout) as TenderOut).bids[0]).toMatchObject({
      price_deduction_rate: 0,
      deduction_reason: 'reserved_project',
    });
    const trademark = evaluate(
      tender([
        {
          id: 'B1',
          price: 100,
          supplier_size_class: 'small',
          products: [{ manufacturer_size_class: 'small', large_enterprise_trademark: true }],
        },
      ]),
    );
    expect((JSON.parse(trademark.stdout) as TenderOut).bids[0]).toMatchObject({
      evaluated_price: 100,
      deduction_reason: 'large_trademark',
    });
  });

  it('with --explain adds the reason in the language and the trace of the evaluation', () => {
    const r = xiaowei(['procurement', 'evaluate', 'examples/tender.json', '--explain', '--lang', 'ko']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as TenderOut;
    const b5 = out.bids[4];
    expect(b5.reason).toContain('중기업');
    expect(Object.keys(b5.trace ?? {})).toEqual(['bid_total_score']);
    expect(JSON.stringify(b5.trace)).toContain('bid_deduction_reason');
    // Money in the trace is written exactly too.
    expect(r.stdout).toContain('"value": 989800.49');
    const lowest = evaluate(tender([{ id: 'B1', price: 100, supplier_size_class: 'small' }]), '--explain', '--lang', 'en');
    const bid = (JSON.parse(lowest.stdout) as TenderOut).bids[0];
    expect(bid.reason).toBe(
      'A small or micro enterprise offering its own products or products made by other SMEs: small/micro price deduction',
    );
    expect(Object.keys(bid.trace ?? {})).toEqual(['bid_evaluated_price']);
  });

  it('prints a table in the language, with the trace under each row with --explain', () => {
    const r = xiaowei(['procurement', 'evaluate', 'examples/tender.json', '--format', 'table', '--lang', 'en']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Tender T2013-017 (2013-05-10, comprehensive scoring)');
    expect(lines[1]).toMatch(/^Bid\s+Deduction\s+Evaluated price \(yuan\)\s+Price score\s+Total score\s+Rank\s+Reason$/);
    // Tables for people: separators, scores to two decimals (JSON and the trace keep every digit).
    expect(lines[4]).toMatch(/^B3\s+2%\s+989,800\.49\s+28\.21\s+84\.21\s+2\s+Small\/micro members hold at least 30%/);
    const explained = xiaowei(['procurement', 'evaluate', 'examples/tender.json', '--format', 'table', '--lang', 'en', '--explain']);
    expect(explained.stdout).toContain('  bid_total_score (Total score) <2013> = 84.205684158');
  });

  it('evaluates an array of tenders, each in its own year', () => {
    const r = evaluate([
      tender([{ id: 1, price: 100, supplier_size_class: 'small' }]),
      tender([{ id: 1, price: 100, supplier_size_class: 'small' }], { id: 2, date: '2016-03-01', deduction_rate: 0.1 }),
    ]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { tender: 'T1', bids: [{ id: 1, price_deduction_rate: 0.06, evaluated_price: 94, rank: 1, deduction_reason: 'small_micro' }] },
      { tender: 2, bids: [{ id: 1, price_deduction_rate: 0.1, evaluated_price: 90, rank: 1, deduction_reason: 'small_micro' }] },
    ]);
  });

  it('reports every input problem with its field path, prints nothing and exits with 2', () => {
    const r = evaluate(
      tender(
        [
          { id: 'B1', price: 100.001, supplier_size_class: 'tiny' },
          { id: 'B1', products: [{}] },
          {
            id: 'B3',
            price: 1,
            consortium: [
              { size_class: 'small', share: 0.4 },
              { size_class: 'large', share: 1.5 },
            ],
          },
          { id: 'B4', price: 1, supplier_size_class: 'small', supplier: { industry: 'F52', employees: -1 } },
        ],
        { date: '2013-02-30', colour: 'red' },
      ),
      '--lang',
      'en',
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    for (const expected of [
      '-:1: date: "2013-02-30" is not a date (YYYY-MM-DD)',
      '-:1: colour: unknown field "colour"',
      '-:1: bids[0].price: "100.001" is not an amount (yuan, at most two decimals)',
      '-:1: bids[0].supplier_size_class: "tiny" is not one of: large, medium, small, micro, undeclared',
      '-:1: bids[1].id: duplicate bid id "B1"',
      '-:1: bids[1].price: is required',
      '-:1: bids[1].products[0].manufacturer_size_class: is required',
      '-:1: bids[2].consortium[1].share: 1.5 is above the maximum 1',
      '-:1: bids[3].supplier: give either supplier_size_class or the supplier figures, not both',
      '-:1: bids[3].supplier.employees: -1 is below the minimum 0',
    ]) {
      expect(lines).toContain(expected);
    }
    expect(lines[lines.length - 1]).toBe('-: 10 problem(s) in 1 row(s); nothing was output');
  });

  it('refuses a deduction rate outside the legal range on the tender date — at 6% and 10% it is accepted', () => {
    const small = [{ id: 'B1', price: 1000000, supplier_size_class: 'small' }];
    for (const [rate, evaluated] of [
      [0.06, 940000],
      [0.1, 900000],
    ] as const) {
      const ok = evaluate(tender(small, { deduction_rate: rate }));
      expect(ok.status).toBe(0);
      expect((JSON.parse(ok.stdout) as TenderOut).bids[0].evaluated_price).toBe(evaluated);
    }
    for (const rate of [0.0599, 0.1001]) {
      const bad = evaluate(tender(small, { deduction_rate: rate }), '--lang', 'en');
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain(`-:1: deduction_rate: the deduction rate ${rate} (`);
      expect(bad.stderr).toContain('is outside the legal range 6%–10% in force on 2013-05-10 (it is not clamped)');
    }
    const consortium = evaluate(
      tender(
        [
          {
            id: 'C',
            price: 1,
            consortium: [
              { size_class: 'small', share: 0.3 },
              { size_class: 'large', share: 0.7 },
            ],
          },
        ],
        { consortium_deduction_rate: 0.035 },
      ),
      '--lang',
      'en',
    );
    expect(consortium.status).toBe(2);
    expect(consortium.stderr).toContain('-:1: consortium_deduction_rate: the deduction rate 0.035 (3.5%) is outside the legal range 2%–3%');
  });

  it('refuses consortium shares that do not add up to 1, naming the bid', () => {
    const r = evaluate(
      tender([
        { id: 'B1', price: 1, supplier_size_class: 'large' },
        {
          id: 'B2',
          price: 1,
          consortium: [
            { size_class: 'small', share: 0.29 },
            { size_class: 'large', share: 0.7 },
          ],
        },
      ]),
      '--lang',
      'en',
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("-:1: bids[1].consortium: the consortium members' shares add up to 0.99, not 1");
  });

  it('has no rule for a tender dated before 181号 (2011-12-31) or after the encoded history', () => {
    for (const date of ['2011-12-31', '2028-01-01']) {
      const r = evaluate(tender([{ id: 'B1', price: 1, supplier_size_class: 'small' }], { date }), '--lang', 'en');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`-:1: date: no rule is encoded for a tender dated ${date}`);
    }
    const first = evaluate(tender([{ id: 'B1', price: 100, supplier_size_class: 'small' }], { date: '2012-01-01' }));
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as TenderOut).bids[0].evaluated_price).toBe(94);
  });

  it('says what is wrong with a file that is not a tender', () => {
    expect(xiaowei(['procurement', 'evaluate', '-', '--lang', 'en'], '[]').stderr).toContain(
      'the input must be a tender object or an array of tender objects',
    );
    const missing = xiaowei(['procurement', 'evaluate', 'no-such-tender.json', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('not found');
    const needsWeight = evaluate(tender([{ id: 'B1', price: 1 }], { method: 'comprehensive' }), '--lang', 'en');
    expect(needsWeight.stderr).toContain('-:1: price_weight: comprehensive scoring needs price_weight');
  });
});
