/** A rate for people, without binary noise: 0.06 → '6%', 0.0601 → '6.01%'. */
export function percent(rate: number | string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  return `${Number((Number(rate) * 100).toFixed(7))}%`;
}

/**
 * The rate (decimal text, as the API takes it) of a percentage as typed: '8' → '0.08', '6.5%' → '0.065',
 * moving the decimal point in the text (no float). Text that is not a plain number is returned as it is,
 * so the server answers it with its own error.
 */
export function rateFromPercentText(text: string): string {
  const m = /^\s*(\d+)(?:[.,](\d+))?\s*%?\s*$/.exec(text);
  if (!m) return text.trim();
  const int = m[1].padStart(3, '0');
  const digits = `${int.slice(0, -2)}.${int.slice(-2)}${m[2] ?? ''}`;
  const [whole, frac] = digits.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

/** The percentage text of a rate for the input: '0.08' → '8', '0.065' → '6.5' (exact, in the text). */
export function percentTextFromRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '';
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!m) return rate;
  const frac = (m[2] ?? '').padEnd(2, '0');
  const whole = `${m[1]}${frac.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
