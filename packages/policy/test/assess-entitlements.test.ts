import { decodeRecords, Period, Population, Simulation } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { assessEntitlements, ENTITLEMENTS, getSystem } from '../src/index.ts';

const system = getSystem();

function simulate(records: Record<string, unknown>[], period: string): Simulation {
  const inputs = [...system.variables.values()].filter((v) => v.isInput && v.entity === 'enterprise');
  const { columns, problems } = decodeRecords(inputs, records);
  expect(problems).toEqual([]);
  const pop = new Population(system);
  pop.addEntity('enterprise', records.length);
  for (const [id, col] of Object.entries(columns)) pop.setInput(id, Period.parse(period), col);
  return new Simulation(system, pop);
}

describe('entitlement assessment: why not, and what would change', () => {
  it('says how far an enterprise is from the small low-profit employee limit', () => {
    const sim = simulate([{ industry: 'retail', employees: 85, revenue: 1000000, total_assets: 1000000, taxable_income: 50000 }], '2013');
    const a = assessEntitlements(system, sim, 0, '2013', ENTITLEMENTS);
    const slp = a.entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(slp?.eligible).toBe(false);
    const failed = slp?.conditions.filter((c) => !c.met) ?? [];
    expect(failed).toHaveLength(1);
    expect(failed[0].threshold).toEqual({ quantity: 'employees', op: '<=', value: 85, bound: 80 });
    expect(failed[0].advice?.en).toBe('employees 85 > 80 — at 80 or less it would qualify');
    expect(failed[0].advice?.['zh-CN']).toBe('从业人员 85 > 80 — 不超过 80 即可符合');
    expect(failed[0].advice?.ko).toBe('종업원 수 85 > 80 — 80 이하이면 충족합니다');
  });

  it('gives money distances in yuan and the total of what is counted', () => {
    const sim = simulate(
      [
        { industry: 'retail', employees: 10, revenue: 1000000, total_assets: 1000000, taxable_income: '300000.01' },
        { industry: 'retail', employees: 10, revenue: 1000000, total_assets: 1000000, taxable_income: 50000 },
      ],
      '2013',
    );
    const over = assessEntitlements(system, sim, 0, '2013', ENTITLEMENTS);
    const cond = over.entitlements[0].conditions.find((c) => !c.met);
    expect(cond?.advice?.en).toBe('taxable income 300,000.01 yuan > 300,000 yuan — at 300,000 yuan or less it would qualify');
    const ok = assessEntitlements(system, sim, 1, '2013', ENTITLEMENTS);
    const slp = ok.entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(slp).toMatchObject({ eligible: true, value: 7500, counted: true });
    expect(ok.total).toBe((sim.calculate('total_support_value', 2013)[1] as number) / 100);
  });

  it('lists measures not encoded for the year', () => {
    const sim = simulate([{ industry: 'retail', employees: 10, revenue: 1000000 }], '2028');
    const a = assessEntitlements(system, sim, 0, '2028', ENTITLEMENTS);
    expect(a.notEncoded).toContain('gf2012-14/02.2');
    expect(a.total).toBe(0);
  });

  it('2017: the advice names the 500,000 limit of 财税〔2017〕43号, and 300,000.01 qualifies', () => {
    const sim = simulate(
      [
        { industry: 'retail', employees: 10, revenue: 1000000, total_assets: 1000000, taxable_income: '500000.01' },
        { industry: 'retail', employees: 10, revenue: 1000000, total_assets: 1000000, taxable_income: '300000.01' },
      ],
      '2017',
    );
    const over = assessEntitlements(system, sim, 0, '2017', ENTITLEMENTS).entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(over?.conditions.find((c) => !c.met)?.advice?.en).toBe(
      'taxable income 500,000.01 yuan > 500,000 yuan — at 500,000 yuan or less it would qualify',
    );
    const within = assessEntitlements(system, sim, 1, '2017', ENTITLEMENTS).entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    // 300,000.01 × 25% − 300,000.01 × 10% = 75,000.00 − 30,000.00
    expect(within).toMatchObject({ eligible: true, value: 45000 });
  });

  it('2026: the issue’s industrial firm (85 employees, 250,000 of income) is small low-profit, relief 50,000', () => {
    const sim = simulate([{ industry: 'C3311', employees: 85, revenue: 20000000, total_assets: 5000000, taxable_income: 250000 }], '2026');
    const a = assessEntitlements(system, sim, 0, '2026', ENTITLEMENTS);
    expect(a.notEncoded).not.toContain('gf2012-14/02.2');
    expect(a.entitlements.find((e) => e.measure === 'gf2012-14/02.2')).toMatchObject({ eligible: true, value: 50000, counted: true });
    expect(a.total).toBeGreaterThanOrEqual(50000);
  });

  it('a figure the answer needs and that is not given leaves that entitlement pending, naming it by its label', () => {
    const sim = simulate([{ industry: 'C3311', employees: 85, revenue: 20000000, total_assets: 5000000 }], '2026');
    const slp = assessEntitlements(system, sim, 0, '2026', ENTITLEMENTS).entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(slp?.pending).toMatchObject({ for: 'eligibility', input: 'taxable_income', label: { en: 'Taxable income' } });
  });

  it('a condition on a figure not given is reported as missing where another condition already decides', () => {
    const sim = simulate([{ industry: 'C3311', employees: 10, revenue: 1000000, taxable_income: '3000000.01' }], '2026');
    const slp = assessEntitlements(system, sim, 0, '2026', ENTITLEMENTS).entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(slp?.eligible).toBe(false);
    const assets = slp?.conditions.find((c) => c.variable === 'small_low_profit_assets_within_limit');
    expect(assets).toMatchObject({ met: false, missing: 'total_assets' });
    expect(assets?.advice?.en).toBe('Total assets not given: this condition cannot be decided');
  });
});

describe('an entitlement whose answer needs an input not given: pending, named, never 0 counted (ADR 0005)', () => {
  it('eligible for the stamp-duty and fee exemptions without any loan or fee given: the amount is pending, the total excludes them', () => {
    const sim = simulate([{ industry: 'retail', employees: 8, revenue: 800000, total_assets: 500000, taxable_income: 50000 }], '2013');
    const a = assessEntitlements(system, sim, 0, '2013', ENTITLEMENTS);
    const stamp = a.entitlements.find((e) => e.measure === 'gf2012-14/02.4');
    const fees = a.entitlements.find((e) => e.measure === 'gf2012-14/06.1');
    expect(stamp).toMatchObject({ eligible: true, value: 0, counted: false, pending: { for: 'amount', input: 'loan_contract' } });
    expect(stamp?.pending?.message).toEqual({
      'zh-CN': '提供“年内签订的借款合同”即可算出金额',
      ko: '“연내 체결한 대출계약”을(를) 입력하면 금액을 계산할 수 있습니다',
      en: 'give the loan contracts signed in the year to see the amount',
    });
    expect(fees).toMatchObject({ eligible: true, value: 0, counted: false, pending: { for: 'amount', input: 'fee_event' } });
    expect(a.totalExcludes).toEqual(['gf2012-14/02.4', 'gf2012-14/06.1']);
    // 2013, taxable income 50,000 yuan: half counted, taxed at 20% (财税〔2011〕117号) — relief 7,500 yuan, the only amount.
    expect(a.total).toBe(7500);
  });

  it('with a loan contract given the amount is computed and counted', () => {
    const pop = new Population(system);
    pop.addEntity('enterprise', 1);
    const p = Period.parse('2013');
    const inputs = [...system.variables.values()].filter((v) => v.isInput && v.entity === 'enterprise');
    const { columns } = decodeRecords(inputs, [
      { industry: 'retail', employees: 8, revenue: 800000, total_assets: 500000, taxable_income: 50000 },
    ]);
    for (const [id, col] of Object.entries(columns)) pop.setInput(id, p, col);
    const loanInputs = [...system.variables.values()].filter((v) => v.isInput && v.entity === 'loan_contract');
    const loans = decodeRecords(loanInputs, [{ loan_contract_amount: 1000000, signed: '2013-05-01' }]);
    expect(loans.problems.map((p) => p.field)).toEqual([]);
    pop.addEntity('loan_contract', 1);
    for (const [id, col] of Object.entries(loans.columns)) pop.setInput(id, p, col);
    pop.setLink('loan_contract', 'borrower', Int32Array.of(0));
    const a = assessEntitlements(system, new Simulation(system, pop), 0, '2013', ENTITLEMENTS);
    const stamp = a.entitlements.find((e) => e.measure === 'gf2012-14/02.4');
    expect(stamp?.pending).toBeUndefined();
    expect(stamp).toMatchObject({ eligible: true, counted: true });
    expect(a.totalExcludes).toEqual(['gf2012-14/06.1']);
  });

  it('without the taxable income, the small low-profit relief is pending eligibility; the rest of the report stands', () => {
    const sim = simulate([{ industry: 'retail', employees: 8, revenue: 800000, total_assets: 500000 }], '2013');
    const a = assessEntitlements(system, sim, 0, '2013', ENTITLEMENTS);
    const slp = a.entitlements.find((e) => e.measure === 'gf2012-14/02.2');
    expect(slp).toMatchObject({ eligible: false, value: 0, counted: false, pending: { for: 'eligibility', input: 'taxable_income' } });
    expect(slp?.pending?.message.en).toBe('give the taxable income to see whether it applies');
    expect(slp?.pending?.message['zh-CN']).toBe('提供“应纳税所得额”即可判断是否符合');
    const unknown = slp?.conditions.find((c) => c.missing === 'taxable_income');
    expect(unknown?.advice?.en).toBe('Taxable income not given: this condition cannot be decided');
    expect(a.entitlements.find((e) => e.measure === 'gf2012-14/06.1')?.eligible).toBe(true);
    expect(a.total).toBe(0);
  });
});
