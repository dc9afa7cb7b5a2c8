import { describe, expect, it } from 'vitest';
import { exactFraction, MISSING } from '../src/regions/regional-rate.ts';

const col = (...xs: number[]) => Float64Array.from(xs);

describe('exactFraction', () => {
  it('gives each member the fraction of its own values, through runs, repeats and missing values', () => {
    // Runs of one region, a region coming back later, a missing term and a missing factor in between.
    const factor = col(0.6, 0.6, 0.6, 1, MISSING, 0.6, 0.6, 1, 0.5);
    const a = col(0.18, 0.18, 0.18, 0.16, 0.18, 0.18, MISSING, 0.16, 0.09);
    const b = col(0.09, 0.09, 0.09, 0.08, 0.09, 0.09, 0.09, 0.08, 0.02);
    const { num, den } = exactFraction(factor, [a, b]);
    expect([...num].map((x, i) => `${x}/${den[i]}`)).toEqual([
      '81/500',
      '81/500',
      '81/500',
      '6/25',
      '0/1',
      '81/500',
      '0/1',
      '6/25',
      '11/200',
    ]);
    // Each member alone gives the same fraction.
    for (let i = 0; i < factor.length; i++) {
      const one = exactFraction(factor.subarray(i, i + 1), [a.subarray(i, i + 1), b.subarray(i, i + 1)]);
      expect([one.num[0], one.den[0]]).toEqual([num[i], den[i]]);
    }
  });
});
