import type { ClassifiedEnterprise, Indicator } from '../../../api/types.ts';
import type { SizeClass } from '../../../data/industry-groups.ts';

/** One way the size class would change: `indicator` reaching (or falling below) `bound` gives `to`. */
export interface Change {
  readonly direction: 'reach' | 'below';
  readonly indicator: Indicator;
  readonly value: number;
  readonly bound: number;
  readonly to: SizeClass;
}

const BELOW: Readonly<Record<'large' | 'medium' | 'small', SizeClass>> = { large: 'medium', medium: 'small', small: 'micro' };

/**
 * What would change the class, read from the server's explanation (300号 art. 4: a tier needs every
 * one of its bounds). Below large, each missed bound of the tier above must be reached — all of them
 * together (`together` is true when there are several). Large drops to medium when any one bound is missed.
 */
export function whatWouldChange(result: ClassifiedEnterprise): { readonly changes: readonly Change[]; readonly together: boolean } {
  const { deciding_tier: tier, checks } = result.explanation;
  if (result.size_class === 'large') {
    return {
      changes: checks.map((c) => ({ direction: 'below', indicator: c.indicator, value: c.value, bound: c.bound, to: BELOW.large })),
      together: false,
    };
  }
  const missed = checks.filter((c) => !c.met);
  return {
    changes: missed.map((c) => ({ direction: 'reach', indicator: c.indicator, value: c.value, bound: c.bound, to: tier })),
    together: missed.length > 1,
  };
}
