import { JsonNumberText, type RecordId, recordIdText } from '@xiaowei/app';
import { type Column, cellValue, formatMoney, type Lang, type Variable } from '@xiaowei/engine';
import { formatFen, industryGroupName, sizeClassName } from '@xiaowei/policy/format';
import { type JsonValue, RawJsonNumber } from './json-text.ts';
import { message } from './messages.ts';
import type { Cell } from './output-table.ts';

/**
 * The value of member `i` of a variable's column as a {@link Cell}: money as exact yuan text from fen
 * (never through a float; in tables with separators and two decimals), enums by name (size classes and
 * industry groups in the language, in tables), booleans true/false (yes/no in the language, in tables),
 * dates as ISO text. Tables go through @xiaowei/policy/format, as the web app and the reports do.
 * @example variableCell(corporate_income_tax, new Float64Array([4375000]), 0, 'en').csv // '43750'
 */
export function variableCell(variable: Variable, column: Column, i: number, lang: Lang): Cell {
  // An input declared without a default and not given is absent (NaN): shown as nothing, never as 0.
  if ((variable.valueType === 'money' || variable.valueType === 'number') && Number.isNaN(column[i] as number)) return textCell(null);
  switch (variable.valueType) {
    case 'money': {
      const text = formatMoney(column[i] as number);
      return { json: new RawJsonNumber(text), csv: text, table: formatFen(column[i] as number, lang), numeric: true };
    }
    case 'number': {
      const n = column[i] as number;
      return { json: n, csv: String(n), table: String(n), numeric: true };
    }
    case 'boolean': {
      const b = column[i] === 1;
      return { json: b, csv: String(b), table: message(b ? 'yes' : 'no', lang) };
    }
    case 'enum': {
      const value = String(cellValue(variable, column, i));
      const named = ENUM_NAMES[variable.id];
      return { json: value, csv: value, table: named ? named(value, lang) : value };
    }
    default:
      return textCell(String(cellValue(variable, column, i)));
  }
}

/** Enums whose values people read by name in tables (the codes stay in JSON and CSV, for programs). */
const ENUM_NAMES: Readonly<Record<string, (value: string, lang: Lang) => string>> = {
  size_class: sizeClassName,
  industry_group: industryGroupName,
};

/** A text cell (null when absent). */
export function textCell(text: string | null): Cell {
  return { json: text, csv: text ?? '', table: text ?? '' };
}

/** A record id: a JSON number stays a number, text stays text. */
export function idCell(id: RecordId): Cell {
  const text = recordIdText(id);
  const json: JsonValue = id instanceof JsonNumberText ? new RawJsonNumber(id.text) : id;
  return { json, csv: text ?? '', table: text ?? '' };
}

/** An amount in fen as exact yuan. */
export function moneyJson(fen: number): RawJsonNumber {
  return new RawJsonNumber(formatMoney(fen));
}
