/**
 * A loan contract's fees of one year as a bank reports them (loan-level file), and the policy's checks:
 * banned commitment / fund-management fees on non-syndicated small/micro loans and advisory / consulting
 * fees to review (银监发〔2011〕94号 art. 6; Guofa [2012] No. 14 item 11), and the contract's stamp-duty
 * exemption (财税〔2011〕105号, 财税〔2014〕78号). Money in fen.
 */
import type { Labels } from '@xiaowei/engine';
import type { SizeClass } from '@xiaowei/policy';

export type { LoanCheck, LoanRecordInput } from '@xiaowei/app';

import type { LoanCheck, LoanRecordInput } from '@xiaowei/app';

export interface LoanRecord extends Omit<LoanRecordInput, 'row'> {
  readonly bankName: string;
  readonly regionCode: string;
  readonly check: LoanCheck;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** Columns of a loan-record file: the field id and its headers in each language. */
export const LOAN_COLUMNS: readonly { readonly field: string; readonly labels: Labels }[] = [
  { field: 'bank_id', labels: { 'zh-CN': '银行代码', ko: '은행 코드', en: 'Bank code' } },
  { field: 'contract_id', labels: { 'zh-CN': '合同编号', ko: '계약 번호', en: 'Contract number' } },
  { field: 'year', labels: { 'zh-CN': '收费年度', ko: '수수료 연도', en: 'Fee year' } },
  { field: 'borrower_credit_code', labels: { 'zh-CN': '借款人统一社会信用代码', ko: '차주 통일사회신용코드', en: 'Borrower credit code' } },
  { field: 'borrower_name', labels: { 'zh-CN': '借款人名称', ko: '차주명', en: 'Borrower name' } },
  { field: 'borrower_size_class', labels: { 'zh-CN': '借款人规模', ko: '차주 규모', en: 'Borrower size class' } },
  { field: 'signed', labels: { 'zh-CN': '合同签订日期', ko: '계약 체결일', en: 'Date signed' } },
  { field: 'amount', labels: { 'zh-CN': '借款金额', ko: '대출금액', en: 'Loan amount' } },
  { field: 'syndicated', labels: { 'zh-CN': '银团贷款', ko: '신디케이트론', en: 'Syndicated loan' } },
  { field: 'commitment_fee', labels: { 'zh-CN': '承诺费', ko: '약정수수료', en: 'Commitment fee' } },
  { field: 'fund_management_fee', labels: { 'zh-CN': '资金管理费', ko: '자금관리비', en: 'Fund-management fee' } },
  { field: 'advisory_fee', labels: { 'zh-CN': '财务顾问费', ko: '재무고문비', en: 'Financial advisory fee' } },
  { field: 'consulting_fee', labels: { 'zh-CN': '咨询费', ko: '자문비', en: 'Consulting fee' } },
];

/** The policy variable each money / flag / date column is decoded by. */
export const LOAN_FIELD_VARIABLES: Readonly<Record<string, string>> = {
  signed: 'signed',
  amount: 'loan_contract_amount',
  syndicated: 'is_syndicated',
  commitment_fee: 'commitment_fee',
  fund_management_fee: 'fund_management_fee',
  advisory_fee: 'advisory_fee',
  consulting_fee: 'consulting_fee',
};

/** Size classes as written in files, in any language. */
export const SIZE_CLASS_WORDS: Readonly<Record<string, SizeClass>> = {
  large: 'large',
  medium: 'medium',
  small: 'small',
  micro: 'micro',
  大型: 'large',
  中型: 'medium',
  小型: 'small',
  微型: 'micro',
  대형: 'large',
  중형: 'medium',
  소형: 'small',
  영세: 'micro',
  초소형: 'micro',
};
