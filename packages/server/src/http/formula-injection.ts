/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a spreadsheet program reads a cell whose text
 * starts with `=`, `+`, `-` or `@` — or with a tab or a carriage return before one — as a formula, and a
 * formula can run commands (`=cmd|' /C calc'!A0`, DDE) or send the sheet's data away (`=HYPERLINK(…)`).
 * Every text cell the service writes into a CSV or Excel file therefore starts with a `'` when it would
 * start like that, as OWASP recommends; what a user typed stays readable. Numbers are not text: an amount
 * or a count is written as a number (a negative amount stays a number), never through this.
 */
import type ExcelJS from 'exceljs';

/** = + - @ first, or after leading blanks; a tab, carriage return or line feed first. */
const FORMULA_START = /^(?:[\t\r\n]|[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** Whether a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The text of a cell as written into a spreadsheet file: prefixed with `'` when it could start a formula.
 * @example defuse("-1+cmd|' /C calc'!A0") // "'-1+cmd|' /C calc'!A0"
 */
export function defuse(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * A CSV field of text: defused, then quoted when it holds a quote, a comma, a semicolon (the separator
 * of spreadsheets in many locales) or a line break.
 */
export function csvText(text: string): string {
  const safe = defuse(text);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every text cell of `workbook` (plain and rich text) {@link defuse}d; numbers, dates, booleans and formulas the service wrote stay. */
export function defuseWorkbook(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cell.value = defuseValue(cell.value);
      });
    });
  });
}

/** One cell value {@link defuse}d when it is text. */
export function defuseValue<T extends ExcelJS.CellValue>(value: T): T {
  if (typeof value === 'string') return defuse(value) as T;
  if (value !== null && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText) && value.richText.length > 0) {
    const joined = value.richText.map((r) => r.text).join('');
    if (!looksLikeFormula(joined)) return value;
    const [first, ...rest] = value.richText;
    return { ...value, richText: [{ ...first, text: `'${first.text}` }, ...rest] } as T;
  }
  return value;
}
