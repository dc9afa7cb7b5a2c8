import type { FormulaContext } from '../../../model-api.ts';

const THRESHOLD = 'tax.corporate_income_tax.small_low_profit.halving.threshold';

/** A run of consecutive months (month numbers: year × 12 + month − 1) with the same halving threshold. */
export interface HalvingSegment {
  first: number;
  last: number;
  threshold: number;
}

/**
 * The months of the formula's period grouped into runs with the same halving threshold (in force on
 * each month's first day): one run in most years, two in 2015 (200,000 to September, 300,000 from October).
 */
export function thresholdSegments(ctx: FormulaContext): HalvingSegment[] {
  const segments: HalvingSegment[] = [];
  for (const month of ctx.period.split('month')) {
    const number = Number(month.start.slice(0, 4)) * 12 + Number(month.start.slice(5, 7)) - 1;
    const threshold = ctx.param(THRESHOLD, month.start);
    const previous = segments[segments.length - 1];
    if (previous !== undefined && previous.threshold === threshold) previous.last = number;
    else segments.push({ first: number, last: number, threshold });
  }
  return segments;
}
