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

  it('a batch gives each member what it gets alone, in passes bounded by the failing checks, not by the members', () => {
    // 240 members, deterministic: core figures missing here and there (industry, construction and retail
    // use different indicators, 300号), graduate hires with a figure missing or outside the encoded region,
    // R&D answers not given (2017 and 2021 ask them: 财税〔2017〕34号, 公告2021年第13号).
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const industries = ['C3311', 'E4700', 'F5211'];
    const members = Array.from({ length: 240 }, (_, i): RegistryYearInput => {
      const hires = Math.floor(rnd() * 3);
      return member(`E${String(i).padStart(3, '0')}`, {
        industry: industries[i % 3],
        employees: rnd() < 0.3 ? null : Math.floor(rnd() * 400),
        revenueFen: rnd() < 0.3 ? null : Math.floor(rnd() * 40_000_000_00),
        totalAssetsFen: rnd() < 0.3 ? null : Math.floor(rnd() * 40_000_000_00),
        // Outside Qingdao (370200) no social-insurance subsidy rules are encoded: a hire there stops its enterprise.
        regionCode: rnd() < 0.15 ? '110101' : '370200',
        inputs: {
          rd_expensed_costs: '100000',
          ...(rnd() < 0.5 ? {} : { is_technology_based_sme: rnd() < 0.5 ? 'yes' : 'no', is_manufacturing_enterprise: 'no' }),
        },
        linked: Array.from({ length: hires }, (_, h) => ({
          entity: 'graduate_hire',
          key: `H${h}`,
          inputs: {
            hire_date: '2013-07-01',
            graduation_year: 2013,
            contract_months: 24,
            social_insurance_paid_in_full: true,
            insured_months: 6,
            // A wage not given (0) stops the subsidy where months are subsidised.
            ...(rnd() < 0.3 ? {} : { local_average_monthly_wage: '3500' }),
          },
        })),
      });
    });
    for (const year of [2013, 2017, 2021]) {
      const sizes: number[] = [];
      const batch = evaluateRegistryYear(system, year, members, { onPopulation: (n) => sizes.push(n) });
      members.forEach((m, i) => {
        expect(batch[i], `${m.enterpriseId} in ${year}`).toEqual(evaluateRegistryYear(system, year, [m])[0]);
      });
      const stopped = batch.filter((r) => r.detail.problems.length > 0).length;
      expect(stopped).toBeGreaterThan(20);
      // Halving took 435 populations for 2013 (each stopped member found in about 2·log2(240) of them); now
      // there is a pass per failing check (7 different reasons in 2013): 13.
      expect(sizes.length).toBeLessThanOrEqual(20);
      expect(sizes[0]).toBe(members.length);
    }
  });

  it('before the size standard (2010) the size class is not encoded: noted for the year, nothing computed as if it were', () => {
    const [r] = evaluateRegistryYear(system, 2010, [member('E1')]);
    expect(r.sizeClass).toBeNull();
    expect(r.detail.problems.map((p) => p.variable)).toContain('size_class');
  });
});
