/**
 * Validating loan records (rows of an uploaded loan-level file) before anything is written: dates, amounts
 * and flags decoded by the engine with the policy's loan-contract variables, texts and size classes
 * checked, each (contract, year) once, and no fee year before the signing year. Every problem by row and
 * column in zh-CN, ko and en; a file with any problem is rejected whole.
 */
import { DEFAULT_LANG, decodeValue, fromDayNumber, INPUT_MESSAGES, interpolate, type Labels, type Lang } from '@xiaowei/engine';
import { getSystem } from '@xiaowei/policy';
import type { ImportProblem } from '../import/import-row.ts';
import { LENDING_MESSAGES as M } from './lending-messages.ts';
import { LOAN_COLUMNS, LOAN_FIELD_VARIABLES, type LoanRecordInput, SIZE_CLASS_WORDS } from './loan-record.ts';
import { columnResolver } from './report-columns.ts';

export interface ValidateLoanOptions {
  readonly lang?: Lang;
  readonly firstRow?: number;
  readonly defaultBankId?: string;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
/** Fees left blank were not charged: the policy's fee variables default to 0. */
const OPTIONAL = new Set(['syndicated', 'commitment_fee', 'fund_management_fee', 'advisory_fee', 'consulting_fee', 'year', 'bank_id']);

/** Validates loan records keyed by column names as written. */
export function validateLoanRecords(
  records: readonly Record<string, unknown>[],
  options: ValidateLoanOptions = {},
): { rows: LoanRecordInput[]; problems: ImportProblem[] } {
  const lang = options.lang ?? DEFAULT_LANG;
  const firstRow = options.firstRow ?? 2;
  const system = getSystem();
  const resolve = columnResolver(LOAN_COLUMNS);
  const problems: ImportProblem[] = [];
  const rows: LoanRecordInput[] = [];
  const seen = new Map<string, number>();
  const add = (row: number, column: string, field: string, code: string, messages: Labels, value?: unknown) =>
    problems.push({ row, column, field, code, message: messages[lang], messages, ...(value !== undefined ? { value } : {}) });
  if (records.length === 0) add(firstRow, '', '', 'no_rows', M.no_rows);

  records.forEach((rec, i) => {
    const row = firstRow + i;
    const cells = new Map<string, { column: string; value: unknown }>();
    for (const [column, value] of Object.entries(rec)) {
      const field = resolve(column);
      if (field === undefined) {
        if (!isBlank(value)) add(row, column, column, 'unknown_column', interpolate(M.unknown_column, { column }));
      } else cells.set(field, { column, value });
    }
    const before = problems.length;
    const columnOf = (field: string) => cells.get(field)?.column ?? field;
    const raw = (field: string) => cells.get(field)?.value;
    for (const c of LOAN_COLUMNS) {
      if (!OPTIONAL.has(c.field) && isBlank(raw(c.field)))
        add(row, columnOf(c.field), c.field, 'missing_value', INPUT_MESSAGES.missing_value);
    }
    const text = (field: string, max: number): string | undefined => {
      if (isBlank(raw(field))) return undefined;
      const s = String(raw(field)).trim();
      if (s.length > max) {
        add(row, columnOf(field), field, 'too_long', interpolate(M.too_long, { max }));
        return undefined;
      }
      return s;
    };
    const bankId = text('bank_id', 64) ?? options.defaultBankId;
    if (bankId === undefined) add(row, columnOf('bank_id'), 'bank_id', 'missing_value', INPUT_MESSAGES.missing_value);
    const contractId = text('contract_id', 64);
    const creditCode = text('borrower_credit_code', 64);
    const name = text('borrower_name', 200);
    let size: LoanRecordInput['borrowerSizeClass'] | undefined;
    if (!isBlank(raw('borrower_size_class'))) {
      const word = String(raw('borrower_size_class')).trim();
      size = SIZE_CLASS_WORDS[word] ?? SIZE_CLASS_WORDS[word.toLowerCase()];
      if (size === undefined)
        add(
          row,
          columnOf('borrower_size_class'),
          'borrower_size_class',
          'bad_size_class',
          interpolate(M.bad_size_class, { value: word }),
          word,
        );
    }
    const decoded: Record<string, number> = {};
    for (const [field, variable] of Object.entries(LOAN_FIELD_VARIABLES)) {
      if (isBlank(raw(field))) continue;
      const d = decodeValue(system.variable(variable), raw(field));
      if (typeof d === 'object') add(row, columnOf(field), field, d.code, d.message, raw(field));
      else decoded[field] = d as number;
    }
    const signed = decoded.signed !== undefined ? fromDayNumber(decoded.signed) : undefined;
    let year = signed !== undefined ? Number(signed.slice(0, 4)) : undefined;
    if (!isBlank(raw('year'))) {
      const y = Number(String(raw('year')).trim());
      if (!Number.isInteger(y) || y < 1949 || y > 2100) {
        add(row, columnOf('year'), 'year', 'bad_year', interpolate(M.bad_year, { value: String(raw('year')) }), raw('year'));
        year = undefined;
      } else {
        year = y;
        if (signed !== undefined && y < Number(signed.slice(0, 4)))
          add(row, columnOf('year'), 'year', 'fee_year_before_signing', interpolate(M.fee_year_before_signing, { year: y, signed }));
      }
    }
    if (bankId && contractId && year !== undefined) {
      const key = `${bankId}\u0000${contractId}\u0000${year}`;
      const first = seen.get(key);
      if (first !== undefined)
        add(
          row,
          columnOf('contract_id'),
          'contract_id',
          'duplicate_contract',
          interpolate(M.duplicate_contract, { contract: contractId, year, first }),
        );
      else seen.set(key, row);
    }
    if (problems.length > before || !bankId || !contractId || !creditCode || !name || !size || signed === undefined || year === undefined)
      return;
    rows.push({
      bankId,
      contractId,
      year,
      borrowerCreditCode: creditCode,
      borrowerName: name,
      borrowerSizeClass: size,
      signed,
      amountFen: decoded.amount ?? 0,
      syndicated: decoded.syndicated === 1,
      commitmentFeeFen: decoded.commitment_fee ?? 0,
      fundManagementFeeFen: decoded.fund_management_fee ?? 0,
      advisoryFeeFen: decoded.advisory_fee ?? 0,
      consultingFeeFen: decoded.consulting_fee ?? 0,
      row,
    });
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}
