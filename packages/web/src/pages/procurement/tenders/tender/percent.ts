/** A rate for people, without binary noise: 0.06 → '6%', 0.0601 → '6.01%'. */
export function percent(rate: number | string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  return `${Number((Number(rate) * 100).toFixed(7))}%`;
}
