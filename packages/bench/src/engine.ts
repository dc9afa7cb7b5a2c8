/** The engine side of the bench: the compiled plan of the three outputs, and reading its results. */
import { type Column, Plan } from '@xiaowei/engine';
import { getSystem, SIZE_CLASSES } from '@xiaowei/policy';
import type { Outputs } from './hand.ts';
import { EDGE_CASES, yuanToFen } from './population.ts';

export const OUTPUTS = ['size_class', 'is_small_low_profit', 'corporate_income_tax'] as const;
export const DEFAULT_PERIOD = 2013;

/** The plan evaluating {@link OUTPUTS} for enterprises in `period`. */
export function compileBenchPlan(period: string | number = DEFAULT_PERIOD): Plan {
  return Plan.compile(getSystem(), { entity: 'enterprise', period, outputs: [...OUTPUTS] });
}

/** The plan's result columns as typed outputs. */
export function asOutputs(result: Readonly<Record<string, Column>>): Outputs {
  return {
    size_class: result.size_class as Uint8Array,
    is_small_low_profit: result.is_small_low_profit as Uint8Array,
    corporate_income_tax: result.corporate_income_tax as Float64Array,
  };
}

/** Checks the edge cases at the start of a population against their stated outputs; throws on the first wrong one. */
export function checkEdgeCases(out: Outputs, n: number, who: string): void {
  for (let i = 0; i < EDGE_CASES.length && i < n; i++) {
    const c = EDGE_CASES[i];
    const got = {
      size_class: SIZE_CLASSES[out.size_class[i]],
      is_small_low_profit: out.is_small_low_profit[i] === 1,
      corporate_income_tax: out.corporate_income_tax[i],
    };
    const want = { ...c.expect, corporate_income_tax: yuanToFen(c.expect.corporate_income_tax) };
    if (
      got.size_class !== want.size_class ||
      got.is_small_low_profit !== want.is_small_low_profit ||
      got.corporate_income_tax !== want.corporate_income_tax
    ) {
      throw new Error(
        `${who}: edge case ${i} (${JSON.stringify(c)}) gave ${JSON.stringify(got)} (tax in fen), expected ${JSON.stringify(want)}`,
      );
    }
  }
}
