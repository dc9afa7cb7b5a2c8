/**
 * Per-group operations on whole columns, for quantities that need the other members of a group (the
 * bids of one tender): the lowest value and the rank. `groups` holds each member's group number (the
 * position of its tender, see `tender_index`); members with `include` 0 take no part.
 */

/** Positions 0 … n − 1 of the members (a group number for each member of the grouping entity). */
export function positions(n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** For each member, the lowest `values` among the included members of its group; `empty` if none. */
export function groupMin(groups: Float64Array, values: Float64Array, include: Uint8Array, empty: number): Float64Array {
  const lowest = new Map<number, number>();
  for (let i = 0; i < groups.length; i++) {
    if (!include[i]) continue;
    const g = groups[i];
    const current = lowest.get(g);
    if (current === undefined || values[i] < current) lowest.set(g, values[i]);
  }
  const out = new Float64Array(groups.length);
  for (let i = 0; i < groups.length; i++) out[i] = lowest.get(groups[i]) ?? empty;
  return out;
}

/** A sort key: its values, and whether larger values come first. */
export interface RankKey {
  readonly values: Float64Array;
  readonly descending?: boolean;
}

/**
 * Rank (1 = first) of each included member within its group, by `keys` in order; members equal on
 * every key keep their input order. Excluded members get 0.
 * @example rankWithinGroups(tender, compliant, [{ values: evaluatedPrice }, { values: technical, descending: true }])
 */
export function rankWithinGroups(groups: Float64Array, include: Uint8Array, keys: readonly RankKey[]): Float64Array {
  const order: number[] = [];
  for (let i = 0; i < groups.length; i++) if (include[i]) order.push(i);
  order.sort((a, b) => {
    if (groups[a] !== groups[b]) return groups[a] - groups[b];
    for (const key of keys) {
      const d = key.values[a] - key.values[b];
      if (d !== 0) return key.descending ? -d : d;
    }
    return a - b;
  });
  const out = new Float64Array(groups.length);
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    rank = k > 0 && groups[order[k - 1]] === groups[order[k]] ? rank + 1 : 1;
    out[order[k]] = rank;
  }
  return out;
}
