import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { EXEMPTION_STATES, exemptionStateAtSigning } from './stamp-duty-at-signing.ts';
import { EXEMPTION_LINEAGE, STAMP_DUTY_LAW, STAMP_DUTY_REGULATIONS } from './stamp-duty-references.ts';

const { and, not, selectU8 } = vector;

/** Why a loan contract is or is not exempt, in the order of the enum; the first is the exemption. */
export const EXEMPTION_REASONS = [
  'exempt',
  'not_yet_in_force',
  'not_a_taxable_loan_contract',
  'no_borrower',
  'borrower_not_small_micro',
] as const;

/**
 * Why the contract is (not) exempt, judged on its signing date (ADR 0004): the exemption of 财税〔2011〕105号
 * and its successors (财税〔2014〕78号, 财税〔2017〕77号, 公告2021年第6号, 公告2023年第13号) covers contracts a
 * financial institution signs with a small or micro enterprise (300号). Before 2011-11-01 the answer is "not
 * yet in force on that day", not an error; after 2027-12-31 it is not encoded (an error). A lender that is
 * not a financial institution makes no taxable 借款合同 (nothing to exempt). The borrower's class is the one
 * of the year asked: ask the year the contract was signed.
 */
export const loan_contract_stamp_duty_exemption_reason = defineVariable({
  id: 'loan_contract_stamp_duty_exemption_reason',
  entity: 'loan_contract',
  valueType: 'enum',
  possibleValues: EXEMPTION_REASONS,
  definitionPeriod: 'year',
  label: {
    'zh-CN': '借款合同是否免征印花税的理由',
    ko: '대출계약 인지세 면제 여부의 사유',
    en: 'Why the loan contract is or is not exempt from stamp duty',
  },
  valueLabels: {
    exempt: {
      'zh-CN': '{date}签订：金融机构与小型微型企业签订的借款合同，免征印花税',
      ko: '{date} 체결: 금융기관과 소형·영세기업 간 대출계약으로 인지세 면제',
      en: 'signed {date}: a loan contract between a financial institution and a small or micro enterprise, exempt',
    },
    not_yet_in_force: {
      'zh-CN': '{date}签订：免征政策在该日尚未施行（自2011年11月1日起）',
      ko: '{date} 체결: 해당 일자에는 면제 정책이 아직 시행되지 않음(2011년 11월 1일부터)',
      en: 'signed {date}: the exemption was not yet in force on that day (from 2011-11-01)',
    },
    not_a_taxable_loan_contract: {
      'zh-CN': '{date}签订：贷款人不是金融机构，不属于应税借款合同，无需免征',
      ko: '{date} 체결: 대출기관이 금융기관이 아니어서 과세 대출계약이 아님(면제할 세액 없음)',
      en: 'signed {date}: the lender is not a financial institution, so it is no taxable loan contract (nothing to exempt)',
    },
    no_borrower: {
      'zh-CN': '{date}签订：合同未关联借款企业，无法认定小型微型企业',
      ko: '{date} 체결: 계약에 차입 기업이 연결되지 않아 소형·영세기업 여부를 판단할 수 없음',
      en: 'signed {date}: no borrower is linked, so no small or micro enterprise can be recognised',
    },
    borrower_not_small_micro: {
      'zh-CN': '{date}签订：借款企业不是小型或微型企业（工信部联企业〔2011〕300号）',
      ko: '{date} 체결: 차입 기업이 소형 또는 영세기업이 아님(공신부련기업〔2011〕300호)',
      en: 'signed {date}: the borrower is not a small or micro enterprise (工信部联企业〔2011〕300号)',
    },
  },
  dateVariable: 'signed',
  reference: [...EXEMPTION_LINEAGE, { ...SIZE_STANDARD, article: '第四条' }, STAMP_DUTY_REGULATIONS, STAMP_DUTY_LAW],
  measures: ['gf2012-14/02.4'],
  formulas: [
    {
      // The size standard starts on 2011-06-18 and answers for the year 2011 (ADR 0004); 105号 on 2011-11-01.
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => {
        const state = exemptionStateAtSigning(ctx, ctx.date('signed'));
        const borrower = ctx.link('borrower');
        return selectU8(
          [
            vector.enumIs(state, EXEMPTION_STATES.indexOf('not_yet_in_force')),
            not(ctx.bool('lender_is_financial_institution')),
            not(borrower.present()),
            not(and(borrower.present(), borrower.bool('is_small_or_micro'))),
          ],
          [1, 2, 3, 4],
          0,
        );
      },
    },
  ],
});
