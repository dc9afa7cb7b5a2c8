import { describe, expect, it } from 'vitest';
import { getSystem, loadCatalogue, measureTimelines, VARIABLES } from '../src/index.ts';

// The catalogue's timelines come from the law (dated formulas, ended parameters), not from dates written in
// the catalogue: these are the documents' own dates, seen through the variables.
describe('each sub-measure timeline, derived from the variables', () => {
  const timelines = measureTimelines(getSystem(), loadCatalogue(VARIABLES));
  const of = (id: string) => timelines.get(id) ?? [];

  it('covers 2012-01 to 2027-12 without gaps, for every measure with computed variables', () => {
    expect(timelines.size).toBeGreaterThan(10);
    for (const [id, segments] of timelines) {
      expect(segments[0].from, id).toBe('2012-01');
      expect(segments.at(-1)?.to, id).toBe('2027-12');
      for (let i = 1; i < segments.length; i++) expect(segments[i].from > segments[i - 1].to, id).toBe(true);
    }
  });

  it('the VAT and business-tax thresholds (02.1): business tax ends in April 2016, VAT runs on, 2022-04 … 12 not encoded', () => {
    const t = of('gf2012-14/02.1');
    const starts = t.map((s) => s.from);
    // Enterprises from 2013-08 (财税〔2013〕52号); business tax ends 2016-05; 2022-04 … 12 not encoded; the
    // individual VAT thresholds end with 2025.
    expect(starts).toEqual(expect.arrayContaining(['2013-08', '2016-05', '2022-04', '2023-01', '2026-01']));
    expect(t.find((s) => s.from === '2022-04')).toMatchObject({ to: '2022-12', status: 'partial' });
  });

  it('the 六税两费 reduction (02.8) starts in 2019 and is encoded to the horizon', () => {
    const t = of('gf2012-14/02.8');
    expect(t[0]).toMatchObject({ from: '2012-01', to: '2018-12', status: 'not_encoded' });
    expect(t.at(-1)?.to).toBe('2027-12');
  });

  it('the R&D super-deduction (13.1) changes with each document: 2017, 2018, 2021, 2022, 2023', () => {
    expect(of('gf2012-14/13.1').map((s) => s.from)).toEqual(['2012-01', '2017-01', '2018-01', '2021-01', '2022-01', '2023-01']);
  });

  it('loan-loss provisions (02.5) end with 2023', () => {
    const t = of('gf2012-14/02.5');
    expect(t.at(-1)).toMatchObject({ from: '2024-01', to: '2027-12', status: 'not_encoded' });
    expect(t.at(-1)?.reason).toContain('2023-12-31');
  });
});
