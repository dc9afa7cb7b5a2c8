/**
 * Quarterly small/micro lending reports of banks (银监发〔2011〕94号; Guofa [2012] No. 14 item 07): filed by
 * a bank for itself (or by an administrator for any bank), checked by the policy, one current report per
 * bank and quarter. A batch (an uploaded file) is validated whole and written in one transaction or not at
 * all; each filing writes its audit row (with the replaced report as `before`) in the same transaction.
 */

import { checkLendingReports } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { Insertable, Selectable } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import type { ImportProblem } from '../import/import-row.ts';
import { banksInScope } from '../lending/banks-in-scope.ts';
import type { LendingCheck, LendingReport, LendingReportInput, ReportSource } from '../lending/lending-report.ts';
import { validateLendingReports } from '../lending/validate-lending-reports.ts';
import type { LendingReportsTable } from '../schema.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { boolParamOrNull, nowIso, toBoolOrNull, toInt } from '../values.ts';

export interface SubmitReportsOptions extends WriteOptions {
  /** Which banks the caller may file for: a bank's own scope, or all (administrators). */
  readonly scope: Scope;
  readonly source: ReportSource;
  readonly lang?: Lang;
  /** Row number of the first record (2: a sheet with a header; 1: a JSON body). */
  readonly firstRow?: number;
  /** The bank of rows that do not name one. */
  readonly defaultBankId?: string;
  /** Today (default now), for "the quarter has ended". */
  readonly today?: string;
}

export type SubmitReportsResult =
  | { readonly status: 'filed'; readonly reports: LendingReport[]; readonly replaced: number }
  | { readonly status: 'rejected'; readonly problems: ImportProblem[] };

export interface ReportQuery {
  readonly scope: Scope;
  readonly bankId?: string;
  readonly regionPrefix?: string;
  readonly fromYear?: number;
  readonly toYear?: number;
}

type Row = Selectable<LendingReportsTable> & { bank_name: string; region_code: string };

function reportFromRow(r: Row): LendingReport {
  const check: LendingCheck = {
    allLoanGrowthRate: r.all_loan_growth_rate === null ? null : Number(r.all_loan_growth_rate),
    smallMicroLoanGrowthRate: r.small_micro_loan_growth_rate === null ? null : Number(r.small_micro_loan_growth_rate),
    smallLinesShare: r.small_lines_share === null ? null : Number(r.small_lines_share),
    meetsGrowthTarget: toBoolOrNull(r.meets_growth_target),
    meetsIncrementTarget: toBoolOrNull(r.meets_increment_target),
    meetsTwoTargets: toBoolOrNull(r.meets_two_targets),
    incrementStrictlyHigher: toBoolOrNull(r.increment_strictly_higher),
    problem: r.check_problem,
    policyVersion: r.policy_version,
    parameterHash: r.parameter_hash,
  };
  return {
    bankId: r.bank_id,
    bankName: r.bank_name,
    regionCode: r.region_code,
    year: r.year,
    quarter: r.quarter,
    allLoanBalanceFen: toInt(r.all_loan_balance_fen),
    allLoanIncrementFen: toInt(r.all_loan_increment_fen),
    smallMicroLoanBalanceFen: toInt(r.small_micro_loan_balance_fen),
    smallMicroLoanCount: toInt(r.small_micro_loan_count),
    smallMicroLoanIncrementFen: toInt(r.small_micro_loan_increment_fen),
    smallLinesBalanceFen: toInt(r.small_lines_balance_fen),
    allLoanBalanceLastYearFen: toInt(r.all_loan_balance_last_year_fen),
    smallMicroLoanBalanceLastYearFen: toInt(r.small_micro_loan_balance_last_year_fen),
    smallMicroLoanIncrementLastYearFen: toInt(r.small_micro_loan_increment_last_year_fen),
    check,
    source: r.source as ReportSource,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
  };
}

function rowOf(
  input: LendingReportInput,
  check: LendingCheck,
  source: ReportSource,
  actor: string,
  at: string,
): Insertable<LendingReportsTable> {
  return {
    bank_id: input.bankId,
    year: input.year,
    quarter: input.quarter,
    all_loan_balance_fen: input.allLoanBalanceFen,
    all_loan_increment_fen: input.allLoanIncrementFen,
    small_micro_loan_balance_fen: input.smallMicroLoanBalanceFen,
    small_micro_loan_count: input.smallMicroLoanCount,
    small_micro_loan_increment_fen: input.smallMicroLoanIncrementFen,
    small_lines_balance_fen: input.smallLinesBalanceFen,
    all_loan_balance_last_year_fen: input.allLoanBalanceLastYearFen,
    small_micro_loan_balance_last_year_fen: input.smallMicroLoanBalanceLastYearFen,
    small_micro_loan_increment_last_year_fen: input.smallMicroLoanIncrementLastYearFen,
    all_loan_growth_rate: check.allLoanGrowthRate,
    small_micro_loan_growth_rate: check.smallMicroLoanGrowthRate,
    small_lines_share: check.smallLinesShare,
    meets_growth_target: boolParamOrNull(check.meetsGrowthTarget),
    meets_increment_target: boolParamOrNull(check.meetsIncrementTarget),
    meets_two_targets: boolParamOrNull(check.meetsTwoTargets),
    increment_strictly_higher: boolParamOrNull(check.incrementStrictlyHigher),
    check_problem: check.problem,
    policy_version: check.policyVersion,
    parameter_hash: check.parameterHash,
    source,
    submitted_by: actor,
    submitted_at: at,
  };
}

export class LendingReportRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Validates, checks and files reports: all of them, or — when any row is bad, or names a bank outside
   * `scope` — none, with every problem by row and field. A report for a quarter already filed replaces it.
   * @example await store.lendingReports.submit([{ year: 2013, quarter: 2, all_loan_balance: '…', … }], { actor, scope: { bankId: 'B1' }, defaultBankId: 'B1', source: 'api', firstRow: 1 })
   */
  async submit(records: readonly Record<string, unknown>[], options: SubmitReportsOptions): Promise<SubmitReportsResult> {
    const lang = options.lang ?? 'zh-CN';
    const { rows, problems } = validateLendingReports(records, {
      lang,
      firstRow: options.firstRow ?? 2,
      ...(options.defaultBankId !== undefined ? { defaultBankId: options.defaultBankId } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
    });
    // Banks named by rows that decoded: they must exist within the caller's scope.
    const banks = await banksInScope(this.ctx, rows, options.scope, lang, problems);
    if (problems.length > 0) return { status: 'rejected', problems: problems.sort((a, b) => a.row - b.row) };

    const checks = checkLendingReports(rows);
    const at = nowIso();
    return inTransaction(this.ctx, async (tx) => {
      let replaced = 0;
      const filed: LendingReport[] = [];
      for (let i = 0; i < rows.length; i++) {
        const input = rows[i];
        const bank = banks.get(input.bankId) as { name: string; region: string };
        const beforeRow = await tx.db
          .selectFrom('lending_reports')
          .selectAll()
          .where('bank_id', '=', input.bankId)
          .where('year', '=', input.year)
          .where('quarter', '=', input.quarter)
          .executeTakeFirst();
        const before = beforeRow
          ? reportFromRow({ ...beforeRow, bank_name: bank.name, region_code: bank.region } as unknown as Row)
          : undefined;
        if (beforeRow) replaced++;
        const row = rowOf(input, checks[i], options.source, options.actor, at);
        // An upsert, so that two filings of one quarter at the same moment replace each other, not fail.
        await tx.db
          .insertInto('lending_reports')
          .values(row)
          .onConflict((oc) => oc.columns(['bank_id', 'year', 'quarter']).doUpdateSet(row))
          .execute();
        const after = reportFromRow({ ...row, bank_name: bank.name, region_code: bank.region } as unknown as Row);
        filed.push(after);
        await writeAudit(
          tx,
          options.actor,
          [
            {
              action: before ? 'lending_report.refile' : 'lending_report.file',
              entityType: 'lending_report',
              entityId: `${input.bankId}/${input.year}Q${input.quarter}`,
              regionCode: bank.region,
              before: before ?? null,
              after,
            },
          ],
          at,
        );
      }
      return { status: 'filed' as const, reports: filed, replaced };
    });
  }

  /** One bank's report of a quarter within `scope`, or NotFoundError. */
  async get(bankId: string, year: number, quarter: number, options: { scope: Scope }): Promise<LendingReport> {
    const row = await this.query(options.scope)
      .where('r.bank_id', '=', bankId)
      .where('r.year', '=', year)
      .where('r.quarter', '=', quarter)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('lending_report', `${bankId}/${year}Q${quarter}`);
    return reportFromRow(row as unknown as Row);
  }

  /** The reports within `scope` (filtered), by bank then period. */
  async list(query: ReportQuery): Promise<LendingReport[]> {
    let q = this.query(query.scope);
    if (query.bankId !== undefined) q = q.where('r.bank_id', '=', query.bankId);
    if (query.regionPrefix !== undefined) q = q.where(partyScopeCondition({ regionPrefix: query.regionPrefix }, 'bank', 'b', 'id'));
    if (query.fromYear !== undefined) q = q.where('r.year', '>=', query.fromYear);
    if (query.toYear !== undefined) q = q.where('r.year', '<=', query.toYear);
    const rows = await q.orderBy('b.region_code').orderBy('r.bank_id').orderBy('r.year').orderBy('r.quarter').execute();
    return rows.map((r) => reportFromRow(r as unknown as Row));
  }

  private query(scope: Scope) {
    return readerOf(this.ctx)
      .selectFrom('lending_reports as r')
      .innerJoin('banks as b', 'b.id', 'r.bank_id')
      .selectAll('r')
      .select(['b.name as bank_name', 'b.region_code as region_code'])
      .where(partyScopeCondition(scope, 'bank', 'b', 'id'));
  }
}
