import { describe, expect, it } from 'vitest';
import type { RegistryEnterprise } from '../../src/api/registry-types.ts';
import { traceRecord } from '../../src/pages/officer/enterprise/trace-record.ts';

const ENTERPRISE: RegistryEnterprise = {
  id: 'E1',
  name: '测试有限公司',
  region_code: '370203',
  industry: 'F52',
  industry_group: 'retail',
  founded: '2010-03-01',
  registered_capital: 1000000,
  version: 1,
};

describe('traceRecord: the record POST /api/v1/trace takes for an enterprise-year', () => {
  it('has the enterprise fields and the figures of the year, as the engine names them', () => {
    expect(
      traceRecord(ENTERPRISE, {
        year: 2015,
        employees: 8,
        revenue: 800000,
        total_assets: 500000,
        taxable_income: 0,
        restricted_industry: false,
      }),
    ).toEqual({
      id: 'E1',
      industry: 'F52',
      region: '370203',
      founded: '2010-03-01',
      employees: 8,
      revenue: 800000,
      total_assets: 500000,
      taxable_income: 0,
      restricted_industry: false,
    });
  });

  it('leaves out what was not given, so the engine uses its defaults as the stored result did', () => {
    expect(traceRecord({ ...ENTERPRISE, founded: null }, { year: 2015, employees: null, revenue: 1 })).toEqual({
      id: 'E1',
      industry: 'F52',
      region: '370203',
      revenue: 1,
    });
  });
});
