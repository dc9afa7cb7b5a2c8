/** Edit distance between two ids (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The ids nearest to a mistyped one (containing it counts as nearest), at most `count`.
 * @example closest('size_clas', ['size_class', 'industry']) // ['size_class', 'industry']
 */
export function closest(name: string, ids: readonly string[], count = 5): string[] {
  // Long inputs are cut: the distance is quadratic and a suggestion needs only the start.
  const n = name.slice(0, 64);
  const score = (id: string) => (id.includes(n) ? 0 : distance(n, id));
  return [...ids].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, count);
}
