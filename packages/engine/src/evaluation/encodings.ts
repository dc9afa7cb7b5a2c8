/**
 * The codes a text-coding function gave, remembered across calls and plans for the same function (declare it
 * once, at module level), so a case evaluated alone does not read its code again: used by `vector.encode`
 * and by fused plans coding a dictionary.
 */
const encodings = new WeakMap<(text: string) => number, Map<string, number>>();

/** The codes `lookup` gave so far, by text (bounded: started afresh past 100,000 texts). */
export function encodingsOf(lookup: (text: string) => number): Map<string, number> {
  let memo = encodings.get(lookup);
  if (memo === undefined || memo.size > 100_000) {
    memo = new Map<string, number>();
    encodings.set(lookup, memo);
  }
  return memo;
}
