import type { Lang } from '@xiaowei/engine';
import { LOAN_COLUMNS, type LoanRecord, type Store } from '@xiaowei/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataScope } from '../../context/scope.ts';
import { AppError } from '../../errors/app-error.ts';
import { actor } from '../enterprises/registry-context.ts';
import type { LoanListQuery } from './lending.schema.ts';
import { filerScope } from './lending-access.ts';
import { loanJson } from './loan-json.ts';
import { apiProblems } from './problems.ts';
import { readLendingUpload } from './read-lending-upload.ts';
import { type CellKind, sendWorkbook } from './workbook.ts';

/** POST /api/v1/lending/loans/upload: validated whole, checked by the policy, stored in one transaction. */
export async function uploadLoans(store: Store, request: FastifyRequest): Promise<Record<string, unknown>> {
  const { scope, defaultBankId } = filerScope(request);
  const { fileName, records } = await readLendingUpload(request);
  const result = await store.loanRecords.upload(records, {
    actor: actor(request),
    scope,
    lang: request.lang,
    fileName,
    ...(defaultBankId !== undefined ? { defaultBankId } : {}),
  });
  if (result.status === 'rejected')
    throw new AppError('XW_ERR_LOAN_RECORDS_REJECTED', { count: result.problems.length }, apiProblems(result.problems, 'file'));
  return { records: result.records, replaced: result.replaced, violations: result.violations, review_flags: result.reviewFlags };
}

function loansOf(store: Store, scope: DataScope, q: LoanListQuery): Promise<LoanRecord[]> {
  return store.loanRecords.list({
    scope,
    ...(q.bank !== undefined ? { bankId: q.bank } : {}),
    ...(q.year !== undefined ? { year: q.year } : {}),
    ...(q.flagged === true ? { flaggedOnly: true } : {}),
  });
}

/** GET /api/v1/lending/loans */
export async function listLoans(store: Store, scope: DataScope, q: LoanListQuery): Promise<Record<string, unknown>> {
  return { items: (await loansOf(store, scope, q)).map(loanJson) };
}

const RESULT_HEADERS = {
  fee_violation: { 'zh-CN': '违规收费（计算）', ko: '위법 수수료(계산)', en: 'Banned fee (computed)' },
  violation_amount: { 'zh-CN': '违规金额（计算）', ko: '위법 금액(계산)', en: 'Banned fees, amount (computed)' },
  fee_review_flag: { 'zh-CN': '待审查（计算）', ko: '검토 필요(계산)', en: 'To review (computed)' },
  stamp_duty_exempt: { 'zh-CN': '免征印花税（计算）', ko: '인지세 면제(계산)', en: 'Stamp duty exempt (computed)' },
  stamp_duty: { 'zh-CN': '印花税每方（计算）', ko: '인지세 당사자별(계산)', en: 'Stamp duty each party (computed)' },
  problem: { 'zh-CN': '未能核查的原因', ko: '확인 불가 사유', en: 'Why not checked' },
} as const;

/** Why a contract is unchecked, in the reader's language (the engine's reason is English developer text). */
const NOT_CHECKED = {
  'zh-CN': '已编码的规则无法核查该合同（例如其年度不在规则的适用期间内）',
  ko: '부호화된 규정으로 이 계약을 점검할 수 없습니다(예: 해당 연도가 규정의 적용 기간 밖)',
  en: '',
} as const;

/** GET /api/v1/lending/loans/export: the records with their checks as .xlsx (input columns read back by the upload). */
export async function exportLoans(
  store: Store,
  scope: DataScope,
  q: LoanListQuery,
  lang: Lang,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const loans = await loansOf(store, scope, q);
  // Amounts are numbers with a money format (integer fen given to the sheet), so a spreadsheet can sum them.
  const kinds: Record<string, CellKind> = {
    year: 'number',
    amount: 'money',
    commitment_fee: 'money',
    fund_management_fee: 'money',
    advisory_fee: 'money',
    consulting_fee: 'money',
  };
  const columns = [
    ...LOAN_COLUMNS.map((c) => ({ header: c.labels[lang], kind: kinds[c.field] ?? ('text' as CellKind) })),
    { header: RESULT_HEADERS.fee_violation[lang], kind: 'boolean' as const },
    { header: RESULT_HEADERS.violation_amount[lang], kind: 'money' as const },
    { header: RESULT_HEADERS.fee_review_flag[lang], kind: 'boolean' as const },
    { header: RESULT_HEADERS.stamp_duty_exempt[lang], kind: 'boolean' as const },
    { header: RESULT_HEADERS.stamp_duty[lang], kind: 'money' as const },
    { header: RESULT_HEADERS.problem[lang], kind: 'text' as const },
  ];
  const rows = loans.map((l) => [
    l.bankId,
    l.contractId,
    l.year,
    l.borrowerCreditCode,
    l.borrowerName,
    l.borrowerSizeClass,
    l.signed,
    l.amountFen,
    String(l.syndicated),
    l.commitmentFeeFen,
    l.fundManagementFeeFen,
    l.advisoryFeeFen,
    l.consultingFeeFen,
    l.check.feeViolation,
    l.check.violationAmountFen,
    l.check.feeReviewFlag,
    l.check.stampDutyExempt,
    l.check.stampDutyFen,
    l.check.problem === null ? null : lang === 'en' ? l.check.problem : NOT_CHECKED[lang],
  ]);
  return sendWorkbook(
    reply,
    'loan-records.xlsx',
    { 'zh-CN': '贷款收费核查', ko: '대출 수수료 점검', en: 'Loan fees' }[lang],
    columns,
    rows,
  );
}
