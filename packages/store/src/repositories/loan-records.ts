/**
 * Loan records of banks, checked for fee conduct (银监发〔2011〕94号 art. 6; Guofa [2012] No. 14 item 11)
 * and the loan-contract stamp-duty exemption. An upload is validated whole and written in one transaction
 * or not at all; a record of a (contract, year) already stored replaces it. One audit row per upload, with
 * the keys written and the records it replaced (`before`).
 */

import { checkLoanRecords } from '@xiaowei/app';
import type { Lang } from '@xiaowei/engine';
import type { Insertable, Selectable } from 'kysely';
import { type WriteOptions, writeAudit } from '../audit.ts';
import { inTransaction, readerOf, type StoreContext } from '../context.ts';
import type { ImportProblem } from '../import/import-row.ts';
import { banksInScope } from '../lending/banks-in-scope.ts';
import type { LoanCheck, LoanRecord, LoanRecordInput } from '../lending/loan-record.ts';
import { validateLoanRecords } from '../lending/validate-loan-records.ts';
import type { LoanRecordsTable } from '../schema.ts';
import { partyScopeCondition, type Scope } from '../scope.ts';
import { boolParam, boolParamOrNull, nowIso, toBool, toBoolOrNull, toInt, toIntOrNull } from '../values.ts';

export interface UploadLoansOptions extends WriteOptions {
  readonly scope: Scope;
  readonly lang?: Lang;
  readonly firstRow?: number;
  readonly defaultBankId?: string;
  readonly fileName?: string;
}

export type UploadLoansResult =
  | {
      readonly status: 'completed';
      readonly records: number;
      readonly replaced: number;
      readonly violations: number;
      readonly reviewFlags: number;
    }
  | { readonly status: 'rejected'; readonly problems: ImportProblem[] };

export interface LoanQuery {
  readonly scope: Scope;
  readonly bankId?: string;
  readonly year?: number;
  /** Only violations or review flags. */
  readonly flaggedOnly?: boolean;
  readonly limit?: number;
}

type Row = Selectable<LoanRecordsTable> & { bank_name: string; region_code: string };

function recordFromRow(r: Row): LoanRecord {
  const check: LoanCheck = {
    feeViolation: toBoolOrNull(r.fee_violation),
    feeReviewFlag: toBoolOrNull(r.fee_review_flag),
    violationAmountFen: toIntOrNull(r.violation_amount_fen),
    stampDutyExempt: toBoolOrNull(r.stamp_duty_exempt),
    stampDutyFen: toIntOrNull(r.stamp_duty_fen),
    problem: r.check_problem,
    policyVersion: r.policy_version,
    parameterHash: r.parameter_hash,
  };
  return {
    bankId: r.bank_id,
    bankName: r.bank_name,
    regionCode: r.region_code,
    contractId: r.contract_id,
    year: r.year,
    borrowerCreditCode: r.borrower_credit_code,
    borrowerName: r.borrower_name,
    borrowerSizeClass: r.borrower_size_class as LoanRecord['borrowerSizeClass'],
    signed: r.signed,
    amountFen: toInt(r.amount_fen),
    syndicated: toBool(r.syndicated),
    commitmentFeeFen: toInt(r.commitment_fee_fen),
    fundManagementFeeFen: toInt(r.fund_management_fee_fen),
    advisoryFeeFen: toInt(r.advisory_fee_fen),
    consultingFeeFen: toInt(r.consulting_fee_fen),
    check,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

function rowOf(input: LoanRecordInput, check: LoanCheck, actor: string, at: string): Insertable<LoanRecordsTable> {
  return {
    bank_id: input.bankId,
    contract_id: input.contractId,
    year: input.year,
    borrower_credit_code: input.borrowerCreditCode,
    borrower_name: input.borrowerName,
    borrower_size_class: input.borrowerSizeClass,
    signed: input.signed,
    amount_fen: input.amountFen,
    syndicated: boolParam(input.syndicated),
    commitment_fee_fen: input.commitmentFeeFen,
    fund_management_fee_fen: input.fundManagementFeeFen,
    advisory_fee_fen: input.advisoryFeeFen,
    consulting_fee_fen: input.consultingFeeFen,
    fee_violation: boolParamOrNull(check.feeViolation),
    fee_review_flag: boolParamOrNull(check.feeReviewFlag),
    violation_amount_fen: check.violationAmountFen,
    stamp_duty_exempt: boolParamOrNull(check.stampDutyExempt),
    stamp_duty_fen: check.stampDutyFen,
    check_problem: check.problem,
    policy_version: check.policyVersion,
    parameter_hash: check.parameterHash,
    uploaded_by: actor,
    uploaded_at: at,
  };
}

export class LoanRecordRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Validates, checks and stores loan records: all, or — when any row is bad or names a bank outside
   * `scope` — none, with every problem by row and field.
   * @example await store.loanRecords.upload(rows, { actor, scope: { bankId: 'B1' }, defaultBankId: 'B1' })
   */
  async upload(records: readonly Record<string, unknown>[], options: UploadLoansOptions): Promise<UploadLoansResult> {
    const lang = options.lang ?? 'zh-CN';
    const { rows, problems } = validateLoanRecords(records, {
      lang,
      firstRow: options.firstRow ?? 2,
      ...(options.defaultBankId !== undefined ? { defaultBankId: options.defaultBankId } : {}),
    });
    // Banks named by rows that decoded: they must exist within the caller's scope.
    const banks = await banksInScope(this.ctx, rows, options.scope, lang, problems);
    if (problems.length > 0) return { status: 'rejected', problems: problems.sort((a, b) => a.row - b.row) };

    const checks = checkLoanRecords(rows);
    const at = nowIso();
    return inTransaction(this.ctx, async (tx) => {
      const replaced: LoanRecord[] = [];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const bank = banks.get(r.bankId) as { name: string; region: string };
        const old = await tx.db
          .selectFrom('loan_records')
          .selectAll()
          .where('bank_id', '=', r.bankId)
          .where('contract_id', '=', r.contractId)
          .where('year', '=', r.year)
          .executeTakeFirst();
        if (old) replaced.push(recordFromRow({ ...old, bank_name: bank.name, region_code: bank.region } as unknown as Row));
        const row = rowOf(r, checks[i], options.actor, at);
        // An upsert, so that two uploads of one contract-year at the same moment replace each other, not fail.
        await tx.db
          .insertInto('loan_records')
          .values(row)
          .onConflict((oc) => oc.columns(['bank_id', 'contract_id', 'year']).doUpdateSet(row))
          .execute();
      }
      const violations = checks.filter((c) => c.feeViolation === true).length;
      const reviewFlags = checks.filter((c) => c.feeReviewFlag === true).length;
      const regions = [...new Set([...banks.values()].map((b) => b.region))];
      await writeAudit(
        tx,
        options.actor,
        [
          {
            action: 'loan_records.upload',
            entityType: 'bank',
            entityId: banks.size === 1 ? [...banks.keys()][0] : null,
            regionCode: regions.length === 1 ? regions[0] : null,
            before: replaced.length > 0 ? replaced : null,
            after: {
              fileName: options.fileName ?? null,
              records: rows.map((r) => `${r.bankId}/${r.contractId}/${r.year}`),
              violations,
              reviewFlags,
            },
          },
        ],
        at,
      );
      return { status: 'completed' as const, records: rows.length, replaced: replaced.length, violations, reviewFlags };
    });
  }

  /** Loan records within `scope`, by bank, year and contract (at most `limit`, default 10,000). */
  async list(query: LoanQuery): Promise<LoanRecord[]> {
    let q = readerOf(this.ctx)
      .selectFrom('loan_records as l')
      .innerJoin('banks as b', 'b.id', 'l.bank_id')
      .selectAll('l')
      .select(['b.name as bank_name', 'b.region_code as region_code'])
      .where(partyScopeCondition(query.scope, 'bank', 'b', 'id'));
    if (query.bankId !== undefined) q = q.where('l.bank_id', '=', query.bankId);
    if (query.year !== undefined) q = q.where('l.year', '=', query.year);
    if (query.flaggedOnly)
      q = q.where((eb) => eb.or([eb('l.fee_violation', '=', boolParam(true)), eb('l.fee_review_flag', '=', boolParam(true))]));
    const rows = await q
      .orderBy('l.bank_id')
      .orderBy('l.year')
      .orderBy('l.contract_id')
      .limit(Math.min(query.limit ?? 10_000, 10_000))
      .execute();
    return rows.map((r) => recordFromRow(r as unknown as Row));
  }
}
