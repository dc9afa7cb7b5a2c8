import { defineVariable, SIZE_STANDARD, vector } from '../../../model-api.ts';
import { EXEMPTION_REASONS } from './loan_contract_stamp_duty_exemption_reason.ts';
import { EXEMPTION_LINEAGE } from './stamp-duty-references.ts';

/**
 * The contract is exempt from stamp duty: signed while an exemption notice was in force (财税〔2011〕105号
 * from 2011-11-01 to 公告2023年第13号 until 2027-12-31), by a financial institution with a small or micro
 * enterprise (300号). Why not, and on which date: `loan_contract_stamp_duty_exemption_reason`.
 */
export const loan_contract_stamp_duty_exempt = defineVariable({
  id: 'loan_contract_stamp_duty_exempt',
  entity: 'loan_contract',
  valueType: 'boolean',
  definitionPeriod: 'year',
  label: { 'zh-CN': '借款合同免征印花税', ko: '대출계약 인지세 면제', en: 'Loan contract exempt from stamp duty' },
  reference: [...EXEMPTION_LINEAGE, { ...SIZE_STANDARD, article: '第四条' }],
  measures: ['gf2012-14/02.4'],
  formulas: [
    {
      from: '2011-06-18',
      fromInsidePeriod: true,
      formula: (ctx) => vector.enumIs(ctx.enum('loan_contract_stamp_duty_exemption_reason'), EXEMPTION_REASONS.indexOf('exempt')),
    },
  ],
});
