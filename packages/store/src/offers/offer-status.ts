/**
 * The states of an offer. offered → (the enterprise confirms) waiting → (budget allows, first eligible first)
 * confirmed → (the officer publishes) published → (publicity over, no open objection: payable) in_batch →
 * paid | failed → (a new batch) in_batch | (an officer) cancelled. Any state before payment can end in
 * withdrawn: the data no longer support it, or an objection was upheld.
 */
export const OFFER_STATUSES = [
  'offered',
  'waiting',
  'confirmed',
  'published',
  'in_batch',
  'paid',
  'failed',
  'cancelled',
  'withdrawn',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** States that hold part of the programme's budget. */
export const RESERVING: readonly OfferStatus[] = ['confirmed', 'published', 'in_batch', 'paid', 'failed'];

/** States the data can still withdraw (nothing is on its way to the bank yet). */
export const WITHDRAWABLE: readonly OfferStatus[] = ['offered', 'waiting', 'confirmed', 'published'];
