import { dayNumber, Period, Population, Simulation } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { assessEntitlements, getSystem } from '../src/index.ts';
import { FEES_ENTITLEMENTS } from '../src/variables/fees/index.ts';

const system = getSystem();
const period = Period.parse('2013');

/** Two retailers (small; medium) and their fees of 2013: 18 + 300 exempt for the small one. */
function simulate(): Simulation {
  const pop = new Population(system);
  pop.addEntity('enterprise', 2);
  pop.addEntity('fee_event', 3);
  pop.setInput('industry', period, ['retail', 'retail']);
  pop.setInput('employees', period, Float64Array.of(10, 50));
  pop.setInput('revenue', period, Float64Array.of(1_000_000_00, 5_000_000_00));
  const code = (name: string) => system.variable('fee_event_code').enumIndex?.get(name) ?? -1;
  pop.setInput(
    'fee_event_code',
    period,
    Uint8Array.of(code('organization_code_certificate'), code('enterprise_registration'), code('land_registration')),
  );
  pop.setInput('fee_event_amount', period, Float64Array.of(18_00, 300_00, 500_00));
  pop.setInput('fee_event_date', period, Int32Array.of(dayNumber('2013-02-01'), dayNumber('2013-09-30'), dayNumber('2013-09-30')));
  pop.setLink('fee_event', 'payer', Int32Array.of(0, 0, 1));
  return new Simulation(system, pop);
}

describe('the fee exemption as an entitlement (item 06.1)', () => {
  it('is worth the exempt fees to a small enterprise, and says why a medium one is not eligible', () => {
    const sim = simulate();
    const small = assessEntitlements(system, sim, 0, period, FEES_ENTITLEMENTS);
    expect(small.entitlements).toHaveLength(1);
    expect(small.entitlements[0]).toMatchObject({ measure: 'gf2012-14/06.1', eligible: true, value: 318, counted: true });
    expect(small.total).toBe(318);
    const medium = assessEntitlements(system, sim, 1, period, FEES_ENTITLEMENTS);
    expect(medium.entitlements[0]).toMatchObject({ eligible: false, value: 0 });
    const failed = medium.entitlements[0].conditions.filter((c) => !c.met);
    expect(failed.map((c) => c.variable)).toEqual(['is_small_or_micro']);
    expect(failed[0].advice?.en).toBe('not met: small or micro under the SME size standard');
  });

  it('is not encoded outside 2012–2014', () => {
    const sim = simulate();
    expect(assessEntitlements(system, sim, 0, '2015', FEES_ENTITLEMENTS).notEncoded).toEqual(['gf2012-14/06.1']);
    expect(assessEntitlements(system, sim, 0, '2011', FEES_ENTITLEMENTS).notEncoded).toEqual(['gf2012-14/06.1']);
  });
});
