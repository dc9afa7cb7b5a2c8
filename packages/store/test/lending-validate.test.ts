import { checkLendingReports } from '@xiaowei/app';
import { describe, expect, it } from 'vitest';
import { validateLendingReports, validateLoanRecords } from '../src/index.ts';

/**
 * Validation of lending reports and loan records before anything is written (no database): every problem
 * by row and field in three languages; the bounds of each consistency rule on both sides; the quarter's
 * last day before, on and after. The policy's own checks are in packages/policy/tests/finance/.
 */
const REPORT = {
  bank_id: 'B1',
  year: 2013,
  quarter: 1,
  all_loan_balance: '10500',
  all_loan_increment: '300',
  small_micro_loan_balance: '2200',
  small_micro_loan_count: 3,
  small_micro_loan_increment: '60',
  small_micro_loan_balance_small_lines: '1000',
  all_loan_balance_last_year: '10000',
  small_micro_loan_balance_last_year: '2000',
  small_micro_loan_increment_last_year: '50',
};
const validate = (records: Record<string, unknown>[], today = '2026-01-01') => validateLendingReports(records, { lang: 'en', today });
const codes = (records: Record<string, unknown>[], today?: string) =>
  validate(records, today).problems.map((p) => `${p.row} ${p.field} ${p.code}`);

describe('lending report validation', () => {
  it('a consistent report passes, in fen exactly', () => {
    const { rows, problems } = validate([{ ...REPORT, all_loan_balance: '9876543210987.65' }]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      bankId: 'B1',
      year: 2013,
      quarter: 1,
      allLoanBalanceFen: 987654321098765,
      smallMicroLoanCount: 3,
      row: 2,
    });
  });

  it('small/micro loans equal to all loans pass; one fen more is rejected (now and a year earlier)', () => {
    expect(codes([{ ...REPORT, small_micro_loan_balance: '10500' }])).toEqual([]);
    expect(codes([{ ...REPORT, small_micro_loan_balance: '10500.01' }])).toEqual(['2 small_micro_loan_balance small_above_all']);
    expect(codes([{ ...REPORT, small_micro_loan_balance_last_year: '10000' }])).toEqual([]);
    expect(codes([{ ...REPORT, small_micro_loan_balance_last_year: '10000.01' }])).toEqual([
      '2 small_micro_loan_balance_last_year small_above_all_last_year',
    ]);
  });

  it('the credit-line part may equal the small/micro balance but not exceed it', () => {
    expect(codes([{ ...REPORT, small_micro_loan_balance_small_lines: '2200' }])).toEqual([]);
    expect(codes([{ ...REPORT, small_micro_loan_balance_small_lines: '2200.01' }])).toEqual([
      '2 small_micro_loan_balance_small_lines lines_above_small',
    ]);
  });

  it('borrowers and balance are zero together', () => {
    expect(
      codes([{ ...REPORT, small_micro_loan_count: 0, small_micro_loan_balance: '0', small_micro_loan_balance_small_lines: '0' }]),
    ).toEqual([]);
    expect(codes([{ ...REPORT, small_micro_loan_count: 0 }])).toEqual(['2 small_micro_loan_count balance_without_count']);
    expect(codes([{ ...REPORT, small_micro_loan_balance: '0', small_micro_loan_balance_small_lines: '0' }])).toEqual([
      '2 small_micro_loan_count count_without_balance',
    ]);
    expect(codes([{ ...REPORT, small_micro_loan_count: '2.5' }])).toEqual(['2 small_micro_loan_count not_an_integer']);
    // The stored column is 32-bit: two billion borrowers is the most a report may give.
    const big = { small_micro_loan_balance: '10000000000', all_loan_balance: '10000000000' };
    expect(codes([{ ...REPORT, ...big, small_micro_loan_count: 2_000_000_000 }])).toEqual([]);
    expect(codes([{ ...REPORT, ...big, small_micro_loan_count: 2_000_000_001 }])).toEqual(['2 small_micro_loan_count above_max']);
  });

  it('a quarter is reported once it has ended: its last day is too early, the day after is fine', () => {
    expect(codes([REPORT], '2013-03-30')).toEqual(['2 quarter future_quarter']);
    expect(codes([REPORT], '2013-03-31')).toEqual(['2 quarter future_quarter']);
    expect(codes([REPORT], '2013-04-01')).toEqual([]);
  });

  it('years from 2012, quarters 1–4, periods of a bank in order and once', () => {
    expect(codes([{ ...REPORT, year: 2011 }])).toEqual(['2 year bad_year']);
    expect(codes([{ ...REPORT, year: 2012 }])).toEqual([]);
    expect(
      codes([
        { ...REPORT, quarter: 0 },
        { ...REPORT, quarter: 5 },
      ]),
    ).toEqual(['2 quarter bad_quarter', '3 quarter bad_quarter']);
    expect(
      codes([
        { ...REPORT, quarter: 2 },
        { ...REPORT, quarter: 1 },
      ]),
    ).toEqual(['3 quarter out_of_order']);
    expect(codes([REPORT, REPORT])).toEqual(['3 quarter duplicate_period']);
    // Another bank's periods are its own.
    expect(
      codes([
        { ...REPORT, quarter: 2 },
        { ...REPORT, bank_id: 'B2', quarter: 1 },
      ]),
    ).toEqual([]);
  });

  it('negative increments are reports, negative balances are not; amounts need at most two decimals', () => {
    expect(codes([{ ...REPORT, small_micro_loan_increment: '-10', all_loan_increment: '-20' }])).toEqual([]);
    expect(codes([{ ...REPORT, all_loan_balance: '-1' }])).toEqual(['2 all_loan_balance below_min']);
    expect(codes([{ ...REPORT, all_loan_increment: '1.001' }])).toEqual(['2 all_loan_increment not_an_amount']);
    expect(codes([{ ...REPORT, all_loan_balance: '' }])).toEqual(['2 all_loan_balance missing_value']);
  });

  it('columns by label in any language; unknown columns named; messages in three languages', () => {
    const ko = { 은행코드: 'x', '은행 코드': 'B1', 연도: 2013, 분기: 1, ...REPORT };
    delete (ko as Record<string, unknown>).bank_id;
    const r = validate([ko]);
    expect(r.problems.map((p) => `${p.column} ${p.code}`)).toEqual(['은행코드 unknown_column']);
    const bad = validate([{ ...REPORT, small_micro_loan_balance: '10500.01' }]).problems[0];
    expect(bad.messages['zh-CN']).toBe('小型微型企业贷款余额 10500.01 元大于各项贷款余额 10500 元');
    expect(bad.messages.ko).toContain('소규모 기업 대출 잔액 10500.01위안');
    expect(bad.message).toBe(bad.messages.en);
  });

  it('the check is the policy’s: the 2012 wording strictly higher, 2013 not lower', () => {
    const { rows } = validate([
      { ...REPORT, year: 2012, quarter: 4, small_micro_loan_increment: '50' },
      { ...REPORT, year: 2013, quarter: 1, small_micro_loan_increment: '50' },
    ]);
    const [q4, q1] = checkLendingReports(rows);
    expect(q4).toMatchObject({ meetsIncrementTarget: false, incrementStrictlyHigher: true, problem: null });
    expect(q1).toMatchObject({ meetsIncrementTarget: true, incrementStrictlyHigher: false, meetsTwoTargets: true });
  });
});

describe('loan record validation', () => {
  const LOAN = {
    bank_id: 'B1',
    contract_id: 'C1',
    borrower_credit_code: '91370200MA00000001',
    borrower_name: '甲公司',
    borrower_size_class: '小型',
    signed: '2013-05-01',
    amount: '1000000',
  };
  const loanCodes = (records: Record<string, unknown>[]) =>
    validateLoanRecords(records, { lang: 'en' }).problems.map((p) => `${p.row} ${p.field} ${p.code}`);

  it('fees left blank are none; the fee year defaults to the signing year', () => {
    const { rows, problems } = validateLoanRecords([LOAN]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ year: 2013, commitmentFeeFen: 0, syndicated: false, borrowerSizeClass: 'small' });
  });

  it('every bad value by row and field; a fee year before signing; a contract-year twice', () => {
    expect(loanCodes([{ ...LOAN, borrower_size_class: '巨型', signed: '2013-02-30', commitment_fee: 'abc' }]).sort()).toEqual(
      ['2 borrower_size_class bad_size_class', '2 commitment_fee not_an_amount', '2 signed not_a_date'].sort(),
    );
    expect(loanCodes([{ ...LOAN, year: 2012 }])).toEqual(['2 year fee_year_before_signing']);
    expect(loanCodes([{ ...LOAN, year: 2013 }])).toEqual([]);
    expect(loanCodes([LOAN, LOAN])).toEqual(['3 contract_id duplicate_contract']);
    expect(loanCodes([{ ...LOAN, syndicated: 'maybe' }])).toEqual(['2 syndicated not_a_boolean']);
  });
});
