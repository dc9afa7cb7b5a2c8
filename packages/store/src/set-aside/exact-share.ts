/**
 * A share of two fen amounts as an exact decimal for display: part / whole cut (not rounded) to
 * `places` decimals, computed in integers. Cutting keeps the display on the same side of a line as the
 * policy's exact decision: a unit one fen short of 30% shows 0.299999…, never 0.300000. The decision
 * itself is always the policy's (`budget_unit_meets_sme_set_aside`), never a comparison of this text.
 */

/** Decimals of a displayed share (a millionth: a fen in ten thousand yuan). */
export const SHARE_PLACES = 6;

/**
 * @example exactShare(29_999_999, 100_000_000) // '0.299999'
 * @example exactShare(0, 0) // '0.000000' (no budget: nothing to reserve, as the policy's share is 0)
 */
export function exactShare(partFen: number, wholeFen: number, places = SHARE_PLACES): string {
  if (wholeFen === 0) return `0.${'0'.repeat(places)}`;
  const scaled = (BigInt(partFen) * 10n ** BigInt(places)) / BigInt(wholeFen);
  const text = scaled.toString().padStart(places + 1, '0');
  return `${text.slice(0, -places)}.${text.slice(-places)}`;
}
