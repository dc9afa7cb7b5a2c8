import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles, xiaowei } from './helpers/xiaowei.ts';

describe('xiaowei evaluate', () => {
  it('prints requested variables per record, money exact to the fen as JSON numbers', () => {
    const input = [
      // 2015: 250,000 is above the 200,000 threshold until September and within 300,000 from October,
      // so 3 of 12 months are halved: 250,000 × 20% × (3 × 50% + 9) / 12 = 43,750 (国家税务总局公告2015年第61号).
      '{"id": "t1", "industry": "C3311", "employees": 10, "total_assets": 1000000, "taxable_income": 250000}',
      '{"id": 2, "industry": "I65", "employees": 10, "taxable_income": "123456789.99", "revenue": 123456789.99}',
      // Industry needs 1,000 employees to be large, whatever the revenue.
      '{"id": "big", "industry": "C", "employees": 999, "revenue": 1000000000000.01, "taxable_income": 0}',
    ];
    const r = xiaowei(
      ['evaluate', '-', '--period', '2015', '--variables', 'corporate_income_tax,revenue,taxable_income,is_small_low_profit,size_class'],
      `[${input.join(',')}]`,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The text itself, not a float that happens to round back: 123456789.99 × 25% = 30864197.4975 → 30864197.50.
    expect(r.stdout).toContain('"corporate_income_tax": 43750,');
    expect(r.stdout).toContain('"revenue": 123456789.99,');
    expect(r.stdout).toContain('"corporate_income_tax": 30864197.5,');
    expect(r.stdout).toContain('"revenue": 1000000000000.01,');
    expect(JSON.parse(r.stdout)).toEqual([
      // No revenue given: shown as null, never 0; 10 employees make it micro whatever the revenue.
      { id: 't1', corporate_income_tax: 43750, revenue: null, taxable_income: 250000, is_small_low_profit: true, size_class: 'micro' },
      {
        id: 2,
        corporate_income_tax: 30864197.5,
        revenue: 123456789.99,
        taxable_income: 123456789.99,
        is_small_low_profit: false,
        size_class: 'small',
      },
      {
        id: 'big',
        corporate_income_tax: 0,
        revenue: 1000000000000.01,
        taxable_income: 0,
        is_small_low_profit: false,
        size_class: 'medium',
      },
    ]);
  });

  it('prints CSV and, with --explain, a trace: JSON tree per variable, rendered text under table rows', () => {
    const csv = xiaowei([
      'evaluate',
      'examples/enterprises.csv',
      '--period',
      '2015',
      '--variables',
      'corporate_income_tax',
      '--format',
      'csv',
    ]);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id,name,corporate_income_tax');
    expect(lines).toContain('E007,通达道路运输有限公司,43750');
    expect(lines).toHaveLength(25);

    const json = xiaowei([
      'evaluate',
      'examples/enterprises.json',
      '--period',
      '2015',
      '--variables',
      'corporate_income_tax',
      '--explain',
      '--format',
      'json',
    ]);
    expect(json.status).toBe(0);
    const rows = JSON.parse(json.stdout) as {
      id: string;
      corporate_income_tax: number;
      trace: Record<string, { variable: string; value: number; children: { variable: string }[] }>;
    }[];
    const transport = rows.find((row) => row.id === 'E007');
    expect(transport?.trace.corporate_income_tax).toMatchObject({ variable: 'corporate_income_tax', value: 43750, kind: 'formula' });
    expect(transport?.trace.corporate_income_tax.children.map((c) => c.variable)).toContain('taxable_income');
    expect(json.stdout).toContain('财税〔2015〕99号');

    const table = xiaowei([
      'evaluate',
      'examples/enterprises.json',
      '--period',
      '2015',
      '--variables',
      'corporate_income_tax',
      '--explain',
      '--format',
      'table',
      '--lang',
      'en',
    ]);
    expect(table.status).toBe(0);
    const text = table.stdout.split('\n');
    expect(text[0]).toMatch(/^ID\s+Name\s+Enterprise income tax$/);
    const row = text.findIndex((line) => line.startsWith('E007'));
    // Tables for people: separators and fen (CSV and JSON keep 43750).
    expect(text[row]).toMatch(/\s43,750\.00$/);
    expect(text[row + 1]).toMatch(/^ {2}corporate_income_tax \(Enterprise income tax\) <2015> = 43750 {3}\[formula from 2012-01-01;/);
  });

  it('rejects an unknown variable and periods outside the encoded rules with one line, exit 2', () => {
    const unknown = xiaowei([
      'evaluate',
      'examples/enterprises.csv',
      '--period',
      '2015',
      '--variables',
      'corporate_income_tax,size_clas',
      '--lang',
      'en',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^xiaowei: unknown variable "size_clas" of enterprise; the closest are: size_class, [^\n]*\n$/);
    for (const period of ['2011', '2028']) {
      const r = xiaowei([
        'evaluate',
        'examples/enterprises.csv',
        '--period',
        period,
        '--variables',
        'corporate_income_tax',
        '--lang',
        'en',
      ]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        new RegExp(`^xiaowei: cannot evaluate for ${period}: corporate_income_tax is not defined for ${period}[^\\n]*\\n$`),
      );
    }
  });

  it('checks required inputs and input variables of the entity, and a duplicate id', () => {
    const dir = tempFiles({
      'e.json': JSON.stringify([
        { id: 'a', employees: 3, taxable_income: 'lots' }, // 1: industry missing; taxable_income not an amount
        { id: 'b', industry: 'C', restricted_industry: 'maybe', founded: '2015-13-01' }, // 2: not a yes/no, not a date
        { id: 'a', industry: 'C' }, // 3: duplicate id
        { id: 'd', industry: 'C', restricted_industry: '是', founded: '2015-04-01' },
      ]),
    });
    const file = join(dir, 'e.json');
    const r = xiaowei(['evaluate', file, '--period', '2015', '--variables', 'corporate_income_tax', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${file}:1: industry: a value is required`,
      `${file}:1: taxable_income: "lots" is not an amount (yuan, at most two decimals)`,
      `${file}:2: restricted_industry: "maybe" is not a yes/no value (use true/false, yes/no, 1/0)`,
      `${file}:2: founded: "2015-13-01" is not a date (YYYY-MM-DD)`,
      `${file}:3: id: duplicate id "a" (first at row 1)`,
      `${file}: 5 problem(s) in 3 row(s); nothing was output`,
    ]);
  });

  it('2026: the industrial firm with 85 employees and 250,000 of income is small low-profit and pays 12,500.00 (5%)', () => {
    const r = xiaowei(
      ['evaluate', '-', '--period', '2026', '--variables', 'is_small_low_profit,corporate_income_tax,corporate_income_tax_relief'],
      '[{"id": "e", "industry": "C3311", "employees": 85, "total_assets": 5000000, "taxable_income": 250000}]',
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { id: 'e', is_small_low_profit: true, corporate_income_tax: 12500, corporate_income_tax_relief: 50000 },
    ]);
  });

  it('a figure the answer needs and the record lacks is an error on that row and field, never a 0', () => {
    const r = xiaowei(
      ['evaluate', '-', '--period', '2013', '--variables', 'size_class', '--lang', 'en'],
      '[{"id": "ok", "industry": "other", "employees": 9}, {"id": "b", "industry": "construction", "employees": 500, "revenue": 900000000}, {"id": "c", "industry": "C3311", "employees": 50}]',
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('total_assets');
    expect(r.stderr).toContain('"total_assets" is not given: size_class depends on it');
    expect(r.stderr).toContain('"revenue" is not given');
  });
});
