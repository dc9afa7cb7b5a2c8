import { getSystem } from '@xiaowei/policy';
import { describe, expect, it } from 'vitest';
import { evaluateRegistryYear, type RegistryYearInput } from '../../src/index.ts';

const system = getSystem();

/** A registry row: industry C (manufacturing), figures in fen. */
const member = (id: string, over: Partial<RegistryYearInput> = {}): RegistryYearInput => ({
  enterpriseId: id,
  regionCode: '370200',
  industry: 'C3311',
  founded: '2005-03-01',
  employees: 80,
  revenueFen: 12_000_000_00,
  totalAssetsFen: 9_000_000_00,
  taxableIncomeFen: 250_000_00,
  totalProfitFen: 250_000_00,
  restrictedIndustry: false,
  inputs: null,
  ...over,
});

describe('evaluateRegistryYear (the store recompute’s use case)', () => {
  it('classifies by the 2011 size standard (工信部联企业〔2011〕300号): industry under 300 employees is small', () => {
    // The bound for industry: small from 20 employees and 3 million yuan of revenue, medium from 300 and 20 million.
    const [small, micro, medium] = evaluateRegistryYear(system, 2013, [
      member('E1'),
      member('E2', { employees: 19, revenueFen: 2_999_999_99 }),
      member('E3', { employees: 300, revenueFen: 20_000_000_00 }),
    ]);
    expect(small.sizeClass).toBe('small');
    expect(small.isSmallOrMicro).toBe(true);
    expect(micro.sizeClass).toBe('micro');
    expect(medium.sizeClass).toBe('medium');
    expect(medium.isSmallOrMicro).toBe(false);
    expect(small.detail.v).toBe(1);
    expect(small.detail.missingInputs).toEqual([]);
    // The total counts each counted component once, in fen.
    const counted = small.detail.components.filter((c) => c[4]).reduce((sum, c) => sum + (c[3] ?? 0), 0);
    expect(small.totalSupportValueFen).toBe(counted);
  });

  it('notes missing core figures and keeps the others apart from one member that cannot be computed', () => {
    const results = evaluateRegistryYear(system, 2013, [member('E1'), member('E2', { employees: null, revenueFen: null })]);
    expect(results[1].detail.missingInputs).toEqual(['employees', 'revenue']);
    expect(results[0].sizeClass).toBe('small');
  });

  it('before the size standard (2010) the size class is not encoded: noted for the year, nothing computed as if it were', () => {
    const [r] = evaluateRegistryYear(system, 2010, [member('E1')]);
    expect(r.sizeClass).toBeNull();
    expect(r.detail.problems.map((p) => p.variable)).toContain('size_class');
  });
});
