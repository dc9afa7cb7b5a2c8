import type { FormulaError } from '@xiaowei/engine';
import { messageOf } from '../messages/catalogue.ts';
import type { Problem } from '../problems/problem.ts';

/**
 * A formula's failure for the record at `row`, as a problem of that record. A figure the answer needs and
 * the record does not give, or an input the law cannot take, is reported on that field in the formula's
 * own words (every language); any other failure names the variable.
 */
export function formulaProblem(e: FormulaError, row: number): Problem {
  if (e.labels !== undefined)
    return { row, field: e.field ?? e.variable, code: `XW_COMPUTE_${e.code.toUpperCase()}`, message: e.labels, keys: [] };
  // The engine's message starts with "variable (period), member k: "; the row is given separately here.
  const detail = e.message.replace(/^.*?, member \d+: /, '');
  return {
    row,
    field: e.variable,
    code: 'XW_COMPUTE_FORMULA_FAILED',
    message: messageOf('XW_COMPUTE_FORMULA_FAILED', { variable: e.variable, detail }),
    keys: [],
  };
}
