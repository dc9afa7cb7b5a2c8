import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, xiaowei } from './helpers/xiaowei.ts';

// Values and their periods at the edge: a yearly input in a monthly question, a quarterly filer's quarter,
// values keyed by period (JSON objects, CSV columns `field@period`). The thresholds: 30,000 a month and
// 90,000 a quarter from 2014-10-01 (财税〔2014〕71号; the quarterly figure from 国家税务总局公告2014年第57号).
const VARS = 'vat_filing_period_sales,vat_sales_within_exemption_threshold,small_scale_vat_exempt';
const run = (records: unknown[], period = '2014-10', vars = VARS) =>
  xiaowei(['evaluate', '-', '--period', period, '--variables', vars, '--format', 'json', '--lang', 'en'], JSON.stringify(records));

describe('xiaowei evaluate: values and their periods', () => {
  it('a yearly input given plainly in a monthly question is the value of that year (it was dropped)', () => {
    const r = run([{ id: 'a', industry: 'F5211', is_small_scale_vat_taxpayer: true, vat_sales: 30000 }]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { id: 'a', vat_filing_period_sales: 30000, vat_sales_within_exemption_threshold: true, small_scale_vat_exempt: true },
    ]);
  });

  it('a quarterly filer is judged on the quarter: one month given plainly is an error naming the months, not a month taken for a quarter', () => {
    const r = run([{ id: 'q', industry: 'F5211', is_small_scale_vat_taxpayer: true, vat_filing_frequency: 'quarterly', vat_sales: 50000 }]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('vat_sales is not given for every month of the filing period');
    expect(r.stderr).toContain('2014-10, 2014-11, 2014-12');
  });

  it('values by month: the quarter at 90,000.00 is exempt, 90,000.01 is not, 89,999.99 is', () => {
    const quarter = (last: string) => ({
      industry: 'F5211',
      is_small_scale_vat_taxpayer: { 2014: true },
      vat_filing_frequency: { 2014: 'quarterly' },
      vat_sales: { '2014-10': 30000, '2014-11': 30000, '2014-12': last },
    });
    const r = run([
      { id: 'at', ...quarter('30000') },
      { id: 'above', ...quarter('30000.01') },
      { id: 'below', ...quarter('29999.99') },
    ]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((x: Record<string, unknown>) => [x.vat_filing_period_sales, x.small_scale_vat_exempt])).toEqual([
      [90000, true],
      [90000.01, false],
      [89999.99, true],
    ]);
    // Asked for another month of the same quarter: the same quarter, the same answer.
    const dec = run([{ id: 'at', ...quarter('30000') }], '2014-12');
    expect(JSON.parse(dec.stdout)[0]).toMatchObject({ vat_filing_period_sales: 90000, small_scale_vat_exempt: true });
  });

  it('a value given as an object is a clear error at the row and field, never an internal error', () => {
    const r = run([{ id: 'x', industry: 'F5211', vat_sales: { '2014-13': 1, 2014: 2 }, employees: { a: 1 } }]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('internal');
    expect(r.stderr).toContain('-:1: vat_sales.2014-13: "2014-13" is not a period of "vat_sales": give it by month, e.g. 2014-10');
    expect(r.stderr).toContain('-:1: vat_sales.2014: "2014" is not a period of "vat_sales"');
    expect(r.stderr).toContain('-:1: employees.a: "a" is not a period of "employees": give it by year, e.g. 2014');
    // A list where one value belongs.
    const list = run([{ id: 'x', industry: 'F5211', vat_sales: [1, 2] }]);
    expect(list.status).toBe(2);
    expect(list.stderr).toContain('-:1: vat_sales: must be a single value, not an object or a list');
  });

  it('a monthly input given plainly in a yearly question is the value of every month', () => {
    // 25,000 a month in 2015: within 30,000 every month, 3% saved on each: 25,000 × 3% × 12 = 9,000.
    const r = run(
      [{ id: 'y', industry: 'F5211', is_small_scale_vat_taxpayer: true, vat_sales: 25000 }],
      '2015',
      'small_scale_vat_exemption_eligible,small_scale_vat_exemption_value',
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([{ id: 'y', small_scale_vat_exemption_eligible: true, small_scale_vat_exemption_value: 9000 }]);
  });

  it('CSV columns field@period give values by period', () => {
    const dir = tempFiles({
      'q.csv': [
        'id,industry,is_small_scale_vat_taxpayer,vat_filing_frequency,vat_sales@2014-10,vat_sales@2014-11,vat_sales@2014-12',
        'c1,F5211,true,quarterly,30000,30000,30000',
        'c2,F5211,true,quarterly,30000,30000,30000.01',
      ].join('\n'),
    });
    const r = xiaowei(['evaluate', join(dir, 'q.csv'), '--period', '2014-11', '--variables', VARS, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).map((x: Record<string, unknown>) => x.small_scale_vat_exempt)).toEqual([true, false]);
    const bad = tempFiles({ 'b.csv': 'id,industry,vat_sales@2014\nc1,F5211,1\n' });
    const rb = xiaowei(['evaluate', join(bad, 'b.csv'), '--period', '2014-10', '--variables', VARS, '--lang', 'en']);
    expect(rb.status).toBe(2);
    expect(rb.stderr).toContain('vat_sales@2014: "2014" is not a period of "vat_sales"');
  });

  it('entitlements read a quarterly filer by month too', () => {
    const dir = tempFiles({
      'e.json': JSON.stringify([
        {
          id: 'e',
          industry: 'F5211',
          employees: 5,
          revenue: 100000,
          total_assets: 100000,
          is_small_scale_vat_taxpayer: true,
          vat_filing_frequency: 'quarterly',
          vat_sales: 20000,
          taxable_income: 50000,
        },
      ]),
    });
    const r = xiaowei(['entitlements', join(dir, 'e.json'), '--period', '2015', '--format', 'json']);
    expect(r.stderr).toBe('');
    // Every month 20,000, so every quarter 60,000 ≤ 90,000: exempt all year, 20,000 × 3% × 12 = 7,200.
    expect(r.stdout).toContain('7200');
  });
});
