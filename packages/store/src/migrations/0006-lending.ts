/**
 * Items 07 and 11 of Guofa [2012] No. 14 on the bank side: the quarterly small/micro lending reports of
 * banks (银监发〔2011〕94号: growth of small/micro loans not below that of all loans, increment against the
 * same period of the previous year) and loan-level records checked for fee conduct (94号 art. 6) and the
 * loan-contract stamp-duty exemption (财税〔2011〕105号, 财税〔2014〕78号).
 *
 * Each row keeps what the bank reported and what the policy computed from it, with the policy version and
 * parameter hash of that computation, so a stored check can always be told apart from a recomputed one.
 */
import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../config.ts';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const money = dialect === 'postgres' ? 'bigint' : 'integer';

  // One current report per bank and quarter (a quarter is reported at its last month): refiling replaces
  // it, and the audit log keeps the replaced figures.
  await db.schema
    .createTable('lending_reports')
    .addColumn('bank_id', 'text', (c) => c.notNull().references('banks.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'integer', (c) => c.notNull().check(sql`quarter between 1 and 4`))
    .addColumn('all_loan_balance_fen', money, (c) => c.notNull().check(sql`all_loan_balance_fen >= 0`))
    .addColumn('all_loan_increment_fen', money, (c) => c.notNull())
    .addColumn('small_micro_loan_balance_fen', money, (c) => c.notNull().check(sql`small_micro_loan_balance_fen >= 0`))
    .addColumn('small_micro_loan_count', 'integer', (c) => c.notNull().check(sql`small_micro_loan_count >= 0`))
    .addColumn('small_micro_loan_increment_fen', money, (c) => c.notNull())
    .addColumn('small_lines_balance_fen', money, (c) => c.notNull().check(sql`small_lines_balance_fen >= 0`))
    .addColumn('all_loan_balance_last_year_fen', money, (c) => c.notNull().check(sql`all_loan_balance_last_year_fen >= 0`))
    .addColumn('small_micro_loan_balance_last_year_fen', money, (c) => c.notNull().check(sql`small_micro_loan_balance_last_year_fen >= 0`))
    .addColumn('small_micro_loan_increment_last_year_fen', money, (c) => c.notNull())
    // The check as computed by the policy; null with `check_problem` when the rules do not cover the quarter.
    .addColumn('all_loan_growth_rate', 'double precision')
    .addColumn('small_micro_loan_growth_rate', 'double precision')
    .addColumn('small_lines_share', 'double precision')
    .addColumn('meets_growth_target', 'boolean')
    .addColumn('meets_increment_target', 'boolean')
    .addColumn('meets_two_targets', 'boolean')
    .addColumn('increment_strictly_higher', 'boolean')
    .addColumn('check_problem', 'text')
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('parameter_hash', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('api', 'excel', 'web', 'seed')`))
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lending_reports_pk', ['bank_id', 'year', 'quarter'])
    .execute();
  await db.schema.createIndex('lending_reports_period').on('lending_reports').columns(['year', 'quarter', 'bank_id']).execute();

  // A loan contract's fees of one year (the fee rules are yearly), with the borrower as the bank reports it.
  await db.schema
    .createTable('loan_records')
    .addColumn('bank_id', 'text', (c) => c.notNull().references('banks.id').onDelete('cascade'))
    .addColumn('contract_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('borrower_credit_code', 'text', (c) => c.notNull())
    .addColumn('borrower_name', 'text', (c) => c.notNull())
    .addColumn('borrower_size_class', 'text', (c) => c.notNull().check(sql`borrower_size_class in ('large', 'medium', 'small', 'micro')`))
    .addColumn('signed', 'text', (c) => c.notNull())
    .addColumn('amount_fen', money, (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addColumn('syndicated', 'boolean', (c) => c.notNull())
    .addColumn('commitment_fee_fen', money, (c) => c.notNull().check(sql`commitment_fee_fen >= 0`))
    .addColumn('fund_management_fee_fen', money, (c) => c.notNull().check(sql`fund_management_fee_fen >= 0`))
    .addColumn('advisory_fee_fen', money, (c) => c.notNull().check(sql`advisory_fee_fen >= 0`))
    .addColumn('consulting_fee_fen', money, (c) => c.notNull().check(sql`consulting_fee_fen >= 0`))
    .addColumn('fee_violation', 'boolean')
    .addColumn('fee_review_flag', 'boolean')
    .addColumn('violation_amount_fen', money)
    .addColumn('stamp_duty_exempt', 'boolean')
    .addColumn('stamp_duty_fen', money)
    .addColumn('check_problem', 'text')
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('parameter_hash', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('loan_records_pk', ['bank_id', 'contract_id', 'year'])
    .execute();
  await db.schema.createIndex('loan_records_year').on('loan_records').columns(['year', 'bank_id', 'contract_id']).execute();
}
