/**
 * Shares as the server sends them (exact decimal text cut to 6 places, '0.299999') shown as a percentage
 * by moving the decimal point in the text, never through a float: a unit one fen short of 30% reads
 * 29.9999%, never 30.0000%.
 * @example percentOf('0.299999') // '29.9999%'
 */
export function percentOf(share: string): string {
  const [whole, frac = ''] = share.split('.');
  const digits = `${whole}${frac.padEnd(6, '0')}`.replace(/^0+(?=\d{5})/, '');
  return `${digits.slice(0, -4) || '0'}.${digits.slice(-4)}%`;
}

/** The share as a number of percent, for charts only (a float is fine for a bar's length). */
export function percentNumber(share: string): number {
  return Number(share) * 100;
}
