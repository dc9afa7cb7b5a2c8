import { type Column, fromDayNumber, type Variable } from '@xiaowei/engine';
import { Yuan } from '../http/json.ts';

/** A value as JSON carries it: money as exact yuan ({@link Yuan}), enums by name, dates as ISO text, booleans. */
export type JsonScalar = number | string | boolean | Yuan;

/**
 * Member `i` of a variable's column as a JSON value.
 * @example jsonValue(corporate_income_tax, new Float64Array([4375000]), 0) // Yuan(43750)
 */
export function jsonValue(variable: Variable, column: Column, i: number): JsonScalar {
  const v = column[i];
  switch (variable.valueType) {
    case 'money':
      return new Yuan(v as number);
    case 'boolean':
      return v === 1;
    case 'enum':
      return variable.possibleValues?.[v as number] ?? String(v);
    case 'date':
      return fromDayNumber(v as number);
    default:
      return v as number | string;
  }
}
