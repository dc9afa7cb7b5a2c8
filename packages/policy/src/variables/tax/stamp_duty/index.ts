/**
 * Stamp duty on loan contracts — item 02.4: contracts between financial institutions and small/micro
 * enterprises signed 2011-11-01 … 2027-12-31 are exempt (财税〔2011〕105号, 财税〔2014〕78号, 财税〔2017〕77号,
 * 公告2021年第6号, 公告2023年第13号), each judged on its signing date (ADR 0004).
 * The contract's `signed` date and `lender_is_financial_institution` are shared facts of loan contracts,
 * defined in finance/loan_contract/.
 */
import type { Entitlement } from '../../../entitlements/entitlement.ts';
import { loan_contract_amount } from './loan_contract_amount.ts';
import { loan_contract_stamp_duty } from './loan_contract_stamp_duty.ts';
import { loan_contract_stamp_duty_exempt } from './loan_contract_stamp_duty_exempt.ts';
import { loan_contract_stamp_duty_exemption_reason } from './loan_contract_stamp_duty_exemption_reason.ts';
import { loan_contract_stamp_duty_relief } from './loan_contract_stamp_duty_relief.ts';
import { loan_contract_stamp_duty_relief_in_year } from './loan_contract_stamp_duty_relief_in_year.ts';
import { loan_stamp_duty_exemption_eligible } from './loan_stamp_duty_exemption_eligible.ts';
import { loan_stamp_duty_exemption_value } from './loan_stamp_duty_exemption_value.ts';

export const STAMP_DUTY_VARIABLES = [
  loan_contract_amount,
  loan_contract_stamp_duty_exemption_reason,
  loan_contract_stamp_duty_exempt,
  loan_contract_stamp_duty,
  loan_contract_stamp_duty_relief,
  loan_contract_stamp_duty_relief_in_year,
  loan_stamp_duty_exemption_eligible,
  loan_stamp_duty_exemption_value,
];

/**
 * The enterprise's entitlement under item 02.4: the 300号 size gate and item 17; whether each contract is
 * exempt also depends on its lender and signing date (`loan_contract_stamp_duty_exempt`).
 */
export const STAMP_DUTY_ENTITLEMENTS: Entitlement[] = [
  {
    measure: 'gf2012-14/02.4',
    entity: 'enterprise',
    eligible: 'loan_stamp_duty_exemption_eligible',
    value: 'loan_stamp_duty_exemption_value',
    // The value is the duty on the loan contracts the enterprise signed in the year: none given, no amount.
    amountFrom: {
      entity: 'loan_contract',
      link: 'borrower',
      label: { 'zh-CN': '年内签订的借款合同', ko: '연내 체결한 대출계약', en: 'loan contracts signed in the year' },
    },
    conditions: [
      {
        variable: 'is_unrestricted_industry',
        label: { 'zh-CN': '不属于限制或禁止行业', ko: '제한·금지 업종이 아닐 것', en: 'not in a restricted or prohibited industry' },
      },
      {
        variable: 'is_small_or_micro',
        label: { 'zh-CN': '小型或微型企业（300号）', ko: '소형 또는 영세기업(300호)', en: 'a small or micro enterprise (300号)' },
      },
    ],
  },
];
