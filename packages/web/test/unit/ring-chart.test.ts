import { describe, expect, it } from 'vitest';
import { ringSegment } from '../../src/components/ring-chart.tsx';

describe('ringSegment', () => {
  it('a quarter from 12 to 3 o’clock: outer arc clockwise, inner arc back', () => {
    expect(ringSegment(0, Math.PI / 2, 96, 59, 100)).toBe(
      'M 100.000 4.000 A 96 96 0 0 1 196.000 100.000 L 159.000 100.000 A 59 59 0 0 0 100.000 41.000 Z',
    );
  });

  it('more than half a turn takes the large arc', () => {
    expect(ringSegment(0, 1.5 * Math.PI, 96, 59, 100)).toContain('A 96 96 0 1 1 4.000 100.000');
    expect(ringSegment(0, Math.PI, 96, 59, 100)).toContain('A 96 96 0 0 1 100.000 196.000');
  });
});
