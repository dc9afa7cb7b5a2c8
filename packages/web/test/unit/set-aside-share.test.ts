import { describe, expect, it } from 'vitest';
import { percentNumber, percentOf } from '../../src/pages/procurement/set-aside/share-format.ts';

/** Shares come from the server as exact decimal text cut to 6 places; the page moves the point in the text. */
describe('set-aside shares as percentages', () => {
  it('never rounds a share up across a line', () => {
    expect(percentOf('0.299999')).toBe('29.9999%');
    expect(percentOf('0.300000')).toBe('30.0000%');
    expect(percentOf('0.179999')).toBe('17.9999%');
    expect(percentOf('0.180000')).toBe('18.0000%');
  });

  it('writes zero, whole and above-whole shares', () => {
    expect(percentOf('0.000000')).toBe('0.0000%');
    expect(percentOf('0.000001')).toBe('0.0001%');
    expect(percentOf('1.000000')).toBe('100.0000%');
    expect(percentOf('12.345678')).toBe('1234.5678%');
  });

  it('gives the chart a number of percent', () => {
    expect(percentNumber('0.300000')).toBeCloseTo(30, 10);
  });
});
