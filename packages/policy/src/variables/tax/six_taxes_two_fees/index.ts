/** The "六税两费" reduction for small-scale VAT taxpayers and small low-profit enterprises (2019–2027) — item 02.8. */
import { six_taxes_two_fees_due } from './six_taxes_two_fees_due.ts';
import { six_taxes_two_fees_reduction } from './six_taxes_two_fees_reduction.ts';
import { six_taxes_two_fees_reduction_eligible } from './six_taxes_two_fees_reduction_eligible.ts';
import { six_taxes_two_fees_reduction_rate } from './six_taxes_two_fees_reduction_rate.ts';

export const SIX_TAXES_TWO_FEES_VARIABLES = [
  six_taxes_two_fees_due,
  six_taxes_two_fees_reduction_eligible,
  six_taxes_two_fees_reduction_rate,
  six_taxes_two_fees_reduction,
];
