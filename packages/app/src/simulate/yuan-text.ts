/**
 * An exact sum of fen as yuan text (as `formatMoney` writes an amount: no trailing zero of fen), never through
 * a float: `yuanText(12345678901234567n)` is `'123456789012345.67'`, `yuanText(1230n)` `'12.3'`.
 */
export function yuanText(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const a = fen < 0n ? -fen : fen;
  const whole = a / 100n;
  const cents = Number(a % 100n);
  if (cents === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
