import { describe, expect, it } from 'vitest';
import type { ClassifiedEnterprise } from '../../src/api/types.ts';
import { distinguishers } from '../../src/pages/public/entitlements/components/entitlement-list.tsx';
import { packageComponents } from '../../src/pages/public/entitlements/components/package-chart.tsx';
import { whatWouldChange } from '../../src/pages/public/self-check/what-would-change.ts';

const classified = (
  partial: Partial<ClassifiedEnterprise> & Pick<ClassifiedEnterprise, 'size_class' | 'explanation'>,
): ClassifiedEnterprise => ({
  id: null,
  industry: 'industry',
  industry_group: 'industry',
  is_small_or_micro: partial.size_class === 'small' || partial.size_class === 'micro',
  ...partial,
});

describe('what would change the size class', () => {
  it('below large: reaching every missed bound of the tier above, together', () => {
    const r = whatWouldChange(
      classified({
        size_class: 'small',
        explanation: {
          text: '',
          deciding_tier: 'medium',
          checks: [
            { indicator: 'employees', value: 250, bound: 300, met: false },
            { indicator: 'revenue', value: 19_999_999, bound: 20_000_000, met: false },
          ],
        },
      }),
    );
    expect(r.together).toBe(true);
    expect(r.changes.map((c) => [c.direction, c.indicator, c.bound, c.to])).toEqual([
      ['reach', 'employees', 300, 'medium'],
      ['reach', 'revenue', 20_000_000, 'medium'],
    ]);
  });

  it('large: any one bound missed makes it medium', () => {
    const r = whatWouldChange(
      classified({
        size_class: 'large',
        explanation: { text: '', deciding_tier: 'large', checks: [{ indicator: 'employees', value: 1000, bound: 1000, met: true }] },
      }),
    );
    expect(r).toEqual({
      together: false,
      changes: [{ direction: 'below', indicator: 'employees', value: 1000, bound: 1000, to: 'medium' }],
    });
  });
});

describe('the report', () => {
  const e = (measure: string, value: number, eligible = true, counted = true, conditions: string[] = []) => ({
    measure,
    title: measure,
    eligible,
    value,
    counted,
    conditions: conditions.map((variable) => ({ variable, label: variable, met: true })),
  });

  it('charts only the counted entitlements worth something, largest first', () => {
    const parts = packageComponents([e('a', 100), e('b', 0), e('c', 300), e('d', 500, true, false), e('f', 50, false)], (x) => x.measure);
    expect(parts.map((p) => [p.name, p.value])).toEqual([
      ['c', 300],
      ['a', 100],
    ]);
  });

  it('tells apart two entitlements of one measure by the condition only one of them has', () => {
    const d = distinguishers([
      e('02.1', 0, true, true, ['common', 'vat']),
      e('02.1', 0, true, true, ['common', 'business_tax']),
      e('02.2', 1),
    ]);
    expect([...d]).toEqual([
      [0, 'vat'],
      [1, 'business_tax'],
    ]);
  });
});
