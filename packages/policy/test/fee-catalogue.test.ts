import { LANGS } from '@xiaowei/engine';
import { describe, expect, it } from 'vitest';
import { getSystem } from '../src/index.ts';
import {
  EXEMPTION_NODE,
  FEE_CODES,
  NATIONAL_EXEMPT_FEES,
  OTHER_FEE,
  REGIONAL_EXEMPT_FEES,
} from '../src/variables/fees/small_micro_exemption/fee-catalogue.ts';

const system = getSystem();

/** `region.department.fee` of every fee with an `exempt` leaf in the parameter tree. */
function feesInParameters(): string[] {
  const prefix = `${EXEMPTION_NODE}.`;
  return [...system.parameters.leaves()]
    .map((leaf) => leaf.path)
    .filter((path) => path.startsWith(prefix) && path.endsWith('.exempt'))
    .map((path) => path.slice(prefix.length, -'.exempt'.length))
    .sort();
}

describe('the fee catalogue of item 06.1 (财综〔2011〕104号)', () => {
  it('the fee codes and the parameter tree list the same fees, by region and department', () => {
    const lists = { national: NATIONAL_EXEMPT_FEES, ...REGIONAL_EXEMPT_FEES };
    const coded = Object.entries(lists)
      .flatMap(([region, byDepartment]) =>
        Object.entries(byDepartment).flatMap(([department, fees]) => fees.map((fee) => `${region}.${department}.${fee}`)),
      )
      .sort();
    expect(feesInParameters()).toEqual(coded);
    expect(FEE_CODES.at(-1)).toBe(OTHER_FEE);
    expect(new Set(FEE_CODES).size).toBe(FEE_CODES.length);
  });

  it('the national list has the 22 fees the secondary sources of 财综〔2011〕104号 name, in 12 departments', () => {
    expect(Object.keys(NATIONAL_EXEMPT_FEES)).toHaveLength(12);
    expect(Object.values(NATIONAL_EXEMPT_FEES).flat()).toHaveLength(22);
  });

  it('every fee and department has a name in every language and a secondary-source mark', () => {
    for (const [department, fees] of Object.entries(NATIONAL_EXEMPT_FEES)) {
      const node = system.parameters.find(`${EXEMPTION_NODE}.national.${department}`);
      for (const lang of LANGS) expect(node?.metadata.label?.[lang], `${department} ${lang}`).toBeTruthy();
      for (const fee of fees) {
        const feeNode = system.parameters.find(`${EXEMPTION_NODE}.national.${department}.${fee}`);
        for (const lang of LANGS) expect(feeNode?.metadata.label?.[lang], `${fee} ${lang}`).toBeTruthy();
        const exempt = system.parameter(`${EXEMPTION_NODE}.national.${department}.${fee}.exempt`);
        expect(exempt.entries.map((e) => [e.start, e.value, e.confidence])).toEqual([
          ['2012-01-01', true, 'secondary'],
          ['2015-01-01', null, 'secondary'],
        ]);
        expect(exempt.entries[0].references[0].document).toBe('财综〔2011〕104号');
      }
    }
  });

  it('Shanxi is a region node with no fee (no list is known)', () => {
    expect(system.parameters.find(`${EXEMPTION_NODE}.140000`)).toBeDefined();
    expect(REGIONAL_EXEMPT_FEES['140000']).toEqual({});
  });

  it('only the organisation code certificate has a known amount: 18 yuan', () => {
    const amounts = [...system.parameters.leaves()]
      .filter((leaf) => leaf.path.startsWith(`${EXEMPTION_NODE}.`) && leaf.path.endsWith('.amount'))
      .map((leaf) => [leaf.path, system.parameterAt(leaf.path, '2013-01-01').value]);
    expect(amounts).toEqual([[`${EXEMPTION_NODE}.national.quality_inspection.organization_code_certificate.amount`, 1800]]);
  });
});
