/**
 * Validating lending reports (rows of an uploaded file, or one JSON body) before anything is written:
 * every value decoded by the engine with the policy's bank variables (amounts in yuan with at most two
 * decimals, balances not negative, the borrower count a whole number), then the report's own consistency
 * — small/micro balances not above all loans, the credit-line part not above the small/micro balance, the
 * borrower count and balance zero together, the quarter ended, each bank's periods in order and once. Every
 * problem is reported with its row and column in zh-CN, ko and en; a file with any problem is rejected whole.
 */
import { DEFAULT_LANG, decodeValue, formatMoney, INPUT_MESSAGES, interpolate, type Labels, type Lang } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { ImportProblem } from '../import/import-row.ts';
import { LENDING_MESSAGES as M } from './lending-messages.ts';
import { type LendingReportInput, REPORT_FIGURES } from './lending-report.ts';
import { columnResolver, reportColumns } from './report-columns.ts';

export interface ValidateReportOptions {
  readonly lang?: Lang;
  /** Row number of the first record (2 for a sheet with a header row; 1 for a JSON body). */
  readonly firstRow?: number;
  /** The bank of rows without a bank column (a bank's own staff). */
  readonly defaultBankId?: string;
  /** Today, for "the quarter has ended" (default: now). */
  readonly today?: string;
}

export interface ReportValidation {
  readonly rows: LendingReportInput[];
  readonly problems: ImportProblem[];
}

/** The first year a report may cover: the Opinions (国发〔2012〕14号) and their lending targets date from 2012. */
export const FIRST_REPORT_YEAR = 2012;

/** Most borrowers a report may give (the stored column is a 32-bit integer). */
const MAX_COUNT = 2_000_000_000;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The last day of a quarter, as YYYY-MM-DD. */
function quarterEnd(year: number, quarter: number): string {
  const month = quarter * 3;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Validates report records keyed by column names as written.
 * @example validateLendingReports([{ bank_id: 'B1', year: 2013, quarter: 2, all_loan_balance: '1000', … }], { firstRow: 1 })
 */
export function validateLendingReports(records: readonly Record<string, unknown>[], options: ValidateReportOptions = {}): ReportValidation {
  const lang = options.lang ?? DEFAULT_LANG;
  const firstRow = options.firstRow ?? 2;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const system = getSystem();
  const resolve = columnResolver(reportColumns());
  const problems: ImportProblem[] = [];
  const rows: LendingReportInput[] = [];
  const seen = new Map<string, number>();
  const last = new Map<string, { year: number; quarter: number; row: number }>();
  const add = (row: number, column: string, field: string, code: string, messages: Labels, value?: unknown) =>
    problems.push({ row, column, field, code, message: messages[lang], messages, ...(value !== undefined ? { value } : {}) });

  if (records.length === 0) add(firstRow, '', '', 'no_rows', M.no_rows);
  records.forEach((rec, i) => {
    const row = firstRow + i;
    const byField = new Map<string, { column: string; value: unknown }>();
    for (const [column, value] of Object.entries(rec)) {
      const field = resolve(column);
      if (field === undefined) {
        if (!isBlank(value)) add(row, column, column, 'unknown_column', interpolate(M.unknown_column, { column }));
        continue;
      }
      byField.set(field, { column, value });
    }
    const columnOf = (field: string) => byField.get(field)?.column ?? field;
    const before = problems.length;

    const bankCell = byField.get('bank_id');
    const bankId = isBlank(bankCell?.value) ? options.defaultBankId : String(bankCell?.value).trim();
    if (bankId === undefined || bankId === '') add(row, columnOf('bank_id'), 'bank_id', 'missing_value', INPUT_MESSAGES.missing_value);
    else if (bankId.length > 64) add(row, columnOf('bank_id'), 'bank_id', 'too_long', interpolate(M.too_long, { max: 64 }));

    const whole = (field: string, min: number, max: number, message: Labels): number | undefined => {
      const cell = byField.get(field);
      if (isBlank(cell?.value)) {
        add(row, columnOf(field), field, 'missing_value', INPUT_MESSAGES.missing_value);
        return undefined;
      }
      const n = typeof cell?.value === 'number' ? cell.value : /^\s*\d+\s*$/.test(String(cell?.value)) ? Number(cell?.value) : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        add(row, columnOf(field), field, `bad_${field}`, interpolate(message, { value: String(cell?.value) }), cell?.value);
        return undefined;
      }
      return n;
    };
    const year = whole('year', FIRST_REPORT_YEAR, 2100, M.bad_year);
    const quarter = whole('quarter', 1, 4, M.bad_quarter);

    const figures: Partial<Record<string, number>> = {};
    for (const f of REPORT_FIGURES) {
      const cell = byField.get(f.variable);
      if (isBlank(cell?.value)) {
        add(row, columnOf(f.variable), f.variable, 'missing_value', INPUT_MESSAGES.missing_value);
        continue;
      }
      // The engine's own decoding of the policy variable: yuan → fen exactly, its minimum, whole counts.
      const decoded = decodeValue(system.variable(f.variable), cell?.value);
      if (typeof decoded === 'object') add(row, columnOf(f.variable), f.variable, decoded.code, decoded.message, cell?.value);
      else if (f.key === 'smallMicroLoanCount' && (decoded as number) > MAX_COUNT)
        // The column is a 32-bit integer; no bank has two billion borrowers.
        add(
          row,
          columnOf(f.variable),
          f.variable,
          'above_max',
          interpolate(INPUT_MESSAGES.above_max, { value: decoded, max: MAX_COUNT }),
          cell?.value,
        );
      else figures[f.key] = decoded as number;
    }

    if (year !== undefined && quarter !== undefined) {
      if (quarterEnd(year, quarter) >= today)
        add(row, columnOf('quarter'), 'quarter', 'future_quarter', interpolate(M.future_quarter, { year, quarter }));
      if (bankId) {
        const key = `${bankId}\u0000${year}\u0000${quarter}`;
        const first = seen.get(key);
        if (first !== undefined)
          add(
            row,
            columnOf('quarter'),
            'quarter',
            'duplicate_period',
            interpolate(M.duplicate_period, { bank: bankId, year, quarter, first }),
          );
        else seen.set(key, row);
        const prev = last.get(bankId);
        if (prev && first === undefined && prev.year * 4 + prev.quarter > year * 4 + quarter) {
          add(
            row,
            columnOf('quarter'),
            'quarter',
            'out_of_order',
            interpolate(M.out_of_order, { year, quarter, prevYear: prev.year, prevQuarter: prev.quarter, prevRow: prev.row }),
          );
        }
        if (!prev || prev.year * 4 + prev.quarter < year * 4 + quarter) last.set(bankId, { year, quarter, row });
      }
    }

    // Consistency of the report (figures that decoded only): parts never exceed their whole.
    const y = (fen: number) => formatMoney(fen);
    const { allLoanBalanceFen: all, smallMicroLoanBalanceFen: small, smallLinesBalanceFen: lines, smallMicroLoanCount: count } = figures;
    const { allLoanBalanceLastYearFen: all0, smallMicroLoanBalanceLastYearFen: small0 } = figures;
    if (all !== undefined && small !== undefined && small > all)
      add(
        row,
        columnOf('small_micro_loan_balance'),
        'small_micro_loan_balance',
        'small_above_all',
        interpolate(M.small_above_all, { small: y(small), all: y(all) }),
      );
    if (all0 !== undefined && small0 !== undefined && small0 > all0)
      add(
        row,
        columnOf('small_micro_loan_balance_last_year'),
        'small_micro_loan_balance_last_year',
        'small_above_all_last_year',
        interpolate(M.small_above_all_last_year, { small: y(small0), all: y(all0) }),
      );
    if (small !== undefined && lines !== undefined && lines > small)
      add(
        row,
        columnOf('small_micro_loan_balance_small_lines'),
        'small_micro_loan_balance_small_lines',
        'lines_above_small',
        interpolate(M.lines_above_small, { lines: y(lines), small: y(small) }),
      );
    if (small !== undefined && count !== undefined) {
      if (count > 0 && small === 0)
        add(
          row,
          columnOf('small_micro_loan_count'),
          'small_micro_loan_count',
          'count_without_balance',
          interpolate(M.count_without_balance, { count }),
        );
      if (count === 0 && small > 0)
        add(
          row,
          columnOf('small_micro_loan_count'),
          'small_micro_loan_count',
          'balance_without_count',
          interpolate(M.balance_without_count, { small: y(small) }),
        );
    }

    if (problems.length === before && bankId && year !== undefined && quarter !== undefined) {
      rows.push({ bankId, year, quarter, ...(figures as Record<(typeof REPORT_FIGURES)[number]['key'], number>), row });
    }
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}
