/**
 * Excel number formats of the exports: numbers are written as numbers (so a spreadsheet can sum them)
 * and shown through these formats, never as text.
 */
export const EXCEL_FORMAT = {
  /** Yuan with separators and two decimals (the value is the exact yuan amount of integer fen ÷ 100). */
  money: '#,##0.00',
  /** A share shown as a percentage with two decimals. */
  percent: '0.00%',
  /** A count. */
  count: '#,##0',
  /** A score. */
  score: '0.00',
} as const;
