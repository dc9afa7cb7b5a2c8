import { describe, expect, it } from 'vitest';
import { readReport, reportRecord, writeReport } from '../../src/pages/public/entitlements/report-query.ts';
import { readSelfCheck, writeSelfCheck } from '../../src/pages/public/self-check/self-check-query.ts';

describe('figures in the address', () => {
  it('a report round-trips through the address, with only figures in it', () => {
    const input = {
      period: '2015',
      industry: 'K7010',
      employees: 12,
      revenue: 1234567.89,
      total_assets: 500000,
      taxable_income: 50000,
      region: '110000',
      founded: '2014-03-01',
      rents_premises: true,
      premises_rent: 60000,
    };
    const params = writeReport(input);
    expect([...params.keys()]).toEqual([
      'period',
      'industry',
      'employees',
      'revenue',
      'total_assets',
      'taxable_income',
      'region',
      'founded',
      'rents_premises',
      'premises_rent',
    ]);
    expect(readReport(new URLSearchParams(params.toString()))).toEqual(input);
  });

  it('ignores names, identifiers and unreadable values; needs the size-standard figures', () => {
    const params = new URLSearchParams(
      'period=2015&industry=retail&employees=8&revenue=900000&total_assets=500000&name=某某公司&id=91110000X&region=北京&taxable_income=1e9',
    );
    expect(readReport(params)).toEqual({ period: '2015', industry: 'retail', employees: 8, revenue: 900000, total_assets: 500000 });
    // The industry's standard may use one or two of the figures (the server names one missing); none is not enough.
    expect(readReport(new URLSearchParams('period=2015&industry=industry&employees=8&revenue=1'))).toEqual({
      period: '2015',
      industry: 'industry',
      employees: 8,
      revenue: 1,
    });
    expect(readReport(new URLSearchParams('period=2015&industry=retail'))).toBeNull();
    expect(readReport(new URLSearchParams('period=2015&industry=<script>&employees=8&revenue=1&total_assets=1'))).toBeNull();
  });

  it('sends only the answers that apply', () => {
    const record = reportRecord({
      period: '2015',
      industry: 'retail',
      employees: 8,
      revenue: 900000,
      total_assets: 500000,
      vat_sales: 25000,
      premises_rent: 60000,
      rents_premises: true,
    });
    expect(record).toEqual({
      industry: 'retail',
      employees: 8,
      revenue: 900000,
      total_assets: 500000,
      premises_rent: 60000,
      rents_premises: true,
    });
  });

  it('the self-check reads its figures back, the year defaulting', () => {
    const input = { period: '2013', industry: 'C3311', employees: 300, revenue: 19999999, total_assets: 0 };
    expect(readSelfCheck(writeSelfCheck(input), '2024')).toEqual(input);
    expect(readSelfCheck(new URLSearchParams('industry=retail&employees=1&revenue=2&total_assets=3'), '2024')?.period).toBe('2024');
    expect(readSelfCheck(new URLSearchParams('industry=retail&employees=x&revenue=2&total_assets=3'), '2024')).toBeNull();
  });
});

describe('a fractional annual average of employees (财税〔2009〕69号 art. 7), as the variable takes it', () => {
  it('round-trips through the report and self-check addresses; a negative or a word does not', () => {
    for (const employees of [0, 0.5, 12.5, 25 / 24]) {
      expect(readReport(writeReport({ period: '2015', industry: 'F52', employees }))?.employees).toBe(employees);
      expect(readSelfCheck(writeSelfCheck({ period: '2015', industry: 'F52', employees }), '2026')?.employees).toBe(employees);
    }
    for (const bad of ['-1', '1e3', 'x', '1.']) {
      expect(readSelfCheck(new URLSearchParams({ industry: 'F52', employees: bad }), '2026')).toBeNull();
      expect(readReport(new URLSearchParams({ period: '2015', industry: 'F52', employees: bad }))?.employees).toBeUndefined();
    }
  });
});
