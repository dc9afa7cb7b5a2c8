import type { Instant } from '../periods/instant.ts';
import type { Parameter, ParameterMetadata } from './parameter.ts';

/** One bracket of a scale: applies from `threshold` upwards. */
export interface Bracket {
  readonly threshold: Parameter;
  /** Rate of a marginal-rate scale. */
  readonly rate?: Parameter;
  /** Amount of a single-amount scale. */
  readonly amount?: Parameter;
}

/**
 * A bracket scale whose thresholds and rates each change on dates.
 * - `marginal_rate`: each slice of the base between two thresholds at its own rate (a progressive tax).
 * - `single_amount`: the amount of the highest bracket whose threshold the base reaches (a lookup table).
 */
export class Scale {
  readonly kind = 'scale';
  constructor(
    readonly path: string,
    readonly type: 'marginal_rate' | 'single_amount',
    readonly metadata: ParameterMetadata,
    readonly brackets: readonly Bracket[],
  ) {}

  /** Thresholds and values in force on `instant`, brackets with no value that day left out. */
  at(instant: Instant): { thresholds: number[]; values: number[] } {
    const thresholds: number[] = [];
    const values: number[] = [];
    for (const b of this.brackets) {
      const t = b.threshold.entryAt(instant);
      const v = (this.type === 'marginal_rate' ? b.rate : b.amount)?.entryAt(instant);
      if (t?.value == null || v?.value == null) continue;
      thresholds.push(t.value as number);
      values.push(v.value as number);
    }
    return { thresholds, values };
  }
}
